// Reading playlists, seeded and user-created alike: GET /playlists/{id} and its items page by
// page (/items, and the deprecated /tracks that Development Mode apps lost). Since February
// 2026 a Development Mode app sees a playlist's items only with a token of its owner or a
// collaborator: the app's own token gets the playlist without `items`, and 403 Forbidden from
// /items (Extended Quota apps keep reading them). A user token reading items needs
// playlist-read-private, as the OpenAPI description says. Answers carry an ETag (a hash of
// the snapshot and the body, so any change makes a new one) and Cache-Control as Spotify's
// do, and a matching If-None-Match gets 304 Not Modified with no body.

import { createHash } from 'node:crypto';
import { canReadPlaylistItems, type Playlist } from '../catalog-playlists.js';
import { ApiError, ok, parseLimit, parseMarket, parseOffset, type Reply } from '../http.js';
import { requireScopes } from '../users/scopes.js';
import { sessionOf } from '../users/session.js';
import type { ItemOptions } from '../wire-playlists.js';
import { toJson } from '../wire.js';
import type { RouteContext } from './context.js';

/** Playlists may be cached by anyone, but must be revalidated (their ETag makes that cheap). */
const CACHE_CONTROL = 'public, max-age=0';

export function playlist(ctx: RouteContext): Reply {
  const p = ctx.playlists.find(ctx.id);
  const options = itemOptions(ctx);
  const extra = { market: options.market, additional_types: ctx.query.additional_types };
  return cacheable(ctx, p, toJson(ctx.playlistWire.full(p, options, mayRead(ctx, p), extra)));
}

export function playlistItems(ctx: RouteContext): Reply {
  if (ctx.userId !== undefined) requireScopes(sessionOf(ctx).scopes, 'playlist-read-private');
  const p = ctx.playlists.find(ctx.id);
  const options = itemOptions(ctx);
  const limit = parseLimit(ctx.query, 20, 50);
  const offset = parseOffset(ctx.query);
  if (!mayRead(ctx, p)) throw new ApiError(403, 'Forbidden');
  const extra = { market: options.market, additional_types: ctx.query.additional_types };
  return cacheable(ctx, p, ctx.playlistWire.itemsPage(p, options, offset, limit, extra));
}

function mayRead(ctx: RouteContext, p: Playlist): boolean {
  return ctx.mode === 'extended' || canReadPlaylistItems(p, ctx.userId);
}

function itemOptions(ctx: RouteContext): ItemOptions {
  const types = (ctx.query.additional_types ?? '').split(',').map((t) => t.trim());
  return { mode: ctx.mode, market: parseMarket(ctx.query), episodes: types.includes('episode') };
}

/** The tag covers the snapshot too, so every change (even one this page does not show) makes a new one. */
function cacheable(ctx: RouteContext, p: Playlist, body: string): Reply {
  const etag = `"${createHash('sha1').update(p.snapshotId).update(body).digest('base64url')}"`;
  const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL };
  const asked = ctx.headers['if-none-match'];
  if (asked !== undefined && asked.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    return { status: 304, body: '', headers };
  }
  return { ...ok(body), headers };
}
