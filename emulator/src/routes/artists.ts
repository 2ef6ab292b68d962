// Artist endpoints: one artist, several artists, an artist's albums (discography) and top
// tracks. Several-artists and top tracks are Extended-Quota-only; the router enforces that.

import type { FullArtist, FullTrack } from '../wire-types.js';
import type { AlbumGroup } from '../catalog-records.js';
import { ApiError, echo, ok, pageLinks, parseIds, parseLimit, parseMarket, parseOffset, type Reply } from '../http.js';
import type { Json } from '../wire.js';
import { lookup, modeLimit, type RouteContext } from './context.js';

export function artist(ctx: RouteContext): Reply {
  return ok(ctx.wire.artistJson(lookup(ctx.catalog.artistIndex, ctx.id), ctx.mode));
}

/** Get Several Artists: at most 50 ids; unknown ones answer null in their position. */
export function severalArtists(ctx: RouteContext): Reply {
  const ids = parseIds(ctx.query, 50);
  const items = ids.map((id) => {
    const i = ctx.catalog.artistIndex.get(id);
    return i === undefined ? 'null' : ctx.wire.artistJson(i, ctx.mode);
  });
  return ok(`{"artists":[${items.join(',')}]}` as Json<{ artists: (FullArtist | null)[] }>);
}

const GROUPS: readonly AlbumGroup[] = ['album', 'single', 'compilation', 'appears_on'];

export function artistAlbums(ctx: RouteContext): Reply {
  const { query, mode, wire } = ctx;
  const index = lookup(ctx.catalog.artistIndex, ctx.id);
  const rawGroups = query.include_groups;
  const groups = rawGroups === undefined || rawGroups.trim() === '' ? GROUPS : rawGroups.split(',').map((g) => g.trim());
  for (const g of groups) if (!GROUPS.includes(g as AlbumGroup)) throw new ApiError(400, 'Invalid include_groups value');
  const market = parseMarket(query);
  const limit = parseLimit(query, 5, modeLimit(mode));
  const offset = parseOffset(query);

  const entries = ctx.catalog.discography[index].filter((e) => groups.includes(e.group));
  const items = entries.slice(offset, offset + limit).map((e) => wire.discographyAlbumJson(e.album, e.group, mode));
  const extra = echo({ include_groups: rawGroups, market });
  const links = pageLinks(`${wire.apiBase}/artists/${ctx.id}/albums`, extra, offset, limit, entries.length);
  return ok(wire.page(links, items));
}

/** Up to 10 tracks crediting the artist, most popular first. */
export function topTracks(ctx: RouteContext): Reply {
  const index = lookup(ctx.catalog.artistIndex, ctx.id);
  const market = parseMarket(ctx.query);
  const items = ctx.catalog.topTracks[index].map((t) => ctx.wire.fullTrackJson(t, ctx.mode, market));
  return ok(`{"tracks":[${items.join(',')}]}` as Json<{ tracks: FullTrack[] }>);
}
