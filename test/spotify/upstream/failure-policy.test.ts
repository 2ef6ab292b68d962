// The failure policy as pure functions: each kind of answer Spotify gives, and what is done.
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  isIdempotent,
  isShortWait,
  judgeAnswer,
  judgeNoAnswer,
  judgeWait,
  MAX_RATE_LIMIT_WAITS,
  parseRetryAfter,
  pausedError,
  type AttemptState,
} from '../../../src/spotify/upstream/failure-policy.js';
import { SpotifyRateLimitError } from '../../../src/spotify/upstream/errors.js';

const now = 1_000_000;
const api: AttemptState = { service: 'api', attempt: 0, retries: 3, deadline: now + 10_000, tokenRefreshed: false, endpoint: 'artist' };
const accounts: AttemptState = { ...api, service: 'accounts', endpoint: 'token' };
const answer = (status: number, body?: unknown, headers: Record<string, string> = {}) => ({ status, body, headers });

describe('the failure policy', () => {
  it('accepts a 2xx with a body and fails one without (UPSTREAM_UNAVAILABLE, not a crash)', () => {
    expect(judgeAnswer(answer(200, { id: 'x' }), api, now)).toEqual({ action: 'accept' });
    const empty = judgeAnswer(answer(200), api, now);
    expect(empty.action === 'fail' && empty.error.kind).toBe('unavailable');
  });

  it('refreshes the token on a first 401 and fails on a second', () => {
    expect(judgeAnswer(answer(401), api, now)).toEqual({ action: 'refresh-token' });
    const again = judgeAnswer(answer(401), { ...api, tokenRefreshed: true }, now);
    expect(again.action === 'fail' && again.error.kind).toBe('auth-failed');
  });

  it("fails a signed-in user's refused token as UNAUTHENTICATED: never refreshed, never swapped for the app's", () => {
    const refused = judgeAnswer(answer(401, { error: { status: 401, message: 'The access token expired' } }), { ...api, credential: 'user' }, now);
    expect(refused.action === 'fail' && refused.error.kind).toBe('unauthenticated');
  });

  it('pauses on a 429 for Retry-After seconds with Spotify\'s reason, from either service', () => {
    const quota = answer(429, { error: { status: 429, message: 'Too many requests', reason: 'QUOTA_EXCEEDED' } }, { 'retry-after': '14400' });
    expect(judgeAnswer(quota, api, now)).toEqual({ action: 'pause', retryAfterSeconds: 14400, reason: 'QUOTA_EXCEEDED' });
    expect(judgeAnswer(answer(429), accounts, now)).toEqual({ action: 'pause', retryAfterSeconds: 1, reason: undefined });
  });

  it('retries a 5xx with growing, jittered backoff until the retries or the deadline run out', () => {
    const first = judgeAnswer(answer(503), api, now);
    expect(first.action).toBe('retry');
    expect(first.action === 'retry' && first.delayMs).toBeGreaterThanOrEqual(50);
    expect(first.action === 'retry' && first.delayMs).toBeLessThanOrEqual(100);
    const last = judgeAnswer(answer(503), { ...api, attempt: 3 }, now);
    expect(last.action === 'fail' && last.error.kind).toBe('unavailable');
    const late = judgeAnswer(answer(502), { ...api, deadline: now + 10 }, now);
    expect(late.action).toBe('fail');
  });

  it('fails a 404 as not-found, a 403 as forbidden and another 4xx as bad-request, keeping Spotify\'s message', () => {
    const notFound = judgeAnswer(answer(404, { error: { status: 404, message: 'Resource not found' } }), api, now);
    expect(notFound.action === 'fail' && [notFound.error.kind, notFound.error.message]).toEqual(['not-found', 'Spotify has no such resource: Resource not found']);
    const forbidden = judgeAnswer(answer(403), api, now);
    expect(forbidden.action === 'fail' && forbidden.error.kind).toBe('forbidden');
    const bad = judgeAnswer(answer(400, { error: { status: 400, message: 'Invalid base62 id' } }), api, now);
    expect(bad.action === 'fail' && bad.error.kind).toBe('bad-request');
  });

  it('judges the token endpoint by its own rules: a token, refused credentials, or an outage', () => {
    expect(judgeAnswer(answer(200, { access_token: 't', expires_in: 3600 }), accounts, now)).toEqual({ action: 'accept' });
    const refused = judgeAnswer(answer(400, { error: 'invalid_client', error_description: 'Invalid client' }), accounts, now);
    expect(refused.action === 'fail' && [refused.error.kind, refused.error.message]).toEqual(['auth-failed', "Spotify rejected the app's client credentials (invalid_client)"]);
    const noToken = judgeAnswer(answer(200, { nothing: true }), accounts, now);
    expect(noToken.action === 'fail' && noToken.error.kind).toBe('unavailable');
  });

  it('retries what never answered, then fails it as a timeout or as unavailable', () => {
    expect(judgeNoAnswer('network', 'reset', api, now).action).toBe('retry');
    const timeout = judgeNoAnswer('timeout', 'slow', { ...api, attempt: 3 }, now);
    expect(timeout.action === 'fail' && timeout.error.kind).toBe('timeout');
    const html = judgeNoAnswer('malformed', 'answer 502 was not JSON', { ...api, attempt: 3 }, now);
    expect(html.action === 'fail' && html.error.kind).toBe('unavailable');
  });

  it('reads Retry-After as seconds or as an HTTP date, and a missing or odd one as one second', () => {
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter(new Date(now + 30_500).toUTCString(), now)).toBe(30);
    expect(parseRetryAfter(undefined, now)).toBe(1);
    expect(parseRetryAfter('soon', now)).toBe(1);
    expect(parseRetryAfter(['3', '9'], now)).toBe(3);
  });

  it('backs off exponentially up to a cap, half fixed and half random', () => {
    expect(backoffDelay(0, undefined, () => 0)).toBe(50);
    expect(backoffDelay(0, undefined, () => 1)).toBe(100);
    expect(backoffDelay(3, undefined, () => 0)).toBe(400);
    expect(backoffDelay(10, undefined, () => 1)).toBe(2000);
  });

  it('sits out a short pause but not a long one, nor the gateway\'s own budget', () => {
    expect(isShortWait(new SpotifyRateLimitError('x', 3), 5)).toBe(true);
    expect(isShortWait(new SpotifyRateLimitError('x', 30), 5)).toBe(false);
    expect(isShortWait(new SpotifyRateLimitError('x', 1, 'GATEWAY_BUDGET'), 5)).toBe(false);
    const paused = pausedError({ until: now + 14_400_000, reason: 'QUOTA_EXCEEDED' }, now);
    expect([paused.retryAfterSeconds, paused.message]).toEqual([14400, "Spotify's quota for this app is used up; calls resume in 14400 s"]);
  });

  it('alone decides how many short pauses a call sits out, and that the token endpoint sits out none itself', () => {
    const short = new SpotifyRateLimitError('x', 2);
    expect(judgeWait({ ...api, waits: 0 }, short, 5)).toEqual({ action: 'wait' });
    expect(judgeWait({ ...api, waits: MAX_RATE_LIMIT_WAITS - 1 }, short, 5)).toEqual({ action: 'wait' });
    expect(judgeWait({ ...api, waits: MAX_RATE_LIMIT_WAITS }, short, 5)).toEqual({ action: 'fail', error: short });
    expect(judgeWait(api, new SpotifyRateLimitError('x', 60), 5).action).toBe('fail');
    expect(judgeWait(api, new SpotifyRateLimitError('x', 1, 'GATEWAY_BUDGET'), 5).action).toBe('fail');
    // The call that needs the token waits the pause out, not the token request holding the lease.
    expect(judgeWait(accounts, short, 5)).toEqual({ action: 'fail', error: short });
  });

  it('alone decides what is idempotent: never a Web API POST, always a token request', () => {
    expect(isIdempotent({ service: 'api', method: 'GET' })).toBe(true);
    expect(isIdempotent({ service: 'api', method: 'PUT' })).toBe(true);
    expect(isIdempotent({ service: 'api', method: 'DELETE' })).toBe(true);
    expect(isIdempotent({ service: 'api', method: 'POST' })).toBe(false);
    expect(isIdempotent({ service: 'accounts', method: 'POST' })).toBe(true);
    expect(judgeAnswer(answer(503), { ...accounts, method: 'POST' }, now).action).toBe('retry');
  });
});
