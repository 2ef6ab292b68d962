import { SpotifyError } from './errors.js';

/**
 * Why a kept fact answered instead of a fresh one: `revalidating` while one refresh runs past its
 * TTL (stale-while-revalidate), or what kept Spotify from answering (stale-if-error): the app
 * paused on a 429 (`rate-limited`, or `quota-exceeded` when Spotify said so), 5xx or no answer
 * after the retries (`unavailable`), or no answer in time (`timeout`).
 */
export type StaleReason = 'revalidating' | 'rate-limited' | 'quota-exceeded' | 'unavailable' | 'timeout';

/** A kept answer served in place of a fresh one: what it is, how old and why. */
export interface Staleness {
  ageMs: number;
  reason: StaleReason;
}

/** One stale fact of a response (`extensions.stale`): Spotify's path of it, its age and why. */
export interface StaleFact {
  path: string;
  ageSeconds: number;
  reason: StaleReason;
}

/**
 * Whether `error` says Spotify could not answer, so a last known value may stand in for it
 * (stale-if-error). A refusal (404, 403, 400, a bad token) is an answer and never hidden.
 */
export function staleReasonOf(error: unknown): StaleReason | undefined {
  if (!(error instanceof SpotifyError)) return undefined;
  switch (error.kind) {
    case 'rate-limited':
      return 'reason' in error && error.reason === 'QUOTA_EXCEEDED' ? 'quota-exceeded' : 'rate-limited';
    case 'unavailable':
      return 'unavailable';
    case 'timeout':
      return 'timeout';
    default:
      return undefined;
  }
}
