import type { TokenProvider } from './auth.js';
import type { CallContext } from './call.js';
import {
  SpotifyAuthError,
  SpotifyRateLimitError,
  SpotifyUnavailableError,
  errorFromStatus,
  upstreamReason,
} from './errors.js';
import type { UpstreamEvents } from './events.js';
import type { Exchange } from './exchange.js';
import type { RateLimitGate } from './gate.js';
import type { ConcurrencyLimiter } from './limiter.js';
import { parseRetryAfter } from './retry.js';
import type { AppStateStore } from './store.js';

export interface ClientOptions {
  apiUrl: string;
  tokens: TokenProvider;
  exchange: Exchange;
  store: AppStateStore;
  limiter: ConcurrencyLimiter;
  /** Rate-limit pause and client-side budget. */
  gate: RateLimitGate;
  events: UpstreamEvents;
}

export type Query = Record<string, string | number | undefined>;

/** Short 429s are waited out, but not forever in a loop. */
const MAX_RATE_LIMIT_WAITS = 3;

/**
 * Authorised GET requests to the Web API. Before a call: pass the rate-limit gate (pause and
 * budget) and the concurrency bound. After: refresh the token once on 401, wait out short
 * 429s and turn long ones into a pause every caller sees.
 */
export class SpotifyClient {
  constructor(private readonly options: ClientOptions) {}

  async get<T>(endpoint: string, path: string, query: Query, call: CallContext): Promise<T> {
    const { gate, limiter } = this.options;
    const url = this.url(path, query);
    let rejectedToken = false;
    for (let waits = 0; ; ) {
      await gate.admit(call);
      const queued = limiter.full;
      const release = await limiter.acquire(call.deadline);
      let response;
      let token: string;
      try {
        // A call that waited for a connection may find a ban begun meanwhile.
        if (queued) await gate.check();
        token = await this.options.tokens.get(call);
        response = await this.options.exchange.run(
          endpoint,
          { url, method: 'GET', headers: { authorization: `Bearer ${token}`, accept: 'application/json' } },
          call,
        );
      } catch (error) {
        // A short pause (seen by the gate, or set by the token endpoint's own 429): wait it out
        // through `admit`, like any other.
        if (gate.isShortWait(error) && waits < MAX_RATE_LIMIT_WAITS) {
          waits += 1;
          continue;
        }
        throw error;
      } finally {
        release();
      }
      if (response.status >= 200 && response.status < 300) {
        if (response.body === undefined) throw new SpotifyUnavailableError(`Spotify answered ${endpoint} with an empty body`);
        return response.body as T;
      }
      if (response.status === 401) {
        if (rejectedToken) throw new SpotifyAuthError('Spotify rejected a freshly issued access token', 401);
        rejectedToken = true;
        await this.options.tokens.reject(token);
        continue;
      }
      if (response.status === 429) {
        const retryAfter = parseRetryAfter(response.headers['retry-after']);
        const reason = upstreamReason(response.body);
        await this.options.store.setPause({ until: Date.now() + retryAfter * 1000, reason });
        this.options.events.pause?.({ endpoint, retryAfterSeconds: retryAfter, reason, requestId: call.requestId });
        waits += 1;
        if (waits > MAX_RATE_LIMIT_WAITS) throw new SpotifyRateLimitError('Spotify kept answering 429', retryAfter, reason);
        continue;
      }
      throw errorFromStatus(response.status, response.body);
    }
  }

  private url(path: string, query: Query): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
    const search = params.toString();
    return `${this.options.apiUrl}${path}${search ? `?${search}` : ''}`;
  }
}
