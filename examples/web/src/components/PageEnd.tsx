import type { CombinedError } from 'urql';
import { ErrorNotice } from './ErrorNotice';
import type { LoadMore } from './InfiniteList';
import { Sentinel } from './Sentinel';

interface PageEndProps {
  fetching: boolean;
  error?: CombinedError;
  retry: () => void;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
  /** Only the last page shown gets it: it asks for the next page when its end comes into view. */
  loadMore?: LoadMore;
}

/** What ends one page of a list: a loading line, an error, or the sentinel that loads the next page. */
export function PageEnd({ fetching, error, retry, pageInfo, loadMore }: PageEndProps) {
  if (fetching) return <p className="status" role="status">Loading…</p>;
  if (error) return <ErrorNotice error={error} retry={retry} />;
  const endCursor = pageInfo?.hasNextPage ? pageInfo.endCursor : undefined;
  return loadMore && endCursor ? <Sentinel onVisible={() => loadMore(endCursor)} /> : null;
}
