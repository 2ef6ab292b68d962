import { execute, type GraphQLResponse } from './execute.js';
import { SearchArtistsDocument, type SearchArtistsQuery } from './generated/graphql.js';

type ArtistNode = NonNullable<NonNullable<SearchArtistsQuery['search']>['artists']>['edges'][number]['node'];

/**
 * An example client: pages through every artist matching `query`, following `endCursor`
 * until `hasNextPage` is false (or `maxPages` pages). Errors surface as exceptions with
 * the gateway's error code. With `persisted` it sends the operation's manifest id only.
 */
export async function* searchArtistPages(
  endpoint: string,
  query: string,
  options: { pageSize?: number; maxPages?: number; persisted?: boolean } = {},
): AsyncGenerator<ArtistNode[]> {
  let after: string | null = null;
  for (let page = 0; page < (options.maxPages ?? Infinity); page += 1) {
    const result: GraphQLResponse<SearchArtistsQuery> = await execute(
      endpoint,
      SearchArtistsDocument,
      { query, first: options.pageSize ?? 10, after },
      { persisted: options.persisted },
    );
    // A search or connection is null only with an error saying why: either way this page failed.
    if (result.errors?.length || !result.data?.search?.artists) {
      const first = result.errors?.[0];
      throw new Error(`${first?.extensions?.code ?? 'ERROR'}: ${first?.message ?? 'no data'}`);
    }
    const { edges, pageInfo } = result.data.search.artists;
    yield edges.map((edge) => edge.node);
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) return;
    after = pageInfo.endCursor;
  }
}
