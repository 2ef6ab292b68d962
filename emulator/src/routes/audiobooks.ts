// Audiobooks and chapters. Spotify sells audiobooks only in AUDIOBOOK_MARKETS: asked with
// another `market`, one audiobook or chapter (and an audiobook's chapters) answers 404
// "Resource not found", several-items calls answer null in its place, and search finds none.
// Without a market they are served: an app's own token has no country to judge by.

import { ApiError, echo, ok, pageLinks, parseIds, parseLimit, parseMarket, parseOffset, type Reply } from '../http.js';
import { AUDIOBOOK_MARKETS } from '../wire-spoken.js';
import type { FullAudiobook, FullChapter } from '../wire-types.js';
import { toJson, type Json } from '../wire.js';
import { lookup, type RouteContext } from './context.js';

/** Whether audiobooks are sold in the market asked for (or none was). */
export function audiobooksSoldIn(market: string | undefined): boolean {
  return market === undefined || AUDIOBOOK_MARKETS.includes(market);
}

function soldOrNotFound(ctx: RouteContext): string | undefined {
  const market = parseMarket(ctx.query);
  if (!audiobooksSoldIn(market)) throw new ApiError(404, 'Resource not found');
  return market;
}

export function audiobook(ctx: RouteContext): Reply {
  const index = lookup(ctx.catalog.audiobookIndex, ctx.id);
  soldOrNotFound(ctx);
  return ok(toJson(ctx.spokenWire.fullAudiobook(index, ctx.mode)));
}

export function audiobookChapters(ctx: RouteContext): Reply {
  const { query, mode, wire } = ctx;
  const index = lookup(ctx.catalog.audiobookIndex, ctx.id);
  const market = soldOrNotFound(ctx);
  const limit = parseLimit(query, 20, 50);
  const offset = parseOffset(query);
  const chapters = ctx.catalog.audiobooks[index].chapters;
  const items = chapters.slice(offset, offset + limit).map((c) => ctx.spokenWire.simplifiedChapterJson(c, mode));
  return ok(wire.page(pageLinks(`${wire.apiBase}/audiobooks/${ctx.id}/chapters`, echo({ market }), offset, limit, chapters.length), items));
}

export function chapter(ctx: RouteContext): Reply {
  const index = lookup(ctx.catalog.chapterIndex, ctx.id);
  soldOrNotFound(ctx);
  return ok(toJson(ctx.spokenWire.fullChapter(index, ctx.mode)));
}

export function severalAudiobooks(ctx: RouteContext): Reply {
  const ids = parseIds(ctx.query, 50);
  const sold = audiobooksSoldIn(parseMarket(ctx.query));
  const items = ids.map((id) => {
    const i = ctx.catalog.audiobookIndex.get(id);
    return i === undefined || !sold ? 'null' : toJson(ctx.spokenWire.fullAudiobook(i, ctx.mode));
  });
  return ok(`{"audiobooks":[${items.join(',')}]}` as Json<{ audiobooks: (FullAudiobook | null)[] }>);
}

export function severalChapters(ctx: RouteContext): Reply {
  const ids = parseIds(ctx.query, 50);
  const sold = audiobooksSoldIn(parseMarket(ctx.query));
  const items = ids.map((id) => {
    const i = ctx.catalog.chapterIndex.get(id);
    return i === undefined || !sold ? 'null' : toJson(ctx.spokenWire.fullChapter(i, ctx.mode));
  });
  return ok(`{"chapters":[${items.join(',')}]}` as Json<{ chapters: (FullChapter | null)[] }>);
}
