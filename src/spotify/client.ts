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
import type { ConcurrencyLimiter } from './limiter.js';
import { parseRetryAfter, sleep } from './retry.js';
import type { AppStateStore } from './store.js';

export interface ClientOptions {
  apiUrl: string;
  tokens: TokenProvider;
  exchange: Exchange;
  store: AppStateStore;
  limiter: ConcurrencyLimiter;
  events: UpstreamEvents;
  /** A 429 or pause at most this long is waited out; longer ones fail fast. */
  rateLimitWaitCapSeconds: number;
  /** Optional client-side budget: calls per 30 s window (0 = none). */
  requestsPer30s: number;
}

export type Query = Record<string, string | number | undefined>;

const BUDGET_WINDOW_MS = 30_000;
/** Short 429s are waited out, but not forever in a loop. */
const MAX_RATE_LIMIT_WAITS = 3;

/**
 * Authorised GET requests to the Web API. Before a call: honour a rate-limit pause in force,
 * the client-side budget and the concurrency bound. After: refresh the token once on 401,
 * wait out short 429s and turn long ones into a pause every caller sees.
 */
export class SpotifyClient {
  constructor(private readonly options: ClientOptions) {}

  async get<T>(endpoint: string, path: string, query: Query, call: CallContext): Promise<T> {
    const { deadline } = call;
    const url = this.url(path, query);
    let rejectedToken = false;
    for (let waits = 0; ; ) {
      await this.waitForPause(deadline);
      await this.takeBudget(deadline);
      const release = await this.options.limiter.acquire(deadline);
      let response;
      let token: string;
      try {
        try {
          token = await this.options.tokens.get(call);
        } catch (error) {
          // The token endpoint's own short 429 set a pause: wait it out like any other.
          if (error instanceof SpotifyRateLimitError && error.retryAfterSeconds <= this.options.rateLimitWaitCapSeconds && waits < MAX_RATE_LIMIT_WAITS) {
            waits += 1;
            continue;
          }
          throw error;
        }
        response = await this.options.exchange.run(
          endpoint,
          { url, method: 'GET', headers: { authorization: `Bearer ${token}`, accept: 'application/json' } },
          call,
        );
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

  /** Waits out a short pause; a long one (or one past the deadline) fails at once, calling nobody. */
  private async waitForPause(deadline: number): Promise<void> {
    const pause = await this.options.store.getPause();
    if (!pause) return;
    const leftMs = pause.until - Date.now();
    if (leftMs <= 0) return;
    const retryAfter = Math.ceil(leftMs / 1000);
    if (retryAfter > this.options.rateLimitWaitCapSeconds || pause.until >= deadline) {
      throw new SpotifyRateLimitError(
        pause.reason === 'QUOTA_EXCEEDED'
          ? `Spotify's quota for this app is used up; calls resume in ${retryAfter} s`
          : `Spotify is rate limiting this app; calls resume in ${retryAfter} s`,
        retryAfter,
        pause.reason,
      );
    }
    await sleep(leftMs);
  }

  private async takeBudget(deadline: number): Promise<void> {
    const limit = this.options.requestsPer30s;
    if (limit <= 0) return;
    for (;;) {
      const waitMs = await this.options.store.takeBudget(limit, BUDGET_WINDOW_MS);
      if (waitMs === 0) return;
      if (Date.now() + waitMs >= deadline) {
        throw new SpotifyRateLimitError(
          `The gateway's own budget of ${limit} Spotify calls per 30 s is spent`,
          Math.ceil(waitMs / 1000),
          'GATEWAY_BUDGET',
        );
      }
      await sleep(waitMs);
    }
  }
}

