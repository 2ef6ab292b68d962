// Track endpoints: one track, several tracks (at most 50, Extended-Quota-only).

import type { FullTrack } from '../../spotify/types.js';
import { ok, parseIds, parseMarket, type Reply } from '../http.js';
import type { Json } from '../wire.js';
import { lookup, type RouteContext } from './context.js';

export function track(ctx: RouteContext): Reply {
  const index = lookup(ctx.catalog.trackIndex, ctx.id);
  parseMarket(ctx.query);
  return ok(ctx.wire.fullTrackJson(index, ctx.mode));
}

export function severalTracks(ctx: RouteContext): Reply {
  const ids = parseIds(ctx.query, 50);
  parseMarket(ctx.query);
  const items = ids.map((id) => {
    const i = ctx.catalog.trackIndex.get(id);
    return i === undefined ? 'null' : ctx.wire.fullTrackJson(i, ctx.mode);
  });
  return ok(`{"tracks":[${items.join(',')}]}` as Json<{ tracks: (FullTrack | null)[] }>);
}
