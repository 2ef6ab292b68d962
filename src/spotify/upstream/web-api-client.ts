import type { TokenProvider } from './app-token.js';
import type { CallContext, Credential } from './call-context.js';
import { signInNeeded, SpotifyRateLimitError } from './errors.js';
import type { Exchange } from './exchange.js';
import type { RateLimitGate } from './gate.js';
import type { ConcurrencyLimiter } from './limiter.js';
import type { HttpMethod, TransportResponse } from './transport.js';
import type { UserShares } from './user-share.js';

/** A call's query string, before encoding; undefined values are left out. */
export type Query = Record<string, string | number | undefined>;

export interface WebApiClientOptions {
  apiUrl: string;
  tokens: TokenProvider;
  exchange: Exchange;
  limiter: ConcurrencyLimiter;
  /** Each signed-in user's share of `limiter`. */
  userShares: UserShares;
  /** Rate-limit pause and client-side budget. */
  gate: RateLimitGate;
}

/** One call to the Web API. */
export interface ApiRequest {
  /** Names the endpoint in metrics and logs. */
  endpoint: string;
  method: HttpMethod;
  /** The full URL (see `url`). */
  url: string;
  credential: Credential;
  /** Sent as JSON. */
  body?: unknown;
  /** The OAuth scopes Spotify's API description lists for the call, named when it answers 403. */
  scopes?: readonly string[];
  /** A GET's cached answer to revalidate with If-None-Match. */
  revalidate?: Revalidation;
  /** Sent once, never retried, whatever the method (a player command: sent twice it skips twice). */
  once?: boolean;
  /** A GET whose empty answer means "nothing" (Get Playback State's 204): the body is then undefined. */
  emptyBodyAccepted?: boolean;
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
 * Authorised requests to the Web API (GETs, and a signed-in user's writes). Before a call: pass the rate-limit gate (pause and
 * budget) and the concurrency bound. After: act on the failure policy's verdict — refresh the
 * token once on 401, turn a 429 into a pause every caller sees and go back to the gate, which
 * waits a short one out and fails a long one at once. A user's call first takes a place in
 * that user's share of the connections.
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
    return (await this.send({ endpoint, method: 'GET', url, credential }, call)).body;
  }

  /**
   * The call with its answer's headers; with `revalidate` (a GET) it asks If-None-Match, and a
   * 304 is accepted (the failure policy's verdict) with the cached body.
   */
  async send(request: ApiRequest, call: CallContext): Promise<WebApiAnswer> {
    const { credential } = request;
    const userToken = credential === 'app' ? undefined : call.userToken;
    if (credential === 'user' && !userToken) {
      throw signInNeeded();
    }
    if (userToken === undefined) return this.run(request, call, undefined);
    const release = await this.options.userShares.acquire(userToken, call.deadline);
    try {
      return await this.run(request, call, userToken);
    } finally {
      release();
    }
  }

  private async run({ endpoint, method, url, body, scopes, revalidate, once, emptyBodyAccepted }: ApiRequest, call: CallContext, userToken: string | undefined): Promise<WebApiAnswer> {
    const { gate, limiter, tokens, exchange } = this.options;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (revalidate) headers['if-none-match'] = revalidate.etag;
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
            method,
            headers: { ...headers, authorization: `Bearer ${token}` },
            body: body === undefined ? undefined : JSON.stringify(body),
            tokenRefreshed,
            userToken: userToken !== undefined,
            scopes,
            // Adding items to a playlist twice adds them twice: a POST is sent once.
            idempotent: method !== 'POST' && !once,
            conditional: revalidate !== undefined,
            emptyBodyAccepted,
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
