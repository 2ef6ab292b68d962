// Spotify's rate limit is the app's, whoever's token a call carries: a long 429 on one user's
// call pauses every call of the gateway — the catalog's and every other user's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startHarness, type Harness } from '../../helpers/harness.js';
import { bearer, tokenOf } from '../../helpers/users.js';

describe("a 429 on a user's call", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('pauses the whole app: other users and the catalog get RATE_LIMITED without calling Spotify', async () => {
    const sora = tokenOf(h, 'sora');
    const minji = tokenOf(h, 'minji');
    h.emulator.faults.add({ match: { endpoint: 'GET /v1/me/tracks' }, kind: 'rate-limit', retryAfter: 120, times: 1 });
    const limited = await h.gql('{ me { savedTracks(first: 1) { totalCount } } }', {}, bearer(sora));
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.errors![0].extensions?.retryAfter).toBeGreaterThan(100);
    h.reset();
    const other = await h.gql('{ me { savedTracks(first: 1) { totalCount } } }', {}, bearer(minji));
    const catalog = await h.gql(`{ artist(id: "${h.emulator.catalog.fixtures.btsId}") { name } }`);
    expect(codes(other)).toEqual(['RATE_LIMITED']);
    expect(codes(catalog)).toEqual(['RATE_LIMITED']);
    expect(h.apiCalls()).toBe(0);
  });
});
