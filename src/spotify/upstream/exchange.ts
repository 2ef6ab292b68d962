import { sleep, type CallContext } from './call-context.js';
import { SpotifyTimeoutError, SpotifyUnavailableError } from './errors.js';
import type { UpstreamEvents } from './events.js';
import { judgeAnswer, judgeNoAnswer, type Service, type Verdict } from './failure-policy.js';
import { type Transport, TransportError, type TransportRequest, type TransportResponse } from './transport.js';
import type { AppMode } from './app-mode.js';

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
  beforeRetry?: (service: Service, call: CallContext) => Promise<void>;
}

export interface ExchangeRequest extends Omit<TransportRequest, 'timeoutMs'> {
  service: Service;
  /** Names the endpoint in metrics and logs, e.g. 'artist'. */
  endpoint: string;
  /** A fresh token was fetched once for this call already (a second 401 is final). */
  tokenRefreshed?: boolean;
  /** The call carries a signed-in user's token. */
  userToken?: boolean;
  /** The scopes Spotify's API description lists for the call (named in a 403's error). */
  scopes?: readonly string[];
  /**
   * False for a call that does its work again when sent again (POST items to a playlist): it
   * is never retried once it may have reached Spotify. Default true.
   */
  idempotent?: boolean;
  /** The call carries If-None-Match: a 304 is an answer. */
  conditional?: boolean;
}

/** An answer and the failure policy's verdict on it; retries are already spent. */
export interface Outcome {
  response: TransportResponse;
  verdict: Exclude<Verdict, { action: 'retry' | 'fail' }>;
}

/**
 * One logical exchange with Spotify: sends the request and, as the failure policy says,
 * retries what is transient with backoff while the caller's deadline allows. What is final
 * is thrown; what the caller must act on (a token to refresh, a pause) is returned with the
 * answer.
 */
export class Exchange {
  constructor(private readonly options: ExchangeOptions) {}

  async run(request: ExchangeRequest, call: CallContext): Promise<Outcome> {
    const { deadline, requestId, signal } = call;
    const { transport, retries, events, mode } = this.options;
    const { service, endpoint, tokenRefreshed = false, userToken = false, scopes, idempotent = true, conditional = false, ...http } = request;
    // A write's 2xx is done whatever its body (failure-policy.ts, writeDone).
    const write = http.method !== 'GET';
    for (let attempt = 0; ; attempt += 1) {
      const left = deadline - Date.now();
      if (left <= 0) throw new SpotifyTimeoutError(`Spotify did not answer ${endpoint} before the request's deadline`);
      if (signal?.aborted) throw new SpotifyUnavailableError(`The request was abandoned before ${endpoint} was sent`);
      const state = { service, attempt, retries, deadline, tokenRefreshed, userToken, conditional, endpoint, idempotent, write, scopes };
      const started = performance.now();
      let verdict: Verdict;
      let response: TransportResponse | undefined;
      try {
        response = await transport.send({ ...http, timeoutMs: Math.min(this.options.attemptTimeoutMs, left) });
        events.call?.({ endpoint, status: response.status, durationMs: performance.now() - started, mode, requestId });
        verdict = judgeAnswer(response, state);
      } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        if (error.failure === 'invalid-request') events.unformable?.({ endpoint, reason: error.message, requestId });
        else events.call?.({ endpoint, status: 0, durationMs: performance.now() - started, mode, requestId });
        // A write's 2xx whose body is not JSON is still done: its answer, without a body.
        response = error.answer;
        verdict = judgeNoAnswer(error.failure, error.message, state, Date.now(), error.answer?.status);
      }
      if (verdict.action === 'fail') throw verdict.error;
      if (verdict.action !== 'retry') return { response: response!, verdict };
      events.retry?.({ endpoint, reason: verdict.reason, attempt: attempt + 1, delayMs: verdict.delayMs, requestId });
      await sleep(verdict.delayMs);
      await this.options.beforeRetry?.(service, call);
    }
  }
}
