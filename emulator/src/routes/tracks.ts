// Track endpoints: one track, several tracks (at most 50, Extended-Quota-only). With a
// `market`, tracks say whether they play there (see wire.ts).

import { ok, parseIds, parseMarket, type Reply } from '../http.js';
import type { Json, WireFullTrack } from '../wire.js';
import { lookup, type RouteContext } from './context.js';

export function track(ctx: RouteContext): Reply {
  const index = lookup(ctx.catalog.trackIndex, ctx.id);
  return ok(ctx.wire.fullTrackJson(index, ctx.mode, parseMarket(ctx.query)));
}

export function severalTracks(ctx: RouteContext): Reply {
  const ids = parseIds(ctx.query, 50);
  const market = parseMarket(ctx.query);
  const items = ids.map((id) => {
    const i = ctx.catalog.trackIndex.get(id);
    return i === undefined ? 'null' : ctx.wire.fullTrackJson(i, ctx.mode, market);
  });
  return ok(`{"tracks":[${items.join(',')}]}` as Json<{ tracks: (WireFullTrack | null)[] }>);
}
