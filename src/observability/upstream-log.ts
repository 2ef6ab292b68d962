import type { Logger } from '../logger.js';
import type { UpstreamEvents } from '../spotify/events.js';
import { currentRequestId } from './request-scope.js';

/** The id of the request on whose behalf Spotify was called, when there is one. */
const requestField = () => {
  const requestId = currentRequestId();
  return requestId === undefined ? {} : { requestId };
};

/**
 * Upstream trouble worth an operator's eye: retries and rate-limit pauses at warn, token
 * refreshes at info, every exchange at debug; each names the request that caused it.
 */
export function upstreamLogEvents(logger: Logger): UpstreamEvents {
  return {
    retry: ({ endpoint, reason, attempt, delayMs }) =>
      logger.warn('upstream retry', { ...requestField(), endpoint, reason, attempt, delayMs: Math.round(delayMs) }),
    pause: ({ endpoint, retryAfterSeconds, reason }) =>
      logger.warn('upstream rate limit: pausing calls to Spotify', { ...requestField(), endpoint, retryAfterSeconds, reason }),
    tokenFetched: ({ expiresInSeconds }) => logger.info('access token fetched', { ...requestField(), expiresInSeconds }),
    call: ({ endpoint, status, durationMs, mode }) =>
      logger.log('debug', 'upstream call', { ...requestField(), endpoint, status, durationMs: Math.round(durationMs * 10) / 10, mode }),
  };
}
