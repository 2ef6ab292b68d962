// Upstream faults over real HTTP: what is retried (5xx, dropped sockets, broken bodies), what
// is not (4xx), timeouts and the request deadline, and how errors stay with their field.

import { describe, expect, it } from 'vitest';
import type { FaultRule } from 'spotify-emulator';
import { apiStatuses, codes, harnessPerTest, timed, type Harness } from '../../helpers/harness.js';

const ARTIST = 'query($id: ID!) { artist(id: $id) { name } }';
const ARTIST_ENDPOINT = 'GET /v1/artists/{id}';
const ALBUM_ENDPOINT = 'GET /v1/albums/{id}';

/** A harness whose token is already fetched and whose call log is empty. */
async function warm(start: ReturnType<typeof harnessPerTest>, env: Record<string, string> = {}): Promise<Harness> {
  const h = await start({ env });
  expect((await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId })).errors).toBeUndefined();
  h.reset();
  return h;
}

describe('transient faults are retried', () => {
  const start = harnessPerTest();

  it.each([500, 502, 503, 504])('%i once, then data', async (status) => {
    const retries: unknown[] = [];
    const h = await start({ events: { retry: (info) => retries.push(info) } });
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'status', status, times: 1 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(result.errors).toBeUndefined();
    expect(result.data.artist.name).toBe('BTS');
    expect(apiStatuses(h)).toEqual([status, 200]);
    expect(retries).toMatchObject([{ endpoint: 'artist', reason: `status ${status}`, attempt: 1 }]);
  });

  it.each<[string, FaultRule['kind']]>([
    ['a dropped socket', 'drop'],
    ['a body that is not JSON', 'not-json'],
    ['a body cut short', 'truncated'],
  ])('%s once, then data', async (_name, kind) => {
    const h = await warm(start);
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind, times: 1 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(result.errors).toBeUndefined();
    expect(result.data.artist.name).toBe('BTS');
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(2);
    expect(h.tokenCalls()).toBe(0);
  });

  it('slow headers once, beyond UPSTREAM_TIMEOUT_MS, then a prompt retry with data', async () => {
    const h = await warm(start, { UPSTREAM_TIMEOUT_MS: '200', UPSTREAM_RETRIES: '1' });
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'slow-headers', latencyMs: 3000, times: 1 });
    const [result, ms] = await timed(() => h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId }));
    expect(result.errors).toBeUndefined();
    expect(result.data.artist.name).toBe('BTS');
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(2);
    // The first attempt was given up after its 200 ms, long before the emulator's 3 s.
    expect(ms).toBeLessThan(2500);
  });
});

describe('persistent faults', () => {
  const start = harnessPerTest();

  it.each([
    ['0', 1],
    ['2', 3],
  ])('503 with UPSTREAM_RETRIES=%s gives UPSTREAM_UNAVAILABLE after %i attempt(s)', async (retries, attempts) => {
    const h = await warm(start, { UPSTREAM_RETRIES: retries });
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'status', status: 503 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(result.data).toEqual({ artist: null });
    expect(result.errors?.[0].path).toEqual(['artist']);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(attempts);
  });

  it('dropped sockets every time give UPSTREAM_UNAVAILABLE after 1 + UPSTREAM_RETRIES attempts', async () => {
    const h = await warm(start, { UPSTREAM_RETRIES: '1' });
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'drop' });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(2);
  });

  it('slow headers beyond UPSTREAM_TIMEOUT_MS give UPSTREAM_TIMEOUT after 1 + UPSTREAM_RETRIES attempts', async () => {
    const h = await warm(start, { UPSTREAM_TIMEOUT_MS: '200', UPSTREAM_RETRIES: '1' });
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'slow-headers', latencyMs: 5000 });
    const [result, ms] = await timed(() => h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId }));
    expect(codes(result)).toEqual(['UPSTREAM_TIMEOUT']);
    expect(result.data).toEqual({ artist: null });
    expect(result.errors?.[0].path).toEqual(['artist']);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(2);
    // Two attempts of 200 ms and a backoff, not the 5 s the emulator would take.
    expect(ms).toBeGreaterThanOrEqual(400);
    expect(ms).toBeLessThan(2500);
  });

  it('a body that stalls beyond UPSTREAM_TIMEOUT_MS gives UPSTREAM_TIMEOUT', async () => {
    const h = await warm(start, { UPSTREAM_TIMEOUT_MS: '200', UPSTREAM_RETRIES: '0' });
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'slow-body', latencyMs: 5000 });
    const [result, ms] = await timed(() => h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId }));
    expect(codes(result)).toEqual(['UPSTREAM_TIMEOUT']);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(1);
    expect(ms).toBeLessThan(2500);
  });
});

describe('the request deadline', () => {
  const start = harnessPerTest();

  it('stops retries of a persistent 503 long before UPSTREAM_RETRIES runs out', async () => {
    const h = await warm(start, { REQUEST_DEADLINE_MS: '400', UPSTREAM_RETRIES: '10' });
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'status', status: 503 });
    const [result, ms] = await timed(() => h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId }));
    expect(codes(result)).toEqual(['UPSTREAM_UNAVAILABLE']);
    const attempts = h.apiCalls(ARTIST_ENDPOINT);
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThan(11);
    expect(ms).toBeLessThan(2500);
  });

  it('answers a hanging upstream at the deadline: UPSTREAM_TIMEOUT after one attempt', async () => {
    const h = await warm(start, { REQUEST_DEADLINE_MS: '300', UPSTREAM_TIMEOUT_MS: '5000', UPSTREAM_RETRIES: '10' });
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'slow-headers', latencyMs: 5000 });
    const [result, ms] = await timed(() => h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId }));
    expect(codes(result)).toEqual(['UPSTREAM_TIMEOUT']);
    expect(result.data).toEqual({ artist: null });
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(1);
    expect(ms).toBeGreaterThanOrEqual(250);
    // At the deadline, not after the emulator's 5 s.
    expect(ms).toBeLessThan(2500);
  });

  it('bounds head and body together: both just in time still make a late attempt', async () => {
    const h = await warm(start, { REQUEST_DEADLINE_MS: '400', UPSTREAM_TIMEOUT_MS: '5000', UPSTREAM_RETRIES: '0' });
    // Head after 300 ms, the rest of the body 300 ms later: each inside the 400 ms left,
    // together well past it.
    h.emulator.faults.add([
      { match: { endpoint: ARTIST_ENDPOINT }, kind: 'latency', latencyMs: 300 },
      { match: { endpoint: ARTIST_ENDPOINT }, kind: 'slow-body', latencyMs: 300 },
    ]);
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['UPSTREAM_TIMEOUT']);
    expect(result.data).toEqual({ artist: null });
  });

  it('bounds each attempt by UPSTREAM_TIMEOUT_MS, head and body together', async () => {
    const h = await warm(start, { UPSTREAM_TIMEOUT_MS: '400', UPSTREAM_RETRIES: '0' });
    h.emulator.faults.add([
      { match: { endpoint: ARTIST_ENDPOINT }, kind: 'latency', latencyMs: 300 },
      { match: { endpoint: ARTIST_ENDPOINT }, kind: 'slow-body', latencyMs: 300 },
    ]);
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['UPSTREAM_TIMEOUT']);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(1);
  });
});

describe('answers that are not retried', () => {
  const start = harnessPerTest();

  it.each([
    [400, 'BAD_USER_INPUT'],
    [403, 'FORBIDDEN'],
  ])('%i is answered once, as %s', async (status, code) => {
    const h = await warm(start);
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'status', status, times: 1 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual([code]);
    expect(result.data).toEqual({ artist: null });
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(1);
  });

  it('an unknown id is null with no error, after one call', async () => {
    const h = await warm(start);
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.unknownId });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ artist: null });
    expect(apiStatuses(h)).toEqual([404]);
  });

  it('unknown ids are null in Extended Quota Mode too, where several-items calls answer null', async () => {
    const h = await start({ emulator: { mode: 'extended' } });
    const { unknownId, btsId } = h.emulator.catalog.fixtures;
    const result = await h.gql('query($u: ID!, $b: ID!) { u: artist(id: $u) { name } b: artist(id: $b) { name } a: album(id: $u) { name } }', { u: unknownId, b: btsId });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ u: null, b: { name: 'BTS' }, a: null });
  });
});

describe('errors stay with their field', () => {
  const start = harnessPerTest();

  it('a failing artist does not fail its sibling album', async () => {
    const h = await warm(start, { UPSTREAM_RETRIES: '1' });
    const { btsId, bigAlbumId } = h.emulator.catalog.fixtures;
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'status', status: 503 });
    const result = await h.gql('query($x: ID!, $y: ID!) { a: artist(id: $x) { name } b: album(id: $y) { name } }', { x: btsId, y: bigAlbumId });
    expect(result.data.a).toBeNull();
    expect(result.data.b.name).toBe(h.emulator.catalog.albums.find((album) => album.id === bigAlbumId)!.name);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ path: ['a'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(2);
    expect(h.apiCalls(ALBUM_ENDPOINT)).toBe(1);
  });

  it('a timing-out artist does not fail its sibling album', async () => {
    const h = await warm(start, { UPSTREAM_TIMEOUT_MS: '150', UPSTREAM_RETRIES: '0' });
    const { btsId, bigAlbumId } = h.emulator.catalog.fixtures;
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'slow-headers', latencyMs: 5000 });
    const result = await h.gql('query($x: ID!, $y: ID!) { a: artist(id: $x) { name } b: album(id: $y) { name } }', { x: btsId, y: bigAlbumId });
    expect(result.data.a).toBeNull();
    expect(result.data.b).not.toBeNull();
    expect(result.errors).toMatchObject([{ path: ['a'], extensions: { code: 'UPSTREAM_TIMEOUT' } }]);
  });

  it('in one list, a failing id nulls its own item only', async () => {
    const h = await warm(start, { UPSTREAM_RETRIES: '0' });
    const [one, two, three] = h.emulator.catalog.artists.slice(4, 7).map((artist) => artist.id);
    // The first single-item call fails; the other two go through.
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'status', status: 500, times: 1 });
    const result = await h.gql('query($ids: [ID!]!) { artists(ids: $ids) { id } }', { ids: [one, two, three] });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    const failed = result.errors?.[0].path?.[1] as number;
    expect(result.data.artists[failed]).toBeNull();
    expect(result.data.artists.filter((artist: unknown) => artist !== null)).toHaveLength(2);
  });
});

describe('refused before any call', () => {
  const start = harnessPerTest();

  it('topTracks is FORBIDDEN in Development Mode, explains why, and makes no top-tracks call', async () => {
    const h = await start({ emulator: { mode: 'development' } });
    const result = await h.gql('query($id: ID!) { artist(id: $id) { name topTracks(market: "US") { name } } }', {
      id: h.emulator.catalog.fixtures.btsId,
    });
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors?.[0].path).toEqual(['artist', 'topTracks']);
    expect(result.errors?.[0].message).toMatch(/Development Mode/);
    expect(result.errors?.[0].message).toMatch(/Extended Quota Mode|SPOTIFY_APP_MODE=extended/);
    expect(h.apiCalls('GET /v1/artists/{id}/top-tracks')).toBe(0);
    expect(h.apiCalls()).toBe(h.apiCalls(ARTIST_ENDPOINT));
  });

  it('topTracks works in Extended Quota Mode', async () => {
    const h = await start({ emulator: { mode: 'extended' } });
    const result = await h.gql('query($id: ID!) { artist(id: $id) { topTracks(market: "US") { name album { name } } } }', {
      id: h.emulator.catalog.fixtures.btsId,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.artist.topTracks.length).toBeGreaterThan(0);
    expect(h.apiCalls('GET /v1/artists/{id}/top-tracks')).toBe(1);
  });

  it.each([
    ['a short id', '{ artist(id: "abc") { name } }'],
    ['an id with a bad character', '{ album(id: "4iV5W9uYEdYUVa79Axb7R!") { name } }'],
    ['an id one character too long', '{ track(id: "4iV5W9uYEdYUVa79Axb7Rhh") { name } }'],
    ['a bad id in a list', '{ artists(ids: ["4iV5W9uYEdYUVa79Axb7Rh", "nope"]) { name } }'],
    ['a lower-case market', '{ album(id: "4iV5W9uYEdYUVa79Axb7Rh", market: "us") { name } }'],
    ['a three-letter market', '{ track(id: "4iV5W9uYEdYUVa79Axb7Rh", market: "USA") { name } }'],
    ['a bad search market', '{ search(query: "BTS", market: "U1") { artists(first: 1) { totalCount } } }'],
  ])('%s is BAD_USER_INPUT with zero upstream calls', async (_name, query) => {
    const h = await start();
    const result = await h.gql(query);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(h.apiCalls()).toBe(0);
    expect(h.tokenCalls()).toBe(0);
  });
});
