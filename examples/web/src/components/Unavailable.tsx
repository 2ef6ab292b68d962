import type { CombinedError } from 'urql';
import { NotFoundScreen } from '../screens/NotFoundScreen';
import { ErrorNotice } from './ErrorNotice';

interface UnavailableProps {
  what: string;
  fetching: boolean;
  error?: CombinedError;
  retry: () => void;
  /** Why an item may be missing besides a wrong link (audiobooks: the market). */
  note?: string;
}

/**
 * A screen whose subject has not arrived: still loading, failed, or unknown to Spotify. An id
 * Spotify does not know and one that is not an id at all read the same to a listener.
 */
export function Unavailable({ what, fetching, error, retry, note }: UnavailableProps) {
  const malformed = error?.graphQLErrors.some((e) => e.extensions.code === 'BAD_USER_INPUT');
  if (fetching) {
    return (
      <main>
        <p className="status" role="status">
          Loading…
        </p>
      </main>
    );
  }
  if (error && !malformed) {
    return (
      <main>
        <h1>Something went wrong</h1>
        <ErrorNotice error={error} retry={retry} />
      </main>
    );
  }
  return <NotFoundScreen what={what} note={note} />;
}
