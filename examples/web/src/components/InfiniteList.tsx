import { Fragment, useCallback, useState, type ReactNode } from 'react';

/** Calls for the page after the given cursor; given to the last page shown only. */
export type LoadMore = (endCursor: string) => void;

/**
 * Pages of a cursor connection, one after another: the first page, then one more each time
 * the last page asks with its endCursor (as `after`). Each page runs its own query, so the
 * pages already shown stay as they are while the next one loads.
 */
export function InfiniteList({ page }: { page: (after: string | null, loadMore: LoadMore | undefined) => ReactNode }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const loadMore = useCallback<LoadMore>((cursor) => setCursors((shown) => (shown.includes(cursor) ? shown : [...shown, cursor])), []);
  return cursors.map((after, index) => (
    <Fragment key={after ?? ''}>{page(after, index === cursors.length - 1 ? loadMore : undefined)}</Fragment>
  ));
}
