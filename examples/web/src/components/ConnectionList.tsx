import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ReactNode } from 'react';
import { useQuery, type AnyVariables } from 'urql';
import { InfiniteList, type LoadMore } from './InfiniteList';
import { PageEnd } from './PageEnd';

/** The part of a Relay connection a list needs. */
interface Connection<N> {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { cursor: string; node: N }[];
}

interface ConnectionListProps<Data, Variables extends AnyVariables, N> {
  /** Names the list in the history entry (its loaded pages come back with Back). */
  name: string;
  /** A query with an `$after: String` variable for the page's cursor. */
  query: TypedDocumentNode<Data, Variables>;
  variables: Omit<Variables, 'after'>;
  connection: (data: Data) => Connection<N> | null | undefined;
  item: (node: N, index: number) => ReactNode;
  /** Said for a list with nothing in it. */
  empty: string;
  /** Said over the first page, when it has items: a count, announced to screen readers. */
  count?: (total: number) => string;
  /** What wraps the items: a grid of cards or a list of rows. */
  layout: 'grid' | 'rows';
  /** What the list's pages ask for cannot be shown (an error the screen explains itself). */
  hiddenWhen?: (codes: unknown[]) => ReactNode;
  /** A list that changes under the app (a library): shown from the cache, then asked again. */
  fresh?: boolean;
}

/**
 * A connection shown page by page with infinite scroll: every list in the app (search results,
 * an artist's albums, an album's tracks, a library) is one of these with its own query.
 */
export function ConnectionList<Data, Variables extends AnyVariables, N>(props: ConnectionListProps<Data, Variables, N>) {
  return (
    <div className={props.layout === 'grid' ? 'grid' : 'rows'} role="list">
      <InfiniteList name={props.name} page={(after, loadMore) => <ConnectionPage {...props} after={after} loadMore={loadMore} />} />
    </div>
  );
}

function ConnectionPage<Data, Variables extends AnyVariables, N>({
  query,
  variables,
  connection,
  item,
  empty,
  count,
  hiddenWhen,
  fresh,
  after,
  loadMore,
}: ConnectionListProps<Data, Variables, N> & { after: string | null; loadMore?: LoadMore }) {
  const [result, reexecute] = useQuery<Data, Variables>({
    query, variables: { ...variables, after } as unknown as Variables,
    requestPolicy: fresh ? 'cache-and-network' : undefined,
  });
  const page = result.data ? connection(result.data) : undefined;
  const hidden = result.error && hiddenWhen?.(result.error.graphQLErrors.map((e) => e.extensions.code));
  if (hidden) return hidden;
  const first = after === null && page;
  return (
    <>
      {first && page.edges.length === 0 && (
        <p className="status" role="status">
          {empty}
        </p>
      )}
      {first && page.edges.length > 0 && count && page.totalCount !== undefined && (
        <p className="status count" role="status">
          {count(page.totalCount)}
        </p>
      )}
      {page?.edges.map((edge, index) => (
        <div role="listitem" key={edge.cursor} className="item">
          {item(edge.node, index)}
        </div>
      ))}
      <PageEnd
        fetching={result.fetching}
        error={result.error}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
        pageInfo={page?.pageInfo ?? undefined}
        loadMore={loadMore}
      />
    </>
  );
}
