// The failure policy for a signed-in user's calls: writes may answer with no body, a POST is
// never sent twice, and a 403 names the scopes the call needs.
import { describe, expect, it } from 'vitest';
import { judgeAnswer, judgeNoAnswer, writeDone, type AttemptState } from '../../../src/spotify/upstream/failure-policy.js';
import { SpotifyForbiddenError } from '../../../src/spotify/upstream/errors.js';

const now = 1_000_000;
const read: AttemptState = { service: 'api', attempt: 0, retries: 3, deadline: now + 10_000, tokenRefreshed: false, endpoint: 'me-saved-tracks', credential: 'user' };
const put: AttemptState = { ...read, endpoint: 'me-library-save', method: 'PUT' };
const post: AttemptState = { ...put, endpoint: 'playlist-items-add', method: 'POST' };
const answer = (status: number, body?: unknown) => ({ status, body, headers: {} });

describe("the failure policy for a user's writes", () => {
  it('accepts a write answered with an empty body; a read with none is still a broken answer', () => {
    expect(judgeAnswer(answer(200), put, now)).toEqual({ action: 'accept' });
    expect(judgeAnswer(answer(204), put, now)).toEqual({ action: 'accept' });
    expect(judgeAnswer(answer(200), read, now).action).toBe('fail');
  });

  it('a write answered 2xx is done whatever its body: accepted, never retried, never failed', () => {
    // Not JSON, the spec's shape or not, empty: each is the answer of a write that was done.
    for (const state of [put, post]) {
      for (const status of [200, 201, 204]) {
        expect(judgeNoAnswer('malformed', 'answer was not JSON', state, now, status)).toEqual({ action: 'accept' });
        expect(judgeAnswer(answer(status, 'not the shape'), state, now)).toEqual({ action: 'accept' });
        expect(writeDone(status, state)).toBe(true);
      }
      expect(writeDone(503, state)).toBe(false);
    }
    // A read's body that is not JSON is still a broken answer, retried.
    expect(judgeNoAnswer('malformed', 'answer was not JSON', read, now, 200).action).toBe('retry');
    expect(writeDone(200, read)).toBe(false);
  });

  it('retries an idempotent write after a 5xx or a dropped connection, never a POST', () => {
    expect(judgeAnswer(answer(503), put, now).action).toBe('retry');
    expect(judgeNoAnswer('network', 'reset', put, now).action).toBe('retry');
    const once = judgeAnswer(answer(503), post, now);
    expect(once.action === 'fail' && once.error.kind).toBe('unavailable');
    expect(judgeNoAnswer('timeout', 'slow', post, now).action).toBe('fail');
  });

  it("names the scopes of a user's call that Spotify refused with 403", () => {
    const refused = judgeAnswer(answer(403, { error: { status: 403, message: 'Insufficient client scope' } }), { ...read, scopes: ['user-library-read'] }, now);
    expect(refused.action).toBe('fail');
    const error = (refused as { error: SpotifyForbiddenError }).error;
    expect(error).toBeInstanceOf(SpotifyForbiddenError);
    expect(error.scopes).toEqual(['user-library-read']);
    expect(error.message).toContain('user-library-read');
    expect(error.message).toContain('Insufficient client scope');
  });
});
