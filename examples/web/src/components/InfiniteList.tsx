import { Fragment, useCallback, useState, type ReactNode } from 'react';
import { entryState, saveEntryState } from '../router';

/** Calls for the page after the given cursor; given to the last page shown only. */
export type LoadMore = (endCursor: string) => void;

/**
 * Pages of a cursor connection, one after another: the first page, then one more each time
 * the last page asks with its endCursor (as `after`). Each page runs its own query, so the
 * pages already shown stay as they are while the next one loads. The cursors are kept in the
 * history entry under `name`: Back brings the list back as long as it was.
 */
export function InfiniteList({ name, page }: { name: string; page: (after: string | null, loadMore: LoadMore | undefined) => ReactNode }) {
  const key = `pages:${name}`;
  const [cursors, setCursors] = useState<(string | null)[]>(() => entryState<(string | null)[]>(key) ?? [null]);
  const loadMore = useCallback<LoadMore>(
    (cursor) =>
      setCursors((shown) => {
        if (shown.includes(cursor)) return shown;
        const next = [...shown, cursor];
        saveEntryState(key, next);
        return next;
      }),
    [key],
  );
  return cursors.map((after, index) => (
    <Fragment key={after ?? ''}>{page(after, index === cursors.length - 1 ? loadMore : undefined)}</Fragment>
  ));
}
