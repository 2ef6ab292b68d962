// The one failure policy: what to do with each answer (or non-answer) from Spotify, for the
// Web API and the accounts service alike. Pure functions: the exchange's one loop acts on their
// verdicts, and nothing else decides what is retried, what is idempotent or how many waits a
// call gets.
import {
  SpotifyAuthError,
  SpotifyBadRequestError,
  SpotifyBadResponseError,
  SpotifyForbiddenError,
  SpotifyNoActiveDeviceError,
  SpotifyNotFoundError,
  SpotifyPremiumRequiredError,
  SpotifyRateLimitError,
  SpotifyRestrictionError,
  SpotifyTimeoutError,
  SpotifyUnauthenticatedError,
  SpotifyUnavailableError,
  type SpotifyError,
} from './errors.js';
import type { HttpMethod, TransportFailure, TransportResponse } from './transport.js';

/** Which Spotify service answered: the Web API, or the accounts service's token endpoint. */
export type Service = 'api' | 'accounts';

export type Verdict =
  /** A usable answer: hand it to the caller. */
  | { action: 'accept' }
  /** Transient: try the same request again after `delayMs`. */
  | { action: 'retry'; reason: string; delayMs: number; error: SpotifyError }
  /** The access token was refused: drop it, fetch a fresh one and try again (once). */
  | { action: 'refresh-token' }
  /** A 429: every call of the app pauses for `retryAfterSeconds` (then `judgeWait` says wait or fail). */
  | { action: 'pause'; retryAfterSeconds: number; reason?: string }
  /** A short pause is in force: go back to the gate, which sits it out, and send again. */
  | { action: 'wait' }
  /** Final: fail with this error. */
  | { action: 'fail'; error: SpotifyError };

export interface AttemptState {
  service: Service;
  /** 0 for the first attempt. */
  attempt: number;
  /** Retries allowed after transient failures. */
  retries: number;
  /** Epoch ms by which the caller needs an answer; no retry is planned past it. */
  deadline: number;
  /** A fresh token was already fetched once for this call. */
  tokenRefreshed: boolean;
  /** Whose token the call carries: the app's (refreshed on a 401) or a signed-in user's (never). Default app. */
  credential?: 'app' | 'user';
  /** GET unless said otherwise: what is idempotent and what may answer an empty body follow from it. */
  method?: HttpMethod;
  /** Rate-limit pauses this call has sat out already. */
  waits?: number;
  /** The call revalidates a cached answer (If-None-Match): a 304 then means "still the same". */
  conditional?: boolean;
  endpoint: string;
  /** The OAuth scopes Spotify's API description lists for this call, named when it answers 403. */
  scopes?: readonly string[];
  /** Sent once whatever the method (a player command: sent twice, "next" skips twice). */
  once?: boolean;
  /** A GET whose empty answer means "nothing there" (Get Playback State's 204). */
  emptyBodyAccepted?: boolean;
}

export interface BackoffPolicy {
  /** Delay before the first retry, before jitter. */
  baseMs: number;
  /** No single wait is longer than this. */
  maxMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 100, maxMs: 2000 };

/**
 * Exponential backoff with jitter for retry number `attempt` (0 = first retry). Half of the
 * delay is fixed and half random, so a fleet that failed together does not retry together,
 * yet no retry comes back instantly.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy = defaultBackoff, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return exponential / 2 + random() * (exponential / 2);
}

/**
 * Seconds to wait according to a Retry-After header: delta-seconds or an HTTP date.
 * Unparseable or missing values fall back to one second, so a bare 429 is still honoured.
 */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (raw === undefined || raw === '') return 1;
  if (/^\d+$/.test(raw)) return Number(raw);
  const date = Date.parse(raw);
  if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  return 1;
}

/** Spotify's error message from a `{"error":{"status","message"}}` body, if there is one. */
export function upstreamMessage(body: unknown): string | undefined {
  const error = (body as { error?: unknown } | null)?.error;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return undefined;
}

/** The `reason` of a 429 body, at `error.reason` or at the top level. */
export function upstreamReason(body: unknown): string | undefined {
  const b = body as { reason?: unknown; error?: { reason?: unknown } } | null;
  const reason = b?.error?.reason ?? b?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** Short 429s are waited out, but not forever in a loop. */
export const MAX_RATE_LIMIT_WAITS = 3;

/**
 * Whether sending the call again does no harm. A POST to the Web API (adding items to a
 * playlist) would add them twice, so it is sent once; reads and PUT/DELETE writes are
 * idempotent, and so is asking the token endpoint for a token (another one is as good).
 */
export function isIdempotent(state: Pick<AttemptState, 'service' | 'method' | 'once'>): boolean {
  return state.service === 'accounts' || (state.method !== 'POST' && !state.once);
}

/** The call changes something at Spotify: a Web API call other than a GET. */
function isWrite(state: Pick<AttemptState, 'service' | 'method'>): boolean {
  return state.service === 'api' && (state.method ?? 'GET') !== 'GET';
}

/** A transient failure: retried while attempts and the deadline allow, else final. */
function transient(state: AttemptState, reason: string, error: SpotifyError, now: number): Verdict {
  const delayMs = backoffDelay(state.attempt);
  if (!isIdempotent(state) || state.attempt >= state.retries || now + delayMs >= state.deadline) return { action: 'fail', error };
  return { action: 'retry', reason, delayMs, error };
}

/** The verdict on an HTTP answer. */
export function judgeAnswer(answer: TransportResponse, state: AttemptState, now = Date.now()): Verdict {
  const { status, body } = answer;
  const { endpoint } = state;
  if (status === 429) return { action: 'pause', retryAfterSeconds: parseRetryAfter(answer.headers['retry-after'], now), reason: upstreamReason(body) };
  if (status >= 500) {
    const detail = upstreamMessage(body);
    return transient(state, `status ${status}`, new SpotifyUnavailableError(`Spotify answered ${status} to ${endpoint}${detail ? `: ${detail}` : ''}`, status), now);
  }
  if (state.service === 'accounts') return judgeTokenAnswer(answer);
  if (status === 304) {
    // Not Modified: the caller's cached body is the answer. Unasked for, it answers nothing.
    return state.conditional
      ? { action: 'accept' }
      : { action: 'fail', error: new SpotifyUnavailableError(`Spotify answered ${endpoint} with 304 Not Modified to a request that was not conditional`, status) };
  }
  if (writeDone(status, state)) return { action: 'accept' };
  if (status >= 200 && status < 300) {
    return body === undefined && !state.emptyBodyAccepted
      ? { action: 'fail', error: new SpotifyUnavailableError(`Spotify answered ${endpoint} with an empty body`, status) }
      : { action: 'accept' };
  }
  if (status === 401) {
    // A user's token is the frontend's to refresh: never retried, never swapped for the app's.
    if (state.credential === 'user') {
      return { action: 'fail', error: new SpotifyUnauthenticatedError("Spotify refused the user's access token (expired or revoked): sign in again", 401) };
    }
    return state.tokenRefreshed
      ? { action: 'fail', error: new SpotifyAuthError('Spotify rejected a freshly issued access token', 401) }
      : { action: 'refresh-token' };
  }
  const playerError = playerCommandError(status, body);
  if (playerError) return { action: 'fail', error: playerError };
  if (status === 403 && state.credential === 'user' && state.scopes?.length) return { action: 'fail', error: scopeError(body, state.scopes) };
  return { action: 'fail', error: errorFromStatus(status, body) };
}

/**
 * A 403 to a signed-in user's call: most often a scope the user did not grant when signing in
 * (Spotify says "Insufficient client scope"), so the error names the scopes the call needs.
 */
function scopeError(body: unknown, scopes: readonly string[]): SpotifyForbiddenError {
  const detail = upstreamMessage(body);
  const list = scopes.join(', ');
  const needs = scopes.length === 1 ? `the scope ${list}` : `one or more of the scopes ${list}`;
  return new SpotifyForbiddenError(`Spotify refused the request${detail ? ` (${detail})` : ''}: it needs ${needs}, granted when the user signs in`, 403, scopes);
}

/**
 * The player's own refusals, told apart by Spotify's `reason` and message: no active device
 * (404 NO_ACTIVE_DEVICE), no Premium (403 PREMIUM_REQUIRED), a command the device refuses or
 * that has nothing to do (403 "Restriction violated"). Undefined for any other answer.
 */
function playerCommandError(status: number, body: unknown): SpotifyError | undefined {
  const reason = upstreamReason(body);
  const message = upstreamMessage(body) ?? '';
  if (status === 404 && reason === 'NO_ACTIVE_DEVICE') return new SpotifyNoActiveDeviceError(`Spotify has no active device to play on: ${message}`, status);
  if (status === 403 && reason === 'PREMIUM_REQUIRED') return new SpotifyPremiumRequiredError(`Controlling playback needs Spotify Premium: ${message}`, status);
  if (status === 403 && /restriction violated/i.test(message)) return new SpotifyRestrictionError(`The device refused the command: ${message}`, status);
  return undefined;
}

/** The token endpoint: a 200 with a token, or a refusal of the app's credentials. */
function judgeTokenAnswer({ status, body }: TransportResponse): Verdict {
  const token = body as { access_token?: unknown; expires_in?: unknown; error?: unknown } | undefined;
  if (status === 200 && typeof token?.access_token === 'string' && typeof token.expires_in === 'number') return { action: 'accept' };
  // Only the OAuth error code is repeated: the description could echo what was sent.
  const code = typeof token?.error === 'string' && /^[a-z_]{1,40}$/.test(token.error) ? ` (${token.error})` : '';
  if (status === 400 || status === 401 || status === 403) {
    return { action: 'fail', error: new SpotifyAuthError(`Spotify rejected the app's client credentials${code}`, status) };
  }
  return { action: 'fail', error: new SpotifyUnavailableError(`Spotify's token endpoint answered ${status} without a token${code}`, status) };
}

/**
 * The rule for writes: one that Spotify answered with any 2xx is done, and is accepted
 * whatever its body (empty, not JSON, missing fields): it is never sent again, and never
 * reported as a failure (a client would then repeat it). What its body lacks, the caller fills
 * in or leaves null; only a read's body decides whether a read succeeded.
 */
export function writeDone(status: number | undefined, state: Pick<AttemptState, 'service' | 'method'>): boolean {
  return isWrite(state) && status !== undefined && status >= 200 && status < 300;
}

/**
 * The verdict when no usable answer came: a dropped connection, a timeout, a body that is not
 * JSON. `status` is the answer's, when one came (a body that is not JSON): a write's 2xx is done.
 */
export function judgeNoAnswer(failure: TransportFailure, detail: string, state: AttemptState, now = Date.now(), status?: number): Verdict {
  const { endpoint } = state;
  if (failure === 'malformed' && writeDone(status, state)) return { action: 'accept' };
  // Nothing was sent: sending it again would fail the same way.
  if (failure === 'invalid-request') return { action: 'fail', error: new SpotifyBadResponseError(`The gateway could not form the call to ${endpoint} (${detail})`) };
  const error =
    failure === 'timeout'
      ? new SpotifyTimeoutError(`Spotify did not answer ${endpoint} in time`)
      : failure === 'malformed'
        ? new SpotifyUnavailableError(`Spotify answered ${endpoint} with a body that is not JSON (${detail})`)
        : new SpotifyUnavailableError(`Spotify could not be reached for ${endpoint} (${detail})`);
  return transient(state, failure, error, now);
}

/** Maps a final non-2xx answer of the Web API (not 401, 429 or 5xx) to its error. */
export function errorFromStatus(status: number, body: unknown): SpotifyError {
  const detail = upstreamMessage(body);
  const say = (fallback: string) => (detail ? `${fallback}: ${detail}` : fallback);
  if (status === 404) return new SpotifyNotFoundError(say('Spotify has no such resource'), status);
  if (status === 403) return new SpotifyForbiddenError(say('Spotify refused the request'), status);
  return new SpotifyBadRequestError(say(`Spotify rejected the request (${status})`), status);
}

/** The error for a pause in force, with the whole seconds left. */
export function pausedError(pause: { until: number; reason?: string }, now = Date.now()): SpotifyRateLimitError {
  const retryAfter = Math.max(1, Math.ceil((pause.until - now) / 1000));
  return new SpotifyRateLimitError(
    pause.reason === 'QUOTA_EXCEEDED'
      ? `Spotify's quota for this app is used up; calls resume in ${retryAfter} s`
      : `Spotify is rate limiting this app; calls resume in ${retryAfter} s`,
    retryAfter,
    pause.reason,
  );
}

/**
 * Whether a caller that met this error sits the pause out (back to the gate, which waits if
 * the deadline allows) rather than failing: a pause no longer than the cap, never the
 * gateway's own budget.
 */
export function isShortWait(error: unknown, waitCapSeconds: number): error is SpotifyRateLimitError {
  return error instanceof SpotifyRateLimitError && error.reason !== 'GATEWAY_BUDGET' && error.retryAfterSeconds <= waitCapSeconds;
}

/**
 * A pause is in force (Spotify's 429 to this call, once the pause is recorded, or one met on
 * the way: at the gate after queueing, or from the token endpoint): wait it out or fail. A Web
 * API call sits out a short one, up to MAX_RATE_LIMIT_WAITS times. The token endpoint never
 * waits itself: the call that needs the token does, so the token lease is not held through a
 * pause and one pause is not waited out twice.
 */
export function judgeWait(state: AttemptState, pause: SpotifyRateLimitError, waitCapSeconds: number): Verdict {
  if (state.service === 'api' && (state.waits ?? 0) < MAX_RATE_LIMIT_WAITS && isShortWait(pause, waitCapSeconds)) return { action: 'wait' };
  return { action: 'fail', error: pause };
}
