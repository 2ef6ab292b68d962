// Album endpoints: one album (with its first 50 tracks embedded), several albums (at most
// 20, Extended-Quota-only) and an album's tracks page by page.

import type { FullAlbum } from '../wire-types.js';
import { echo, ok, pageLinks, parseIds, parseLimit, parseMarket, parseOffset, type Reply } from '../http.js';
import type { Json } from '../wire.js';
import { lookup, type RouteContext } from './context.js';

export function album(ctx: RouteContext): Reply {
  const index = lookup(ctx.catalog.albumIndex, ctx.id);
  return ok(ctx.wire.fullAlbumJson(index, ctx.mode, parseMarket(ctx.query)));
}

export function severalAlbums(ctx: RouteContext): Reply {
  const ids = parseIds(ctx.query, 20);
  const market = parseMarket(ctx.query);
  const items = ids.map((id) => {
    const i = ctx.catalog.albumIndex.get(id);
    return i === undefined ? 'null' : ctx.wire.fullAlbumJson(i, ctx.mode, market);
  });
  return ok(`{"albums":[${items.join(',')}]}` as Json<{ albums: (FullAlbum | null)[] }>);
}

export function albumTracks(ctx: RouteContext): Reply {
  const { query, mode, wire } = ctx;
  const index = lookup(ctx.catalog.albumIndex, ctx.id);
  const market = parseMarket(query);
  const limit = parseLimit(query, 20, 50);
  const offset = parseOffset(query);
  const tracks = ctx.catalog.albums[index].tracks;
  const items = tracks.slice(offset, offset + limit).map((t) => wire.simplifiedTrackJson(t, mode, market));
  const links = pageLinks(`${wire.apiBase}/albums/${ctx.id}/tracks`, echo({ market }), offset, limit, tracks.length);
  return ok(wire.page(links, items));
}
