import type { GatewayContext } from '../context.js';
import type { FullArtist, FullTrack, Paging, SearchType, SimplifiedAlbum } from '../spotify/types.js';
import { market } from './arguments.js';
import { builder } from './builder.js';
import { badUserInput } from './errors.js';
import type { ConnectionArgs } from './pagination.js';
import { resolveConnection } from './pagination.js';
import { AlbumRef, ArtistRef, SearchResultsRef, TrackRef, type SearchModel } from './refs.js';

/** Spotify's search `q` is free text; anything longer than this is not a real query. */
const MAX_QUERY_LENGTH = 256;

/** One kind of search result as a connection. The same window for several kinds is one call. */
function searchConnection<T, N>(type: SearchType, search: SearchModel, args: ConnectionArgs, ctx: GatewayContext, toNode: (item: T) => N) {
  const { capabilities, loaders } = ctx;
  return resolveConnection(
    args,
    {
      pageSize: capabilities.searchPageSize,
      // Spotify's search offset stops at 1000: the connection ends there.
      reachable: capabilities.searchMaxOffset,
      fetchPage: (offset, limit) =>
        loaders.search.load({ q: search.query, market: search.market, offset, limit, type }) as Promise<Paging<T>>,
    },
    toNode,
  );
}

SearchResultsRef.implement({
  description: 'What a search matched, per kind. Pages of up to 50; Development Mode apps get 10 per Spotify call, so larger pages take several calls. Asking for several kinds with the same page window costs one call.',
  fields: (t) => ({
    artists: t.connection(
      {
        type: ArtistRef,
        resolve: (search, args, ctx) => searchConnection('artist', search, args, ctx, (artist: FullArtist) => artist),
      },
      { name: 'ArtistSearchConnection', fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: "Spotify's count of matching artists; only the first 1000 can be paged to." }) }) },
      { name: 'ArtistSearchEdge' },
    ),
    albums: t.connection(
      {
        type: AlbumRef,
        resolve: (search, args, ctx) =>
          searchConnection('album', search, args, ctx, (album: SimplifiedAlbum) => ({ album, market: search.market })),
      },
      { name: 'AlbumSearchConnection', fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: "Spotify's count of matching albums; only the first 1000 can be paged to." }) }) },
      { name: 'AlbumSearchEdge' },
    ),
    tracks: t.connection(
      {
        type: TrackRef,
        resolve: (search, args, ctx) =>
          searchConnection('track', search, args, ctx, (track: FullTrack) => ({ track, market: search.market })),
      },
      { name: 'TrackSearchConnection', fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: "Spotify's count of matching tracks; only the first 1000 can be paged to." }) }) },
      { name: 'TrackSearchEdge' },
    ),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: SearchResultsRef,
    description: 'Search Spotify\'s catalog. Field filters such as `artist:`, `album:`, `year:` work as in Spotify\'s own search.',
    args: {
      query: t.arg.string({ required: true, description: 'What to look for, e.g. "BTS".' }),
      market: t.arg.string({ description: 'ISO 3166-1 alpha-2 country code; only content available there.' }),
    },
    resolve: (_root, args) => {
      const query = args.query.trim();
      if (query === '') throw badUserInput('"query" must not be empty');
      if (query.length > MAX_QUERY_LENGTH) throw badUserInput(`"query" is longer than ${MAX_QUERY_LENGTH} characters`);
      return { query, market: market(args.market) };
    },
  }),
}));
