/**
 * The Web API endpoints whose answers the gateway decodes, by the name the client logs them
 * under, with their path in Spotify's OpenAPI description (a GET), or their method and path (a
 * write whose answer has a body). Adding one is one line here and `npm run spec:generate`,
 * which extracts its response schema for the decoder.
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
  playlist: '/playlists/{playlist_id}',
  'playlist-items': '/playlists/{playlist_id}/items',
  show: '/shows/{id}',
  shows: '/shows',
  'show-episodes': '/shows/{id}/episodes',
  episode: '/episodes/{id}',
  episodes: '/episodes',
  audiobook: '/audiobooks/{id}',
  audiobooks: '/audiobooks',
  'audiobook-chapters': '/audiobooks/{id}/chapters',
  chapter: '/chapters/{id}',
  chapters: '/chapters',
  // The signed-in user's reads (user-endpoints.ts).
  me: '/me',
  'me-saved-tracks': '/me/tracks',
  'me-saved-albums': '/me/albums',
  'me-saved-shows': '/me/shows',
  'me-saved-episodes': '/me/episodes',
  'me-saved-audiobooks': '/me/audiobooks',
  'me-playlists': '/me/playlists',
  'me-following': '/me/following',
  'me-top-artists': '/me/top/artists',
  'me-top-tracks': '/me/top/tracks',
  'me-recently-played': '/me/player/recently-played',
  'me-library-contains': '/me/library/contains',
  // The player (user/player-endpoints.ts); /me/player answers 204 when nothing plays.
  'me-player': '/me/player',
  'me-player-devices': '/me/player/devices',
  'me-player-queue': '/me/player/queue',
  // The signed-in user's writes that answer with a body (user/endpoints.ts).
  'playlist-create': 'POST /me/playlists',
  'playlist-items-add': 'POST /playlists/{playlist_id}/items',
  'playlist-items-remove': 'DELETE /playlists/{playlist_id}/items',
} as const;

export type Endpoint = keyof typeof endpoints;
