// The failure policy's verdicts on the player's refusals: pure, from Spotify's answers.
import { describe, expect, it } from 'vitest';
import { SpotifyForbiddenError, SpotifyNoActiveDeviceError, SpotifyPremiumRequiredError, SpotifyRestrictionError } from '../../../src/spotify/upstream/errors.js';
import { judgeAnswer, type AttemptState } from '../../../src/spotify/upstream/failure-policy.js';

const state: AttemptState = {
  service: 'api', attempt: 0, retries: 2, deadline: Date.now() + 10_000, tokenRefreshed: false, credential: 'user',
  endpoint: 'player-next', method: 'POST', once: true, scopes: ['user-modify-playback-state'],
};
const answer = (status: number, error: Record<string, unknown>) => judgeAnswer({ status, headers: {}, body: { error: { status, ...error } } }, state);

describe("the player's refusals", () => {
  it('are NO_ACTIVE_DEVICE, PREMIUM_REQUIRED and a restriction (FORBIDDEN), never a missing scope', () => {
    const none = answer(404, { message: 'Player command failed: No active device found', reason: 'NO_ACTIVE_DEVICE' });
    const free = answer(403, { message: 'Player command failed: Premium required', reason: 'PREMIUM_REQUIRED' });
    const restricted = answer(403, { message: 'Player command failed: Restriction violated', reason: 'UNKNOWN' });
    const scope = answer(403, { message: 'Insufficient client scope' });
    expect(none).toMatchObject({ action: 'fail', error: expect.any(SpotifyNoActiveDeviceError) });
    expect(free).toMatchObject({ action: 'fail', error: expect.any(SpotifyPremiumRequiredError) });
    expect(restricted).toMatchObject({ action: 'fail', error: expect.any(SpotifyRestrictionError) });
    expect((restricted as { error: SpotifyForbiddenError }).error.kind).toBe('forbidden');
    expect((scope as { error: SpotifyForbiddenError }).error).not.toBeInstanceOf(SpotifyRestrictionError);
    expect((scope as { error: SpotifyForbiddenError }).error.scopes).toEqual(['user-modify-playback-state']);
  });

  it('accepts an empty 204 where the call allows it (Get Playback State: nothing plays)', () => {
    const read = { ...state, endpoint: 'me-player', method: 'GET' as const, once: false };
    expect(judgeAnswer({ status: 204, headers: {}, body: undefined }, { ...read, emptyBodyAccepted: true })).toEqual({ action: 'accept' });
    expect(judgeAnswer({ status: 204, headers: {}, body: undefined }, read).action).toBe('fail');
  });

  it('never retries a command, whatever its method', () => {
    const unavailable = { status: 503, headers: {}, body: undefined };
    expect(judgeAnswer(unavailable, { ...state, method: 'PUT', once: true }).action).toBe('fail');
    expect(judgeAnswer(unavailable, { ...state, method: 'PUT', once: false }).action).toBe('retry');
  });
});
