import type { SpotifyDataSource } from '../spotify/data-source.js';
import { SpotifyRateLimitError } from '../spotify/upstream/errors.js';
import type { ReadinessCheck } from './operator-endpoints.js';

/** Longest a readiness check may wait for Spotify. */
const CHECK_TIMEOUT_MS = 3000;

/**
 * Ready when a token can be had and Spotify answers the smallest search there is. A rate limit
 * counts as an answer: a pause is shared by every replica, and taking them all out of rotation
 * would turn quick RATE_LIMITED errors into refused connections.
 */
export function upstreamReadiness(dataSource: SpotifyDataSource): ReadinessCheck {
  return async () => {
    try {
      await dataSource.probe({ deadline: Date.now() + CHECK_TIMEOUT_MS });
    } catch (error) {
      if (!(error instanceof SpotifyRateLimitError)) throw error;
    }
  };
}
