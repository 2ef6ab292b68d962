// Wire objects of the signed-in side: users, saved items, play history and cursor pages, as
// JSON texts composed from the catalog Wire's cached fragments. As in wire.ts, Development
// Mode omits the fields the OpenAPI description marks deprecated (the user's country, email,
// explicit_content, followers and product).

import type { AppMode } from '../wire-types.js';
import { toJson, type Json, type Wire } from '../wire.js';
import type { DemoUser } from './demo-users.js';
import type { Play } from './library.js';
import type { Scope } from './scopes.js';

const str = (s: string | null | undefined) => (s === null || s === undefined ? 'null' : JSON.stringify(s));

/** added_at: whole seconds, as Spotify sends them. */
const addedAt = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
/** played_at keeps milliseconds. */
const playedAt = (ms: number) => new Date(ms).toISOString();

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
export function privateUserJson(user: DemoUser, scopes: ReadonlySet<Scope>, mode: AppMode, wire: Wire): Json<unknown> {
  const ref = userRef(user, wire.apiBase);
  const body: Record<string, unknown> = {
    account_id: user.accountId, display_name: user.displayName, external_urls: ref.external_urls, href: ref.href,
    id: user.id, images: user.image === null ? [] : wire.images(user.id, user.image, 'user'), type: 'user', uri: ref.uri,
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
