import { SpotifyBadResponseError } from '../upstream/errors.js';
import type { Query } from '../upstream/web-api-client.js';
import { isSpotifyId } from '../catalog/ids.js';
import type { Decoded } from '../upstream/spec/decode.js';
import type { Endpoint } from '../upstream/spec/decoded-endpoints.js';
import type { HttpMethod } from '../upstream/transport.js';
import type { Paging } from '../catalog/types.js';
import type { KindFull, KindSimplified } from '../catalog/kinds.js';
import { OPERATION_SCOPES } from './scopes.js';
import type { CursorPaging, PlayHistory, PrivateUser, SavedItems, SavedKind } from './types.js';

/**
 * A write's answer (any 2xx: the write is done): its body as Spotify sent it, and `decoded`
 * when the endpoint's answer is one the decoder knows and this body was usable (else undefined,
 * and never an error: the write happened).
 */
export interface WriteAnswer<T> {
  raw: unknown;
  decoded: T | undefined;
}

/**
 * One call to the Web API with the signed-in user's token. `operation` is the call as
 * Spotify's API description names it ("GET /me/tracks"), which says the scopes it needs;
 * `endpoint` names it in metrics and logs; a read's is one the decoder knows. A read answers
 * its decoded body, a write a `WriteAnswer`.
 */
export type BoundUserCall = (call: ({ method: 'GET'; endpoint: Endpoint } | { method: Exclude<HttpMethod, 'GET'>; endpoint: string }) & {
  operation: string;
  scopes: readonly string[];
  path: string;
  query?: Query;
  body?: unknown;
  /** Never retried (player commands). */
  once?: boolean;
  /** A GET whose empty answer (204) means nothing there: it resolves to null, undecoded. */
  emptyBodyAccepted?: boolean;
}) => Promise<unknown>;

const artistUri = (id: string) => `spotify:artist:${id}`;

export type TimeRange = 'short_term' | 'medium_term' | 'long_term';

export interface UserPage {
  limit: number;
  offset: number;
}

export interface PlaylistDetails {
  name?: string;
  description?: string;
  public?: boolean;
  collaborative?: boolean;
}

/**
 * The Web API endpoints that act for a signed-in user, one method each. Callers validate
 * their input first (links, ids, at most as many as Spotify takes per call).
 */
export class UserEndpoints {
  constructor(private readonly send: BoundUserCall) {}

  private read<E extends Endpoint>(endpoint: E, path: string, query?: Query, operation = `GET ${path}`): Promise<Decoded<E>> {
    // A GET's answer is decoded as `endpoint`'s (user-facade.ts).
    return this.send({ endpoint, method: 'GET', operation, scopes: OPERATION_SCOPES[operation] ?? [], path, query }) as Promise<Decoded<E>>;
  }

  private write<E extends string>(
    endpoint: E,
    method: Exclude<HttpMethod, 'GET'>,
    template: string,
    path: string,
    query?: Query,
    body?: unknown,
  ): Promise<WriteAnswer<E extends Endpoint ? Decoded<E> : never>> {
    const operation = `${method} ${template}`;
    return this.send({ endpoint, method, operation, scopes: OPERATION_SCOPES[operation] ?? [], path, query, body }) as Promise<WriteAnswer<E extends Endpoint ? Decoded<E> : never>>;
  }

  profile(): Promise<PrivateUser> {
    return this.read('me', '/me');
  }

  saved<K extends SavedKind>(kind: K, page: UserPage): Promise<Paging<SavedItems[K]>> {
    // Decoded<`me-saved-${K}`> stays deferred for a generic K; each kind's answer is its Paging.
    return this.read(`me-saved-${kind}`, `/me/${kind}`, { ...page }) as Promise<unknown> as Promise<Paging<SavedItems[K]>>;
  }

  playlists(page: UserPage): Promise<Paging<KindSimplified['playlist']>> {
    return this.read('me-playlists', '/me/playlists', { ...page });
  }

  async followedArtists(limit: number, after: string | undefined): Promise<CursorPaging<KindFull['artist']>> {
    const body = await this.read('me-following', '/me/following', { type: 'artist', limit, after });
    return body.artists;
  }

  topArtists(timeRange: TimeRange, page: UserPage): Promise<Paging<KindFull['artist']>> {
    return this.read('me-top-artists', '/me/top/artists', { time_range: timeRange, ...page });
  }

  topTracks(timeRange: TimeRange, page: UserPage): Promise<Paging<KindFull['track']>> {
    return this.read('me-top-tracks', '/me/top/tracks', { time_range: timeRange, ...page });
  }

  /** Newest first; `before` (epoch ms) walks back in time. */
  recentlyPlayed(limit: number, before: number | undefined): Promise<CursorPaging<PlayHistory>> {
    return this.read('me-recently-played', '/me/player/recently-played', { limit, before });
  }

  /**
   * One answer per URI asked, in order; null where Spotify's answer holds none for it. An answer
   * with more or fewer places than URIs cannot say which answer is whose: UPSTREAM_BAD_RESPONSE.
   */
  async libraryContains(uris: readonly string[]): Promise<(boolean | null)[]> {
    const answers = await this.read('me-library-contains', '/me/library/contains', { uris: uris.join(',') });
    if (answers.length !== uris.length) {
      throw new SpotifyBadResponseError(`Spotify answered ${answers.length} booleans to Check User's Saved Items for ${uris.length} URIs`);
    }
    return answers;
  }

  async saveToLibrary(uris: readonly string[]): Promise<void> {
    await this.write('me-library-save', 'PUT', '/me/library', '/me/library', { uris: uris.join(',') });
  }

  async removeFromLibrary(uris: readonly string[]): Promise<void> {
    await this.write('me-library-remove', 'DELETE', '/me/library', '/me/library', { uris: uris.join(',') });
  }

  /**
   * Follows go through Save Items to Library with artist URIs, as Spotify's February 2026
   * change says: PUT/DELETE /me/following is deprecated (and takes its ids in the query).
   */
  followArtists(ids: readonly string[]): Promise<void> {
    return this.saveToLibrary(ids.map(artistUri));
  }

  unfollowArtists(ids: readonly string[]): Promise<void> {
    return this.removeFromLibrary(ids.map(artistUri));
  }

  /**
   * The new playlist, or null when Spotify made it (a 2xx) but neither its answer nor one read
   * of the playlist by the id it gave says enough to show it: the write is done either way and
   * is never repeated. A sparse answer with an id is read back once.
   */
  async createPlaylist(details: PlaylistDetails & { name: string }): Promise<KindFull['playlist'] | null> {
    const answer = await this.write('playlist-create', 'POST', '/me/playlists', '/me/playlists', undefined, details);
    if (answer.decoded) return answer.decoded;
    const id = (answer.raw as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string' || !isSpotifyId(id)) return null;
    return this.read('playlist', `/playlists/${id}`, undefined, 'GET /playlists/{playlist_id}').catch(() => null);
  }

  /** The playlist's new snapshot id; null when Spotify's answer (a 2xx: the items were added) holds none. */
  async addPlaylistItems(id: string, uris: readonly string[], position: number | undefined): Promise<string | null> {
    const answer = await this.write('playlist-items-add', 'POST', '/playlists/{playlist_id}/items', `/playlists/${id}/items`, undefined, { uris, position });
    return answer.decoded?.snapshot_id ?? null;
  }

  /** The playlist's new snapshot id; null when Spotify's answer (a 2xx: the items were removed) holds none. */
  async removePlaylistItems(id: string, uris: readonly string[], snapshotId: string | undefined): Promise<string | null> {
    const body = { items: uris.map((uri) => ({ uri })), snapshot_id: snapshotId };
    const answer = await this.write('playlist-items-remove', 'DELETE', '/playlists/{playlist_id}/items', `/playlists/${id}/items`, undefined, body);
    return answer.decoded?.snapshot_id ?? null;
  }

  async updatePlaylistDetails(id: string, details: PlaylistDetails): Promise<void> {
    await this.write('playlist-details', 'PUT', '/playlists/{playlist_id}', `/playlists/${id}`, undefined, details);
  }
}
