import type { CallContext } from './call.js';
import { SpotifyTimeoutError, SpotifyUnavailableError } from './errors.js';
import type { UpstreamEvents } from './events.js';
import { backoffDelay, sleep } from './retry.js';
import { type Transport, TransportError, type TransportRequest, type TransportResponse } from './transport.js';
import type { AppMode } from './types.js';

export interface ExchangeOptions {
  transport: Transport;
  mode: AppMode;
  /** Longest a single attempt may take. */
  attemptTimeoutMs: number;
  /** Retries after 5xx and failed exchanges. */
  retries: number;
  events: UpstreamEvents;
  /**
   * Called before every retry, after its backoff: throwing stops the retry. The rate-limit
   * gate goes here, so a retry never reaches Spotify during a pause that began meanwhile, and
   * counts against the budget like any other call.
   */
  beforeRetry?: (endpoint: string, call: CallContext) => Promise<void>;
}

/**
 * One logical exchange with Spotify: sends the request, and retries what is transient
 * (5xx, dropped or cut connections, non-JSON answers, slow answers) with backoff and jitter
 * while the caller's deadline allows. Any other answer is returned for the caller to judge.
 */
export class Exchange {
  constructor(private readonly options: ExchangeOptions) {}

  async run(endpoint: string, request: Omit<TransportRequest, 'timeoutMs'>, call: CallContext): Promise<TransportResponse> {
    const { deadline, requestId } = call;
    const { transport, retries, events, mode } = this.options;
    for (let attempt = 0; ; attempt += 1) {
      const left = deadline - Date.now();
      if (left <= 0) throw new SpotifyTimeoutError(`Spotify did not answer ${endpoint} before the request's deadline`);
      const started = performance.now();
      let failure: string;
      let lastError: Error;
      try {
        const response = await transport.send({ ...request, timeoutMs: Math.min(this.options.attemptTimeoutMs, left) });
        events.call?.({ endpoint, status: response.status, durationMs: performance.now() - started, mode, requestId });
        if (response.status < 500) return response;
        failure = `status ${response.status}`;
        lastError = new SpotifyUnavailableError(`Spotify answered ${response.status} to ${endpoint}`, response.status);
      } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        events.call?.({ endpoint, status: 0, durationMs: performance.now() - started, mode, requestId });
        failure = error.failure;
        lastError =
          error.failure === 'timeout'
            ? new SpotifyTimeoutError(`Spotify did not answer ${endpoint} in time`)
            : new SpotifyUnavailableError(`Spotify could not be reached for ${endpoint} (${error.message})`);
      }
      const delayMs = backoffDelay(attempt);
      if (attempt >= retries || Date.now() + delayMs >= deadline) throw lastError;
      events.retry?.({ endpoint, reason: failure, attempt: attempt + 1, delayMs, requestId });
      await sleep(delayMs);
      await this.options.beforeRetry?.(endpoint, call);
    }
  }
}
