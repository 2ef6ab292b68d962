// The route table: which handler answers a method + path, the normalised endpoint name used
// by the call log and fault matching ('GET /v1/artists/{id}'), and per-route policy (needs
// a bearer token, Extended-Quota-only, where the requested ids come from).

import type { Host } from './faults.js';
import { album, albumTracks, severalAlbums } from './routes/albums.js';
import { artist, artistAlbums, severalArtists, topTracks } from './routes/artists.js';
import { audiobook, audiobookChapters, chapter, severalAudiobooks, severalChapters } from './routes/audiobooks.js';
import { token } from './routes/auth.js';
import type { Handler } from './routes/context.js';
import { image } from './routes/images.js';
import { addItems, changeDetails, removeItems } from './routes/playlist-changes.js';
import { playlist, playlistItems } from './routes/playlists.js';
import { search } from './routes/search.js';
import { episode, severalEpisodes, severalShows, show, showEpisodes } from './routes/shows.js';
import { severalTracks, track } from './routes/tracks.js';
import { USER_ROUTES } from './routes/user-routes.js';

export interface Route {
  method: string;
  pattern: string;
  handler: Handler;
  /** Needs `Authorization: Bearer` (every /v1 route). */
  auth: boolean;
  /** Removed for Development Mode apps (deprecated in the OpenAPI description). */
  extendedOnly: boolean;
  /** Where CallRecord.ids comes from. */
  ids?: 'path' | 'query';
}

const api = (pattern: string, handler: Handler, extra: Partial<Route> = {}): Route => ({
  method: 'GET', pattern: `/v1${pattern}`, handler, auth: true, extendedOnly: false, ...extra,
});

export const ROUTES: Route[] = [
  { method: 'POST', pattern: '/api/token', handler: token, auth: false, extendedOnly: false },
  api('/search', search),
  api('/artists', severalArtists, { extendedOnly: true, ids: 'query' }),
  api('/artists/{id}', artist, { ids: 'path' }),
  api('/artists/{id}/albums', artistAlbums, { ids: 'path' }),
  api('/artists/{id}/top-tracks', topTracks, { extendedOnly: true, ids: 'path' }),
  api('/albums', severalAlbums, { extendedOnly: true, ids: 'query' }),
  api('/albums/{id}', album, { ids: 'path' }),
  api('/albums/{id}/tracks', albumTracks, { ids: 'path' }),
  api('/tracks', severalTracks, { extendedOnly: true, ids: 'query' }),
  api('/tracks/{id}', track, { ids: 'path' }),
  api('/playlists/{id}', playlist, { ids: 'path' }),
  api('/playlists/{id}', changeDetails, { method: 'PUT', ids: 'path' }),
  api('/playlists/{id}/items', playlistItems, { ids: 'path' }),
  api('/playlists/{id}/items', addItems, { method: 'POST', ids: 'path' }),
  api('/playlists/{id}/items', removeItems, { method: 'DELETE', ids: 'path' }),
  api('/playlists/{id}/tracks', playlistItems, { extendedOnly: true, ids: 'path' }),
  api('/shows', severalShows, { extendedOnly: true, ids: 'query' }),
  api('/shows/{id}', show, { ids: 'path' }),
  api('/shows/{id}/episodes', showEpisodes, { ids: 'path' }),
  api('/episodes', severalEpisodes, { extendedOnly: true, ids: 'query' }),
  api('/episodes/{id}', episode, { ids: 'path' }),
  api('/audiobooks', severalAudiobooks, { extendedOnly: true, ids: 'query' }),
  api('/audiobooks/{id}', audiobook, { ids: 'path' }),
  api('/audiobooks/{id}/chapters', audiobookChapters, { ids: 'path' }),
  api('/chapters', severalChapters, { extendedOnly: true, ids: 'query' }),
  api('/chapters/{id}', chapter, { ids: 'path' }),
  // The pictures the payloads name (Spotify's are on i.scdn.co): no token needed.
  { method: 'GET', pattern: '/images/{id}', handler: image, auth: false, extendedOnly: false },
  ...USER_ROUTES,
];

export interface Resolved {
  /** Undefined when nothing answers this method + path. */
  route?: Route;
  /** True when the path exists but not for this method. */
  wrongMethod: boolean;
  id: string;
  endpoint: string;
  host: Host;
}

const compiled = ROUTES.map((route) => ({ route, segments: route.pattern.split('/') }));

export function resolve(method: string, path: string): Resolved {
  const host: Host = path.startsWith('/api/') || path === '/authorize' ? 'accounts' : path.startsWith('/images/') ? 'images' : 'api';
  const segments = path.split('/');
  let wrongMethod = false;
  for (const { route, segments: pattern } of compiled) {
    if (pattern.length !== segments.length) continue;
    let id = '';
    let same = true;
    for (let k = 1; k < pattern.length && same; k++) {
      if (pattern[k] === '{id}') {
        id = decodeSegment(segments[k]);
        same = id !== '';
      } else {
        same = pattern[k] === segments[k];
      }
    }
    if (!same) continue;
    if (route.method !== method) {
      wrongMethod = true;
      continue;
    }
    return { route, wrongMethod: false, id, endpoint: `${method} ${route.pattern}`, host };
  }
  return { wrongMethod, id: '', endpoint: `${method} ${path}`, host };
}

function decodeSegment(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
