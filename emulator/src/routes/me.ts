// Read-only user endpoints: the profile, saved items, top artists and tracks, and recently
// played tracks. Each needs the scope its OpenAPI `security` entry names.

import { ApiError, echo, ok, pageLinks, parseLimit, parseMarket, parseOffset, type Query, type Reply } from '../http.js';
import { TIME_RANGES, type SavedKind, type TimeRange } from '../users/library.js';
import { requireScopes } from '../users/scopes.js';
import { asUser } from '../users/session.js';
import { cursorPagingJson, playJson, privateUserJson, savedJson } from '../users/user-wire.js';
import { pagingJson, toJson, type Json } from '../wire.js';
import type { RouteContext } from './context.js';

/** No scope needed: email needs user-read-email, country/product/explicit_content user-read-private. */
export const currentUser = asUser((ctx, me) => ok(privateUserJson(me.user, me.scopes, ctx.mode, ctx.wire)));

/** Get User's Saved Tracks/Albums/Shows/Episodes/Audiobooks: newest first, with `added_at`. */
function savedItems(kind: SavedKind, key: string, path: string) {
  return asUser((ctx, me) => {
    requireScopes(me.scopes, 'user-library-read');
    const market = parseMarket(ctx.query);
    const limit = parseLimit(ctx.query, 20, 50);
    const offset = parseOffset(ctx.query);
    const saved = me.library.savedNewestFirst(kind);
    const items: Json<unknown>[] = [];
    for (const [id, at] of saved.slice(offset, offset + limit)) {
      const json = itemJson(ctx, kind, id);
      if (json !== undefined) items.push(savedJson(key, at, json));
    }
    return ok(pagingJson(pageLinks(`${ctx.wire.apiBase}${path}`, echo({ market }), offset, limit, saved.length), items));
  });
}

/** The saved item: a full track, album, episode or audiobook, or a simplified show (as the OpenAPI description says). */
function itemJson(ctx: RouteContext, kind: SavedKind, id: string): string | undefined {
  const { catalog, mode } = ctx;
  const index = {
    track: catalog.trackIndex, album: catalog.albumIndex, show: catalog.showIndex, episode: catalog.episodeIndex, audiobook: catalog.audiobookIndex,
  }[kind].get(id);
  if (index === undefined) return undefined;
  switch (kind) {
    case 'track':
      return ctx.wire.fullTrackJson(index, mode);
    case 'album':
      return ctx.wire.fullAlbumJson(index, mode);
    case 'show':
      return ctx.spokenWire.simplifiedShowJson(index, mode);
    case 'episode':
      return toJson(ctx.spokenWire.fullEpisode(index, mode));
    case 'audiobook':
      return toJson(ctx.spokenWire.fullAudiobook(index, mode));
  }
}

export const savedTracks = savedItems('track', 'track', '/me/tracks');
export const savedAlbums = savedItems('album', 'album', '/me/albums');
export const savedShows = savedItems('show', 'show', '/me/shows');
export const savedEpisodes = savedItems('episode', 'episode', '/me/episodes');
export const savedAudiobooks = savedItems('audiobook', 'audiobook', '/me/audiobooks');

function timeRange(query: Query): TimeRange {
  const range = query.time_range ?? 'medium_term';
  if (!TIME_RANGES.includes(range as TimeRange)) throw new ApiError(400, 'Invalid time range');
  return range as TimeRange;
}

function top(kind: 'artists' | 'tracks') {
  return asUser((ctx, me) => {
    requireScopes(me.scopes, 'user-top-read');
    const range = timeRange(ctx.query);
    const limit = parseLimit(ctx.query, 20, 50);
    const offset = parseOffset(ctx.query);
    const list = kind === 'artists' ? me.library.profile.topArtists[range] : me.library.profile.topTracks[range];
    const items = list.slice(offset, offset + limit)
      .map((i) => (kind === 'artists' ? ctx.wire.artistJson(i, ctx.mode) : ctx.wire.fullTrackJson(i, ctx.mode)) as string as Json<unknown>);
    const extra = echo({ time_range: ctx.query.time_range });
    return ok(pagingJson(pageLinks(`${ctx.wire.apiBase}/me/top/${kind}`, extra, offset, limit, list.length), items));
  });
}

export const topArtists = top('artists');
export const topTracks = top('tracks');

const TIMESTAMP = /^\d{1,15}$/;

/** Cursor paging over play times: `before` walks back in time, `after` forward; never both. */
export const recentlyPlayed = asUser((ctx, me): Reply => {
  requireScopes(me.scopes, 'user-read-recently-played');
  const { query, wire } = ctx;
  const limit = parseLimit(query, 20, 50);
  if (query.before !== undefined && query.after !== undefined) throw new ApiError(400, 'Only one of after and before may be given');
  for (const key of ['before', 'after'] as const) {
    if (query[key] !== undefined && !TIMESTAMP.test(query[key])) throw new ApiError(400, `Invalid ${key} timestamp`);
  }
  const history = me.library.profile.history;
  let page;
  if (query.after !== undefined) {
    // The plays just after the cursor, still newest first.
    const newer = history.filter((p) => p.playedAt > Number(query.after));
    page = newer.slice(Math.max(0, newer.length - limit));
  } else {
    const before = query.before === undefined ? Infinity : Number(query.before);
    page = history.filter((p) => p.playedAt < before).slice(0, limit);
  }
  const base = `${wire.apiBase}/me/player/recently-played`;
  const oldest = page.at(-1)?.playedAt;
  const newest = page[0]?.playedAt;
  const olderExists = oldest !== undefined && history.some((p) => p.playedAt < oldest);
  const meta = {
    href: `${base}?limit=${limit}${echo({ before: query.before, after: query.after })}`,
    limit,
    next: olderExists ? `${base}?before=${oldest}&limit=${limit}` : null,
    cursors: page.length === 0 ? { after: null, before: null } : { after: String(newest), before: String(oldest) },
    total: history.length,
  };
  return ok(cursorPagingJson(meta, page.map((p) => playJson(p, wire, ctx.mode))));
});
