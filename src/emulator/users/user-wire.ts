// Wire objects of the signed-in side: users, playlists, saved items, play history and
// cursor pages, as JSON texts composed from the catalog Wire's cached fragments. As in
// wire.ts, Development Mode omits the fields the OpenAPI description marks deprecated
// (the user's country, email, explicit_content, followers and product; a playlist's `tracks`).

import type { AppMode, SpotifyImage } from '../../spotify/types.js';
import { toJson, type Json, type Wire } from '../wire.js';
import type { DemoUser } from './demo-users.js';
import type { Play } from './library.js';
import type { PlaylistEntry, UserPlaylist } from './playlists.js';
import type { Scope } from './scopes.js';

const str = (s: string | null | undefined) => (s === null || s === undefined ? 'null' : JSON.stringify(s));

/** added_at: whole seconds, as Spotify sends them. */
const addedAt = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
/** played_at keeps milliseconds. */
const playedAt = (ms: number) => new Date(ms).toISOString();

function userImages(user: DemoUser): SpotifyImage[] {
  if (user.image === null) return [];
  return [
    { url: `https://i.scdn.co/image/ab6775700000ee85${user.image}`, height: 300, width: 300 },
    { url: `https://i.scdn.co/image/ab67757000003b82${user.image}`, height: 64, width: 64 },
  ];
}

function userRef(user: DemoUser, apiBase: string) {
  return {
    external_urls: { spotify: `https://open.spotify.com/user/${user.id}` },
    href: `${apiBase}/users/${user.id}`,
    id: user.id,
    type: 'user' as const,
    uri: `spotify:user:${user.id}`,
  };
}

/** PrivateUserObject: the scoped fields only with their scopes, and only in Extended Quota Mode. */
export function privateUserJson(user: DemoUser, scopes: ReadonlySet<Scope>, mode: AppMode, apiBase: string): Json<unknown> {
  const ref = userRef(user, apiBase);
  const body: Record<string, unknown> = {
    account_id: user.accountId, display_name: user.displayName, external_urls: ref.external_urls, href: ref.href,
    id: user.id, images: userImages(user), type: 'user', uri: ref.uri,
  };
  if (mode === 'extended') {
    body.followers = { href: null, total: user.followers };
    if (scopes.has('user-read-private')) {
      Object.assign(body, { country: user.country, explicit_content: { filter_enabled: user.explicitFilter, filter_locked: false }, product: user.product });
    }
    if (scopes.has('user-read-email')) body.email = user.email;
  }
  return toJson(body);
}

/** PlaylistOwnerObject. */
function ownerOf(user: DemoUser, apiBase: string) {
  return { ...userRef(user, apiBase), display_name: user.displayName };
}

export class PlaylistWire {
  constructor(private readonly wire: Wire, private readonly mode: AppMode, private readonly userOf: (id: string) => DemoUser) {}

  private base(p: UserPlaylist) {
    const apiBase = this.wire.apiBase;
    return {
      collaborative: p.collaborative,
      description: p.description,
      external_urls: { spotify: `https://open.spotify.com/playlist/${p.id}` },
      href: `${apiBase}/playlists/${p.id}`,
      id: p.id,
      images: [] as SpotifyImage[],
      name: p.name,
      owner: ownerOf(this.userOf(p.owner), apiBase),
      public: p.public,
      snapshot_id: p.snapshotId,
    };
  }

  simplified(p: UserPlaylist): Json<unknown> {
    const ref = { href: `${this.wire.apiBase}/playlists/${p.id}/items`, total: p.entries.length };
    const body: Record<string, unknown> = { ...this.base(p), items: ref };
    if (this.mode === 'extended') body.tracks = { href: `${this.wire.apiBase}/playlists/${p.id}/tracks`, total: p.entries.length };
    return toJson({ ...body, type: 'playlist', uri: `spotify:playlist:${p.id}` });
  }

  /** PlaylistObject with its first page of items embedded (as `tracks` too, outside Development Mode). */
  full(p: UserPlaylist, followers: number, firstPage: Json<unknown>): Json<unknown> {
    const head = JSON.stringify({ ...this.base(p), followers: { href: null, total: followers } }).slice(0, -1);
    const tracks = this.mode === 'extended' ? `,"tracks":${firstPage}` : '';
    return `${head},"items":${firstPage}${tracks},"type":"playlist","uri":"spotify:playlist:${p.id}"}` as Json<unknown>;
  }

  /** PlaylistTrackObject; the item is the track (the catalog has no episodes). */
  entry(e: PlaylistEntry, track: number): Json<unknown> {
    const item = this.wire.fullTrackJson(track, this.mode);
    const by = JSON.stringify(userRef(this.userOf(e.addedBy), this.wire.apiBase));
    const legacy = this.mode === 'extended' ? `,"track":${item}` : '';
    return `{"added_at":"${addedAt(e.addedAt)}","added_by":${by},"is_local":false,"item":${item}${legacy}}` as Json<unknown>;
  }
}

/** SavedTrackObject / SavedAlbumObject / ...: `{"added_at":..., "<key>": item}`. */
export function savedJson(key: string, at: number, item: string): Json<unknown> {
  return `{"added_at":"${addedAt(at)}","${key}":${item}}` as Json<unknown>;
}

/** PlayHistoryObject. */
export function playJson(play: Play, wire: Wire, mode: AppMode): Json<unknown> {
  let context = 'null';
  if (play.context) {
    const { type, id } = play.context;
    context = JSON.stringify({
      type, href: `${wire.apiBase}/${type}s/${id}`, external_urls: { spotify: `https://open.spotify.com/${type}/${id}` },
      uri: `spotify:${type}:${id}`,
    });
  }
  return `{"track":${wire.fullTrackJson(play.track, mode)},"played_at":"${playedAt(play.playedAt)}","context":${context}}` as Json<unknown>;
}

interface CursorMeta {
  href: string;
  limit: number;
  next: string | null;
  cursors: { after: string | null; before?: string | null };
  total: number;
}

/** A CursorPagingObject from already-encoded items. */
export function cursorPagingJson(meta: CursorMeta, items: readonly string[]): Json<unknown> {
  return (`{"href":${str(meta.href)},"items":[${items.join(',')}],"limit":${meta.limit},"next":${str(meta.next)},` +
    `"cursors":${JSON.stringify(meta.cursors)},"total":${meta.total}}`) as Json<unknown>;
}
