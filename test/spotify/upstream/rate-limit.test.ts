// Rate limits over real HTTP: Spotify's 429 (waited out below the cap, a shared pause above it),
// its QUOTA_EXCEEDED reason, the configurable wait cap, and the gateway's own call budget.

import { describe, expect, it } from 'vitest';
import { apiStatuses, codes, harnessPerTest, timed } from '../../helpers/harness.js';

const ARTIST = 'query($id: ID!) { artist(id: $id) { name } }';
const ALBUM = 'query($id: ID!) { album(id: $id) { name } }';
const ARTIST_ENDPOINT = 'GET /v1/artists/{id}';

describe('a 429 under the wait cap', () => {
  const start = harnessPerTest();

  it('is waited out (Retry-After 1 below the default 5 s cap) and the query succeeds', async () => {
    const pauses: unknown[] = [];
    const h = await start({ events: { pause: (info) => pauses.push(info) } });
    await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    h.reset();
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'rate-limit', retryAfter: 1, times: 1 });
    const [result, ms] = await timed(() => h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId }));
    expect(result.errors).toBeUndefined();
    expect(result.data.artist.name).toBe('BTS');
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(2);
    expect(apiStatuses(h)).toEqual([429, 200]);
    const [limited, retried] = h.emulator.calls.filter((c) => c.host === 'api');
    // The retry honoured Retry-After.
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(950);
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(pauses).toMatchObject([{ endpoint: 'artist', retryAfterSeconds: 1 }]);
  });

  it('holds other requests during the pause instead of letting them call Spotify', async () => {
    let paused!: () => void;
    const pauseSet = new Promise<void>((resolve) => (paused = resolve));
    const h = await start({ events: { pause: () => paused() } });
    const { btsId, bigAlbumId } = h.emulator.catalog.fixtures;
    await h.gql(ARTIST, { id: btsId });
    h.reset();
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'rate-limit', retryAfter: 1, times: 1 });
    const first = h.gql(ARTIST, { id: btsId });
    // Once the gateway has taken in the 429, a second request starts.
    await pauseSet;
    const second = h.gql(ALBUM, { id: bigAlbumId });
    const [a, b] = await Promise.all([first, second]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const limitedAt = h.emulator.calls.find((c) => c.status === 429)!.at;
    const album = h.emulator.calls.filter((c) => c.endpoint === 'GET /v1/albums/{id}');
    expect(album).toHaveLength(1);
    expect(album[0].at - limitedAt).toBeGreaterThanOrEqual(950);
    expect(h.apiCalls()).toBe(3);
  });

  it('a 429 that keeps coming is not waited out forever', async () => {
    const h = await start();
    await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    h.reset();
    // Retry-After 0: every answer may be retried at once, so only the loop's own bound stops it.
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'rate-limit', retryAfter: 0 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['RATE_LIMITED']);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBeGreaterThanOrEqual(2);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBeLessThanOrEqual(5);
  });

  it('is not waited out past the request deadline', async () => {
    const h = await start({ env: { REQUEST_DEADLINE_MS: '500' } });
    await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    h.reset();
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'rate-limit', retryAfter: 1, times: 1 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['RATE_LIMITED']);
    expect(result.errors?.[0].extensions?.retryAfter).toBe(1);
    expect(h.apiCalls()).toBe(1);
  });
});

describe('a 429 over the wait cap', () => {
  const start = harnessPerTest();

  it('gives RATE_LIMITED with retryAfter, and the next query fails fast without calling Spotify', async () => {
    const h = await start();
    const { btsId, bigAlbumId } = h.emulator.catalog.fixtures;
    await h.gql(ARTIST, { id: btsId });
    h.reset();
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'rate-limit', retryAfter: 30, times: 1 });

    const [first, firstMs] = await timed(() => h.gql(ARTIST, { id: btsId }));
    expect(codes(first)).toEqual(['RATE_LIMITED']);
    expect(first.data).toEqual({ artist: null });
    expect(first.errors?.[0].path).toEqual(['artist']);
    const retryAfter = first.errors?.[0].extensions?.retryAfter;
    expect(retryAfter).toBeGreaterThanOrEqual(29);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(first.errors?.[0].extensions?.reason).toBeUndefined();
    expect(h.apiCalls()).toBe(1);
    expect(firstMs).toBeLessThan(5000);

    h.reset();
    const [second, secondMs] = await timed(() => h.gql(ALBUM, { id: bigAlbumId }));
    expect(codes(second)).toEqual(['RATE_LIMITED']);
    expect(second.errors?.[0].extensions?.retryAfter).toBeGreaterThanOrEqual(29);
    expect(second.errors?.[0].extensions?.retryAfter).toBeLessThanOrEqual(30);
    expect(second.errors?.[0].message).toMatch(/resume in \d+ s/);
    expect(h.emulator.calls).toHaveLength(0);
    expect(secondMs).toBeLessThan(5000);
  });

  it('reason QUOTA_EXCEEDED reaches extensions.reason, for the 429 and for the pause after it', async () => {
    const h = await start();
    const { btsId, bigAlbumId } = h.emulator.catalog.fixtures;
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'rate-limit', retryAfter: 20, reason: 'QUOTA_EXCEEDED', times: 1 });
    const first = await h.gql(ARTIST, { id: btsId });
    expect(codes(first)).toEqual(['RATE_LIMITED']);
    expect(first.errors?.[0].extensions?.reason).toBe('QUOTA_EXCEEDED');
    expect(first.errors?.[0].extensions?.retryAfter).toBeGreaterThanOrEqual(19);
    expect(first.errors?.[0].extensions?.retryAfter).toBeLessThanOrEqual(20);
    expect(first.errors?.[0].message).toMatch(/quota/i);

    h.reset();
    const second = await h.gql(ALBUM, { id: bigAlbumId });
    expect(codes(second)).toEqual(['RATE_LIMITED']);
    expect(second.errors?.[0].extensions?.reason).toBe('QUOTA_EXCEEDED');
    expect(h.apiCalls()).toBe(0);
  });

  it('a long 429 from the token endpoint pauses API calls as well', async () => {
    const h = await start();
    h.emulator.faults.add({ match: { host: 'accounts' }, kind: 'rate-limit', retryAfter: 30, times: 1 });
    const first = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(first)).toEqual(['RATE_LIMITED']);
    expect(first.errors?.[0].extensions?.retryAfter).toBe(30);
    expect(h.apiCalls()).toBe(0);
    h.reset();
    expect(codes(await h.gql(ALBUM, { id: h.emulator.catalog.fixtures.bigAlbumId }))).toEqual(['RATE_LIMITED']);
    expect(h.emulator.calls).toHaveLength(0);
  });
});

describe('a pause', () => {
  const start = harnessPerTest();

  it('holds every request, calls nobody, and ends by itself', async () => {
    const h = await start({ env: { RATE_LIMIT_WAIT_CAP_SECONDS: '0' } });
    const { btsId, bigAlbumId } = h.emulator.catalog.fixtures;
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'rate-limit', retryAfter: 1, times: 1 });
    expect(codes(await h.gql(ARTIST, { id: btsId }))).toEqual(['RATE_LIMITED']);
    h.reset();
    const during = await Promise.all(Array.from({ length: 20 }, () => h.gql(ALBUM, { id: bigAlbumId })));
    for (const result of during) expect(codes(result)).toEqual(['RATE_LIMITED']);
    expect(h.apiCalls()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const after = await h.gql(ARTIST, { id: btsId });
    expect(after.errors).toBeUndefined();
    expect(h.apiCalls()).toBe(1);
  });

  it('a short 429 from the token endpoint is waited out like any other', async () => {
    const h = await start();
    h.emulator.faults.add({ match: { host: 'accounts' }, kind: 'rate-limit', retryAfter: 1, times: 1 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(result.errors).toBeUndefined();
    expect(h.tokenCalls()).toBe(2);
  });
});

describe('RATE_LIMIT_WAIT_CAP_SECONDS', () => {
  const start = harnessPerTest();

  it('0: even Retry-After 1 is not waited out', async () => {
    const h = await start({ env: { RATE_LIMIT_WAIT_CAP_SECONDS: '0' } });
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'rate-limit', retryAfter: 1, times: 1 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['RATE_LIMITED']);
    expect(result.errors?.[0].extensions?.retryAfter).toBe(1);
    expect(h.apiCalls()).toBe(1);
  });

  it('1: Retry-After 1 is waited out, Retry-After 2 is not', async () => {
    const h = await start({ env: { RATE_LIMIT_WAIT_CAP_SECONDS: '1' } });
    const { btsId } = h.emulator.catalog.fixtures;
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'rate-limit', retryAfter: 1, times: 1 });
    const waited = await h.gql(ARTIST, { id: btsId });
    expect(waited.errors).toBeUndefined();
    expect(apiStatuses(h)).toEqual([429, 200]);

    h.reset();
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'rate-limit', retryAfter: 2, times: 1 });
    const refused = await h.gql(ARTIST, { id: btsId });
    expect(codes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.errors?.[0].extensions?.retryAfter).toBe(2);
    expect(apiStatuses(h)).toEqual([429]);
  });
});

describe('UPSTREAM_REQUESTS_PER_30S', () => {
  const start = harnessPerTest();

  it('3: the 4th call fails with RATE_LIMITED without reaching Spotify', async () => {
    const h = await start({ env: { UPSTREAM_REQUESTS_PER_30S: '3' } });
    const artists = h.emulator.catalog.artists.slice(0, 4);
    for (const artist of artists.slice(0, 3)) {
      expect((await h.gql(ARTIST, { id: artist.id })).data.artist.name).toBe(artist.name);
    }
    expect(h.apiCalls()).toBe(3);
    const [fourth, ms] = await timed(() => h.gql(ARTIST, { id: artists[3].id }));
    expect(codes(fourth)).toEqual(['RATE_LIMITED']);
    expect(fourth.errors?.[0].extensions?.reason).toBe('GATEWAY_BUDGET');
    const retryAfter = fourth.errors?.[0].extensions?.retryAfter;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(h.apiCalls()).toBe(3);
    // Fails at once: the window frees a slot only after the request's deadline.
    expect(ms).toBeLessThan(5000);
  });

  it('counts calls, not requests: one request needing 4 calls gets 3 answers and 1 RATE_LIMITED', async () => {
    const h = await start({ env: { UPSTREAM_REQUESTS_PER_30S: '3' } });
    const [a, b, c, d] = h.emulator.catalog.artists.slice(0, 4).map((artist) => artist.id);
    const result = await h.gql('query($a: ID!, $b: ID!, $c: ID!, $d: ID!) { a: artist(id: $a) { name } b: artist(id: $b) { name } c: artist(id: $c) { name } d: artist(id: $d) { name } }', { a, b, c, d });
    expect(codes(result)).toEqual(['RATE_LIMITED']);
    expect(Object.values(result.data).filter((value) => value === null)).toHaveLength(1);
    expect(h.apiCalls()).toBe(3);
  });

  // A retry is one more call to Spotify: it is admitted through the budget like the first.
  it('2: a retried 500 uses up the budget like any other call', async () => {
    const h = await start({ env: { UPSTREAM_REQUESTS_PER_30S: '2' } });
    const [one, two] = h.emulator.catalog.artists.slice(0, 2);
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'status', status: 500, times: 1 });
    expect((await h.gql(ARTIST, { id: one.id })).errors).toBeUndefined();
    expect(apiStatuses(h)).toEqual([500, 200]);
    const second = await h.gql(ARTIST, { id: two.id });
    expect(h.apiCalls()).toBeLessThanOrEqual(2);
    expect(codes(second)).toEqual(['RATE_LIMITED']);
  });
});
