import type { Logger } from '../logger.js';
import type { UpstreamEvents } from '../spotify/events.js';

/** Upstream trouble worth an operator's eye: retries and rate-limit pauses, at warn. */
export function upstreamLogEvents(logger: Logger): UpstreamEvents {
  return {
    retry: ({ endpoint, reason, attempt, delayMs }) => logger.warn('upstream retry', { endpoint, reason, attempt, delayMs: Math.round(delayMs) }),
    pause: ({ endpoint, retryAfterSeconds, reason }) => logger.warn('upstream rate limit: pausing calls to Spotify', { endpoint, retryAfterSeconds, reason }),
    tokenFetched: ({ expiresInSeconds }) => logger.info('access token fetched', { expiresInSeconds }),
  };
}
