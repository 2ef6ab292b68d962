import type { GatewayContext } from '../context.js';
import type { ObjectRef } from '@pothos/core';
import { searchTypes, type SearchType } from '../spotify/catalog/kinds.js';
import type { SearchItems } from '../spotify/catalog/search-types.js';
import { market } from './arguments.js';
import { builder, type GatewaySchemaTypes } from './builder.js';
import { clampedNote } from './counts.js';
import { kindSchemas, modelOf, type CatalogModel, type SearchWords } from './catalog-kinds.js';
import { perPageItem } from './cost.js';
import { connectionType, edgeType, marketArgument } from './descriptions.js';
import { badUserInput } from './errors.js';
import type { ConnectionArgs } from './connection.js';
import { resolveConnection } from './connection.js';
import { SearchResultsRef, type SearchModel } from './refs.js';

/** Spotify's search `q` is free text; anything longer than this is not a real query. */
const MAX_QUERY_LENGTH = 256;

/** Said of every kind of search result. */
const searchPaging =
  'Pages hold up to 50; Spotify serves Development Mode apps 10 results per call, so there a page of 50 takes five calls and answers more slowly.';

/**
 * One kind of search result as a connection. The same window for several kinds is one call.
 * Null and malformed items Spotify leaves in a page never reach it (the decoder cuts them).
 */
function searchConnection<K extends SearchType, N>(
  type: K,
  search: SearchModel,
  args: ConnectionArgs,
  ctx: GatewayContext,
  toNode: (item: SearchItems[K]) => N,
) {
  const { capabilities } = ctx.spotify;
  return resolveConnection<SearchItems[K], N>(
    args,
    {
      pageSize: ctx.spotify.pageSize('search', capabilities.searchPageSize),
      // Spotify's search offset stops at 1000: the connection ends there.
      reachable: capabilities.searchMaxOffset,
      fetchPage: (offset, limit) => ctx.spotify.searchPage({ q: search.query, market: search.market, offset, limit, type }),
    },
    toNode,
  );
}

SearchResultsRef.implement({
  description: 'What a search matched, one cursor connection per kind, best match first. Ask only for the kinds you show: each kind is fetched only when asked for, and kinds asked with the same page window share one call to Spotify.',
  // One connection per kind the table of kinds makes searchable (`artists`, `albums`, …).
  fields: (t) =>
    Object.fromEntries(
      searchTypes.map((type) => {
        const { ref } = kindSchemas[type];
        const text: SearchWords = kindSchemas[type].search;
        const field = t.connection(
          {
            // Nullable: a failed call to Spotify fails this list alone, never its parent.
            nullable: true,
            extensions: perPageItem,
            type: ref as ObjectRef<GatewaySchemaTypes, CatalogModel>,
            description: [text.lead, searchPaging, text.more].filter(Boolean).join(' '),
            resolve: (search, args, ctx) => searchConnection(type, search, args, ctx, (item) => modelOf(type, item, search.market)),
          },
          {
            name: `${ref.name}SearchConnection`,
            description: connectionType(`${text.matching} matching a search`, "Paging stops at the first 1000 results (Spotify's limit)."),
            fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `Spotify's estimate of how many ${text.total}; only the first 1000 can be paged to. ${clampedNote}` }) }),
          },
          { name: `${ref.name}SearchEdge`, description: edgeType(type) },
        );
        return [`${type}s`, field];
      }),
    ),
});

builder.queryFields((t) => ({
  search: t.field({
    type: SearchResultsRef,
    // Nullable: an empty query or a malformed market fails this field alone, never its siblings.
    nullable: true,
    description:
      'Searches Spotify\'s catalog, as the search box of the Spotify apps does. Pick the kinds of result you want inside: `search(query: "BTS") { artists(first: 5) { … } }`. Null (with BAD_USER_INPUT) when the query is empty or too long or the market is malformed; the query\'s other fields still answer.',
    args: {
      query: t.arg.string({
        required: true,
        description: `What to look for, e.g. "BTS" (1 to ${MAX_QUERY_LENGTH} characters). Spotify\'s filters work too: "artist:", "album:", "track:", "year:1990-1999", "genre:".`,
      }),
      market: t.arg.string({ description: marketArgument('only results available in that country are returned') }),
    },
    resolve: (_root, args) => {
      const query = args.query.trim();
      if (query === '') throw badUserInput('"query" must not be empty');
      if (query.length > MAX_QUERY_LENGTH) throw badUserInput(`"query" is longer than ${MAX_QUERY_LENGTH} characters`);
      return { query, market: market(args.market) };
    },
  }),
}));
