import type { CallContext, Credential } from './call-context.js';
import { signInNeeded } from './errors.js';
import type { AppTokens, Bearer, Exchange } from './exchange.js';
import type { HttpMethod, TransportResponse } from './transport.js';
import type { UserShares } from './user-share.js';

/** A call's query string, before encoding; undefined values are left out. */
export type Query = Record<string, string | number | undefined>;

export interface WebApiClientOptions {
  apiUrl: string;
  tokens: AppTokens;
  exchange: Exchange;
  /** Each signed-in user's share of the exchange's concurrency bound. */
  userShares: UserShares;
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

/**
 * Authorised requests to the Web API (GETs, and a signed-in user's writes): it charges the
 * request's client budget, takes a place in the signed-in user's share of the connections, and
 * hands the call to the exchange, whose one loop does the rest (gate, token, retries, pauses).
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
    const user = credential === 'app' ? undefined : call.user;
    if (credential === 'user' && !user) throw signInNeeded();
    // This request starts a call to Spotify: its client pays for it (a cache hit never gets here).
    await call.clientBudget?.charge();
    if (user === undefined) return this.run(request, call, { credential: 'app', tokens: this.options.tokens });
    const release = await this.options.userShares.acquire(user.digest, call.deadline);
    try {
      return await this.run(request, call, { credential: 'user', token: user.token });
    } finally {
      release();
    }
  }

  private async run({ endpoint, method, url, body, scopes, revalidate }: ApiRequest, call: CallContext, bearer: Bearer): Promise<WebApiAnswer> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (revalidate) headers['if-none-match'] = revalidate.etag;
    const response = await this.options.exchange.run(
      {
        service: 'api',
        endpoint,
        url,
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        bearer,
        scopes,
        conditional: revalidate !== undefined,
      },
      call,
    );
    const notModified = response.status === 304 && revalidate !== undefined;
    return { body: notModified ? revalidate.body : response.body, headers: response.headers, notModified };
  }
}
