import type { Logger } from '../logger.js';
import type { UpstreamEvents } from '../spotify/upstream/events.js';

/** The id of the request on whose behalf Spotify was called, when there is one. */
const requestField = (requestId: string | undefined) => (requestId === undefined ? {} : { requestId });

/**
 * Upstream trouble worth an operator's eye: retries and rate-limit pauses at warn, token
 * refreshes at info, every exchange at debug; each names the request that caused it.
 * Exchanges are listened to only when debug lines are written: they are the hot path.
 */
export function upstreamLogEvents(logger: Logger): UpstreamEvents {
  // Spotify's untidy payloads repeat themselves: one warning per endpoint and reason is enough
  // (the metric counts every one). Bounded, so varied reasons cannot grow it without end.
  const warned = new Set<string>();
  return {
    dropped: ({ endpoint, index, reason }) => {
      const key = `${endpoint} ${reason}`;
      if (warned.has(key) || warned.size >= 1000) return;
      warned.add(key);
      logger.warn("left out an item of Spotify's answer", { endpoint, index, reason });
    },
    unformable: ({ endpoint, reason, requestId }) => logger.error('a call to Spotify could not be formed', { ...requestField(requestId), endpoint, reason }),
    retry: ({ endpoint, reason, attempt, delayMs, requestId }) =>
      logger.warn('upstream retry', { ...requestField(requestId), endpoint, reason, attempt, delayMs: Math.round(delayMs) }),
    pause: ({ endpoint, retryAfterSeconds, reason, requestId }) =>
      logger.warn('upstream rate limit: pausing calls to Spotify', { ...requestField(requestId), endpoint, retryAfterSeconds, reason }),
    tokenFetched: ({ expiresInSeconds, requestId }) => logger.info('access token fetched', { ...requestField(requestId), expiresInSeconds }),
    ...(logger.enabled('debug') && {
      call: ({ endpoint, status, durationMs, mode, requestId }) =>
        logger.log('debug', 'upstream call', { ...requestField(requestId), endpoint, status, durationMs: Math.round(durationMs * 10) / 10, mode }),
    }),
  };
}
