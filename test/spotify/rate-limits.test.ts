import { afterEach, describe, expect, it } from 'vitest';
import { codes, startHarness, type Harness } from '../helpers/harness.js';

const ARTIST = 'query($id: ID!) { artist(id: $id) { name } }';
const SEARCH = 'query($q: String!) { search(query: $q) { artists(first: 1) { edges { node { name } } } } }';

describe('429 handling', () => {
  let h: Harness;
  afterEach(() => h?.close());

  it('waits out a short Retry-After and succeeds', async () => {
    h = await startHarness();
    h.emulator.faults.add({ match: { endpoint: 'GET /v1/artists/{id}' }, kind: 'rate-limit', retryAfter: 1, times: 1 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(result.errors).toBeUndefined();
    expect(h.emulator.calls.filter((c) => c.host === 'api').map((c) => c.status)).toEqual([429, 200]);
  });

  it('turns a long Retry-After into RATE_LIMITED, then fails fast without calling Spotify', async () => {
    h = await startHarness();
    const id = h.emulator.catalog.fixtures.btsId;
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'rate-limit', retryAfter: 30, times: 1 });
    const first = await h.gql(ARTIST, { id });
    expect(codes(first)).toEqual(['RATE_LIMITED']);
    expect(first.errors?.[0].extensions?.retryAfter).toBe(30);
    expect(first.errors?.[0].extensions?.reason).toBeUndefined();
    h.reset();
    const second = await h.gql(SEARCH, { q: 'BTS' });
    expect(codes(second)).toEqual(['RATE_LIMITED']);
    expect(second.errors?.[0].extensions?.retryAfter).toBeGreaterThanOrEqual(29);
    expect(second.errors?.[0].extensions?.retryAfter).toBeLessThanOrEqual(30);
    expect(h.apiCalls()).toBe(0);
  });

  it('pauses every request during a ban, calls nobody, and resumes by itself', async () => {
    h = await startHarness({ env: { RATE_LIMIT_WAIT_CAP_SECONDS: '0' } });
    const id = h.emulator.catalog.fixtures.btsId;
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'rate-limit', retryAfter: 1, times: 1 });
    expect(codes(await h.gql(ARTIST, { id }))).toEqual(['RATE_LIMITED']);
    h.reset();
    const during = await Promise.all(Array.from({ length: 20 }, () => h.gql(SEARCH, { q: 'BTS' })));
    for (const result of during) expect(codes(result)).toEqual(['RATE_LIMITED']);
    expect(h.apiCalls()).toBe(0);
    await new Promise((r) => setTimeout(r, 1100));
    const after = await h.gql(ARTIST, { id });
    expect(after.errors).toBeUndefined();
    expect(h.apiCalls()).toBe(1);
  });

  it('reports a used-up quota distinctly', async () => {
    h = await startHarness();
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'rate-limit', retryAfter: 3600, reason: 'QUOTA_EXCEEDED', times: 1 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['RATE_LIMITED']);
    expect(result.errors?.[0].extensions).toMatchObject({ reason: 'QUOTA_EXCEEDED', retryAfter: 3600 });
    expect(result.errors?.[0].message).toMatch(/quota/i);
  });

  it('takes its wait cap from RATE_LIMIT_WAIT_CAP_SECONDS', async () => {
    h = await startHarness({ env: { RATE_LIMIT_WAIT_CAP_SECONDS: '0' } });
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'rate-limit', retryAfter: 1, times: 1 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['RATE_LIMITED']);
    expect(h.apiCalls()).toBe(1);
  });

  it('a 429 from the token endpoint pauses API calls too', async () => {
    h = await startHarness();
    h.emulator.faults.add({ match: { host: 'accounts' }, kind: 'rate-limit', retryAfter: 30, times: 1 });
    const first = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(first)).toEqual(['RATE_LIMITED']);
    h.reset();
    const second = await h.gql(SEARCH, { q: 'BTS' });
    expect(codes(second)).toEqual(['RATE_LIMITED']);
    expect(h.emulator.calls).toHaveLength(0);
  });

  it('waits out a short 429 from the token endpoint', async () => {
    h = await startHarness();
    h.emulator.faults.add({ match: { host: 'accounts' }, kind: 'rate-limit', retryAfter: 1, times: 1 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(result.errors).toBeUndefined();
    expect(h.tokenCalls()).toBe(2);
  });

  it('keeps under the client-side budget without reaching Spotify', async () => {
    h = await startHarness({ env: { UPSTREAM_REQUESTS_PER_30S: '3', REQUEST_DEADLINE_MS: '2000' } });
    const artists = h.emulator.catalog.artists.slice(0, 4);
    for (const artist of artists.slice(0, 3)) expect((await h.gql(ARTIST, { id: artist.id })).errors).toBeUndefined();
    const fourth = await h.gql(ARTIST, { id: artists[3].id });
    expect(codes(fourth)).toEqual(['RATE_LIMITED']);
    expect(fourth.errors?.[0].extensions?.reason).toBe('GATEWAY_BUDGET');
    expect(h.apiCalls()).toBe(3);
  });
});
