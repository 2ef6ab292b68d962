import type { TokenProvider } from './app-token.js';
import type { CallContext, Credential } from './call-context.js';
import { SpotifyRateLimitError, SpotifyUnauthenticatedError } from './errors.js';
import type { Exchange } from './exchange.js';
import type { RateLimitGate } from './gate.js';
import type { Query } from './endpoints.js';
import type { ConcurrencyLimiter } from './limiter.js';
import type { TransportResponse } from './transport.js';

export interface WebApiClientOptions {
  apiUrl: string;
  tokens: TokenProvider;
  exchange: Exchange;
  limiter: ConcurrencyLimiter;
  /** Rate-limit pause and client-side budget. */
  gate: RateLimitGate;
}

/** A cached answer to revalidate: its validator, and its body to reuse when Spotify says 304. */
export interface Revalidation {
  etag: string;
  body: unknown;
}

/** An accepted answer: on a 304 its body is the revalidated one and `notModified` is set. */
export interface WebApiAnswer {
  body: unknown;
  headers: TransportResponse['headers'];
  notModified: boolean;
}

/** Short 429s are waited out, but not forever in a loop. */
const MAX_RATE_LIMIT_WAITS = 3;

/**
 * Authorised GET requests to the Web API. Before a call: pass the rate-limit gate (pause and
 * budget) and the concurrency bound. After: act on the failure policy's verdict — refresh the
 * token once on 401, turn a 429 into a pause every caller sees and go back to the gate, which
 * waits a short one out and fails a long one at once.
 */
export class WebApiClient {
  constructor(private readonly options: WebApiClientOptions) {}

  /** The full URL of a path and query, which is also what identifies a GET. */
  url(path: string, query: Query): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
    const search = params.toString();
    return `${this.options.apiUrl}${path}${search ? `?${search}` : ''}`;
  }

  async get(endpoint: string, url: string, call: CallContext, credential: Credential = 'app'): Promise<unknown> {
    return (await this.send(endpoint, url, call, credential)).body;
  }

  /**
   * The GET with its answer's headers; with `revalidate` it asks If-None-Match, and a 304 is
   * accepted (the failure policy's verdict) with the cached body.
   */
  async send(endpoint: string, url: string, call: CallContext, credential: Credential = 'app', revalidate?: Revalidation): Promise<WebApiAnswer> {
    const { gate, limiter, tokens, exchange } = this.options;
    const userToken = credential === 'app' ? undefined : call.userToken;
    if (credential === 'user' && !userToken) {
      throw new SpotifyUnauthenticatedError('This needs a signed-in user: send the Spotify user access token as "Authorization: Bearer <token>"');
    }
    let tokenRefreshed = false;
    for (let waits = 0; ; ) {
      await gate.admit(call);
      const queued = limiter.full;
      const release = await limiter.acquire(call.deadline);
      let outcome;
      let token: string;
      try {
        // A call that waited for a connection may find a ban begun meanwhile.
        if (queued) await gate.check();
        token = userToken ?? (await tokens.get(call));
        outcome = await exchange.run(
          {
            service: 'api',
            endpoint,
            url,
            method: 'GET',
            headers: {
              authorization: `Bearer ${token}`,
              accept: 'application/json',
              ...(revalidate ? { 'if-none-match': revalidate.etag } : {}),
            },
            tokenRefreshed,
            userToken: userToken !== undefined,
            conditional: revalidate !== undefined,
          },
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
      const { verdict, response } = outcome;
      if (verdict.action === 'accept') {
        const notModified = response.status === 304 && revalidate !== undefined;
        return { body: notModified ? revalidate.body : response.body, headers: response.headers, notModified };
      }
      if (verdict.action === 'refresh-token') {
        tokenRefreshed = true;
        await tokens.reject(token);
        continue;
      }
      await gate.pause(verdict.retryAfterSeconds, verdict.reason, endpoint, call);
      waits += 1;
      if (waits > MAX_RATE_LIMIT_WAITS) throw new SpotifyRateLimitError('Spotify kept answering 429', verdict.retryAfterSeconds, verdict.reason);
    }
  }
}
