/**
 * The Web API GET endpoints whose answers the gateway decodes, by the name the client logs
 * them under, with their path in Spotify's OpenAPI description. Adding one (a show, a
 * playlist's items, /me) is one line here and `npm run spec:generate`, which extracts its
 * response schema for the decoder.
 */
export const endpoints = {
  search: '/search',
  artist: '/artists/{id}',
  artists: '/artists',
  'artist-albums': '/artists/{id}/albums',
  'artist-top-tracks': '/artists/{id}/top-tracks',
  album: '/albums/{id}',
  albums: '/albums',
  'album-tracks': '/albums/{id}/tracks',
  track: '/tracks/{id}',
  tracks: '/tracks',
} as const;

export type Endpoint = keyof typeof endpoints;
