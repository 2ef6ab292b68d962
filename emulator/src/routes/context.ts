// What a route handler gets to see, and the helpers the catalog routes share.

import type { IncomingHttpHeaders } from 'node:http';
import type { AppMode } from '../wire-types.js';
import type { Catalog } from '../catalog.js';
import { ApiError, requireId, type Query, type Reply } from '../http.js';
import type { PlaylistStore } from '../playlist-store.js';
import type { SearchIndex } from '../search-index.js';
import type { TokenStore } from '../tokens.js';
import type { Users } from '../users/users.js';
import type { PlaylistWire } from '../wire-playlists.js';
import type { SpokenWire } from '../wire-spoken.js';
import type { Wire } from '../wire.js';

export interface RouteContext {
  /** The `{id}` path segment, when the route has one. */
  id: string;
  query: Query;
  headers: IncomingHttpHeaders;
  /** Request body text (empty for GET). */
  body: string;
  mode: AppMode;
  /** Whose token this is; undefined for the app's own (client-credentials) token. */
  userId: string | undefined;
  catalog: Catalog;
  wire: Wire;
  spokenWire: SpokenWire;
  playlistWire: PlaylistWire;
  search: SearchIndex;
  tokens: TokenStore;
  clientId: string;
  clientSecret: string;
  users: Users;
  /** The playlists this instance serves (the same store as `users.playlists`). */
  playlists: PlaylistStore;
}

export type Handler = (ctx: RouteContext) => Reply;

/** Index of an id in one of the catalog's maps: 400 if malformed, 404 if unknown. */
export function lookup(index: Map<string, number>, id: string): number {
  const found = index.get(requireId(id));
  if (found === undefined) throw new ApiError(404, 'Resource not found');
  return found;
}

/** Feb 2026 Development Mode limits: search and artist albums allow at most 10 per page. */
export function modeLimit(mode: AppMode): number {
  return mode === 'extended' ? 50 : 10;
}
