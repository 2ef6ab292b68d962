// Shows (podcasts) and episodes: one show with its first 50 episodes embedded, a show's
// episodes page by page, one episode with its show, and the several-items endpoints (at
// most 50 ids, Extended-Quota-only; unknown ids answer null in their place).

import { echo, ok, pageLinks, parseIds, parseLimit, parseMarket, parseOffset, type Reply } from '../http.js';
import type { FullEpisode, SimplifiedShow } from '../wire-types.js';
import { toJson, type Json } from '../wire.js';
import { lookup, type RouteContext } from './context.js';

export function show(ctx: RouteContext): Reply {
  const index = lookup(ctx.catalog.showIndex, ctx.id);
  parseMarket(ctx.query);
  return ok(toJson(ctx.spokenWire.fullShow(index, ctx.mode)));
}

export function showEpisodes(ctx: RouteContext): Reply {
  const { query, mode, wire } = ctx;
  const index = lookup(ctx.catalog.showIndex, ctx.id);
  const market = parseMarket(query);
  const limit = parseLimit(query, 20, 50);
  const offset = parseOffset(query);
  const episodes = ctx.catalog.shows[index].episodes;
  const items = episodes.slice(offset, offset + limit).map((e) => ctx.spokenWire.simplifiedEpisodeJson(e, mode));
  return ok(wire.page(pageLinks(`${wire.apiBase}/shows/${ctx.id}/episodes`, echo({ market }), offset, limit, episodes.length), items));
}

export function episode(ctx: RouteContext): Reply {
  const index = lookup(ctx.catalog.episodeIndex, ctx.id);
  parseMarket(ctx.query);
  return ok(toJson(ctx.spokenWire.fullEpisode(index, ctx.mode)));
}

export function severalShows(ctx: RouteContext): Reply {
  const ids = parseIds(ctx.query, 50);
  parseMarket(ctx.query);
  const items = ids.map((id) => {
    const i = ctx.catalog.showIndex.get(id);
    return i === undefined ? 'null' : ctx.spokenWire.simplifiedShowJson(i, ctx.mode);
  });
  return ok(`{"shows":[${items.join(',')}]}` as Json<{ shows: (SimplifiedShow | null)[] }>);
}

export function severalEpisodes(ctx: RouteContext): Reply {
  const ids = parseIds(ctx.query, 50);
  parseMarket(ctx.query);
  const items = ids.map((id) => {
    const i = ctx.catalog.episodeIndex.get(id);
    return i === undefined ? 'null' : toJson(ctx.spokenWire.fullEpisode(i, ctx.mode));
  });
  return ok(`{"episodes":[${items.join(',')}]}` as Json<{ episodes: (FullEpisode | null)[] }>);
}
