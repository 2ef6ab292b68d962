import { sleep, type CallContext } from './call-context.js';
import { SpotifyRateLimitError, SpotifyTimeoutError, SpotifyUnavailableError } from './errors.js';
import type { UpstreamEvents } from './events.js';
import { judgeAnswer, judgeNoAnswer, judgeWait, pausedError, type AttemptState, type Service, type Verdict } from './failure-policy.js';
import type { RateLimitGate } from './gate.js';
import type { ConcurrencyLimiter } from './limiter.js';
import { type Transport, TransportError, type TransportRequest, type TransportResponse } from './transport.js';
import type { AppMode } from './app-mode.js';
import { traceCall, tracing, type CallStage } from './trace.js';

/** The app's access tokens (app-token.ts): one to send, and one Spotify refused to drop. */
export interface AppTokens {
  get(call: CallContext): Promise<string>;
  reject(accessToken: string): Promise<void>;
}

export interface ExchangeOptions {
  transport: Transport;
  mode: AppMode;
  /** Longest a single attempt may take. */
  attemptTimeoutMs: number;
  /** Retries after 5xx and failed exchanges. */
  retries: number;
  /** A pause at most this long is sat out (the failure policy's `judgeWait`); longer ones fail. */
  rateLimitWaitCapSeconds: number;
  /** The rate-limit pause and the gateway's budget, checked before every Web API attempt. */
  gate: RateLimitGate;
  /** The bound on Web API calls in flight (the token endpoint's call runs inside one of them). */
  limiter: ConcurrencyLimiter;
  events: UpstreamEvents;
}

/** Whose bearer token a Web API call carries: the app's, fetched and refreshed here, or a user's as given. */
export type Bearer = { credential: 'app'; tokens: AppTokens } | { credential: 'user'; token: string };

export interface ExchangeRequest extends Omit<TransportRequest, 'timeoutMs'> {
  service: Service;
  /** Names the endpoint in metrics and logs, e.g. 'artist'. */
  endpoint: string;
  /** The Web API's bearer; the token endpoint's call carries the app's Basic credentials in `headers`. */
  bearer?: Bearer;
  /** The scopes Spotify's API description lists for the call (named in a 403's error). */
  scopes?: readonly string[];
  /** The call carries If-None-Match: a 304 is an answer. */
  conditional?: boolean;
  /** Sent once, never retried, whatever the method (a player command). */
  once?: boolean;
  /** A GET whose empty answer is an answer (writes always may answer empty). */
  emptyBodyAccepted?: boolean;
}

/**
 * The one loop of a call to Spotify, for the Web API and the token endpoint alike. Each pass
 * goes through the rate-limit gate and the concurrency bound, takes the bearer token, sends, and
 * asks the failure policy once what the answer means; then it acts: accept, retry after a
 * backoff, refresh the app's token, record a pause (and sit out a short one), or fail. Nothing
 * else retries or decides; the policy alone says what is idempotent and how many waits a call
 * gets.
 */
export class Exchange {
  constructor(private readonly options: ExchangeOptions) {}

  async run(request: ExchangeRequest, call: CallContext): Promise<TransportResponse> {
    const { gate, events, rateLimitWaitCapSeconds } = this.options;
    const { service, endpoint, bearer, scopes, conditional = false, once, emptyBodyAccepted, ...http } = request;
    const state: AttemptState = {
      service,
      endpoint,
      method: http.method,
      credential: bearer?.credential ?? 'app',
      scopes,
      conditional,
      once,
      emptyBodyAccepted,
      retries: this.options.retries,
      deadline: call.deadline,
      attempt: 0,
      tokenRefreshed: false,
      waits: 0,
    };
    let retrying = false;
    traceCall(call.requestId, endpoint, 'call');
    for (;;) {
      await this.admit(service, call, retrying);
      traceCall(call.requestId, endpoint, 'admitted');
      retrying = false;
      let verdict: Verdict;
      let response: TransportResponse | undefined;
      let token: string | undefined;
      const release = service === 'api' ? await this.slot(call) : undefined;
      traceCall(call.requestId, endpoint, 'slot');
      try {
        token = bearer && (bearer.credential === 'user' ? bearer.token : await bearer.tokens.get(call));
        traceCall(call.requestId, endpoint, 'token');
        const headers = token === undefined ? http.headers : { ...http.headers, authorization: `Bearer ${token}` };
        ({ verdict, response } = await this.attempt({ ...http, headers }, state, call));
        traceCall(call.requestId, endpoint, 'answered');
      } catch (error) {
        // A pause met on the way (at the gate after queueing, or the token endpoint's own 429).
        if (!(error instanceof SpotifyRateLimitError)) throw error;
        verdict = judgeWait(state, error, rateLimitWaitCapSeconds);
      } finally {
        release?.();
      }
      if (verdict.action === 'pause') {
        await gate.pause(verdict.retryAfterSeconds, verdict.reason, endpoint, call);
        verdict = judgeWait(state, pausedError({ until: Date.now() + verdict.retryAfterSeconds * 1000, reason: verdict.reason }), rateLimitWaitCapSeconds);
      }
      switch (verdict.action) {
        case 'accept':
          return response!;
        case 'fail':
          throw verdict.error;
        case 'retry':
          events.retry?.({ endpoint, reason: verdict.reason, attempt: state.attempt + 1, delayMs: verdict.delayMs, requestId: call.requestId });
          await sleep(verdict.delayMs);
          state.attempt += 1;
          retrying = true;
          break;
        case 'refresh-token':
          state.tokenRefreshed = true;
          if (bearer?.credential === 'app' && token !== undefined) await bearer.tokens.reject(token);
          break;
        case 'wait':
          state.waits = (state.waits ?? 0) + 1;
          break;
      }
    }
  }

  /**
   * Before a Web API call: the gate waits out a short pause and takes the budget. Before a
   * retry, no waiting: a pause begun meanwhile fails it, and it counts against the budget like
   * any call. The token endpoint is Spotify's accounts service: no budget, but no retry of it
   * during a pause either.
   */
  private async admit(service: Service, call: CallContext, retrying: boolean): Promise<void> {
    const { gate } = this.options;
    if (service === 'accounts') {
      if (retrying) await gate.check();
    } else if (retrying) await gate.readmit(call);
    else await gate.admit(call);
  }

  /** A place under the concurrency bound; a call that waited for one may find a ban begun meanwhile. */
  private async slot(call: CallContext): Promise<() => void> {
    const { limiter, gate } = this.options;
    const queued = limiter.full;
    const release = await limiter.acquire(call.deadline);
    if (!queued) return release;
    try {
      await gate.check();
    } catch (error) {
      release();
      throw error;
    }
    return release;
  }

  /** One send, and the failure policy's verdict on what came back (or did not). */
  private async attempt(http: Omit<TransportRequest, 'timeoutMs'>, state: AttemptState, call: CallContext): Promise<{ verdict: Verdict; response?: TransportResponse }> {
    const { transport, events, mode } = this.options;
    const { endpoint } = state;
    const { deadline, requestId, signal } = call;
    const left = deadline - Date.now();
    if (left <= 0) throw new SpotifyTimeoutError(`Spotify did not answer ${endpoint} before the request's deadline`);
    if (signal?.aborted) throw new SpotifyUnavailableError(`The request was abandoned before ${endpoint} was sent`);
    const started = performance.now();
    try {
      traceCall(requestId, endpoint, 'send');
      // The transport's own moments, only while a profiler listens: no closure per call otherwise.
      const trace = tracing() ? (stage: CallStage) => traceCall(requestId, endpoint, stage) : undefined;
      const response = await transport.send({ ...http, timeoutMs: Math.min(this.options.attemptTimeoutMs, left), trace });
      events.call?.({ endpoint, status: response.status, durationMs: performance.now() - started, mode, requestId });
      return { verdict: judgeAnswer(response, state), response };
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      if (error.failure === 'invalid-request') events.unformable?.({ endpoint, reason: error.message, requestId });
      else events.call?.({ endpoint, status: 0, durationMs: performance.now() - started, mode, requestId });
      // A write's 2xx whose body is not JSON is still done (failure-policy.ts, writeDone): its answer, without a body.
      return { verdict: judgeNoAnswer(error.failure, error.message, state, Date.now(), error.answer?.status), response: error.answer };
    }
  }
}
