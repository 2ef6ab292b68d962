import type { CombinedError } from 'urql';
import { ErrorNotice } from './ErrorNotice';

interface UnavailableProps {
  what: string;
  fetching: boolean;
  error?: CombinedError;
  retry: () => void;
}

/** A screen whose subject has not arrived: still loading, failed, or unknown to Spotify. */
export function Unavailable({ what, fetching, error, retry }: UnavailableProps) {
  return (
    <main>
      {fetching ? (
        <p className="status" role="status">Loading…</p>
      ) : error ? (
        <ErrorNotice error={error} retry={retry} />
      ) : (
        <p className="status">Spotify has no such {what}.</p>
      )}
    </main>
  );
}
