import { afterEach, describe, expect, it } from 'vitest';
import type { FaultRule } from '../../src/emulator/server.js';
import { codes, startHarness, type Harness } from '../helpers/harness.js';

const ARTIST = 'query($id: ID!) { artist(id: $id) { name } }';
const ARTIST_ENDPOINT = 'GET /v1/artists/{id}';

describe('transient upstream faults are retried', () => {
  let h: Harness;
  afterEach(() => h?.close());

  it.each<[string, FaultRule]>([
    ['500', { kind: 'status', status: 500 }],
    ['502', { kind: 'status', status: 502 }],
    ['503', { kind: 'status', status: 503 }],
    ['504', { kind: 'status', status: 504 }],
    ['a dropped socket', { kind: 'drop' }],
    ['a body that is not JSON', { kind: 'not-json' }],
    ['a body cut short', { kind: 'truncated' }],
  ])('%s once, then data', async (_name, rule) => {
    h = await startHarness();
    h.emulator.faults.add({ ...rule, match: { endpoint: ARTIST_ENDPOINT }, times: 1 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(result.errors).toBeUndefined();
    expect(result.data.artist.name).toBe('BTS');
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(2);
  });

  it('gives UPSTREAM_UNAVAILABLE after 1 + UPSTREAM_RETRIES attempts', async () => {
    h = await startHarness({ env: { UPSTREAM_RETRIES: '2' } });
    h.emulator.faults.add({ kind: 'status', status: 503, match: { endpoint: ARTIST_ENDPOINT } });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(3);
  });

  it.each<[string, FaultRule]>([
    ['slow headers', { kind: 'slow-headers', latencyMs: 1500 }],
    ['a slow body', { kind: 'slow-body', latencyMs: 1500 }],
  ])('gives UPSTREAM_TIMEOUT for %s', async (_name, rule) => {
    h = await startHarness({ env: { UPSTREAM_TIMEOUT_MS: '200', UPSTREAM_RETRIES: '1' } });
    h.emulator.faults.add({ ...rule, match: { endpoint: ARTIST_ENDPOINT } });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['UPSTREAM_TIMEOUT']);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(2);
  });

  it('stops retrying when the request deadline runs out', async () => {
    h = await startHarness({ env: { REQUEST_DEADLINE_MS: '300', UPSTREAM_TIMEOUT_MS: '5000', UPSTREAM_RETRIES: '10' } });
    h.emulator.faults.add({ kind: 'slow-headers', latencyMs: 2000, match: { endpoint: ARTIST_ENDPOINT } });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['UPSTREAM_TIMEOUT']);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(1);
  });
});

describe('errors stay with their field', () => {
  let h: Harness;
  afterEach(() => h?.close());

  it('a failing field does not fail its siblings', async () => {
    h = await startHarness({ env: { UPSTREAM_RETRIES: '0' } });
    const { btsId, bigAlbumId } = h.emulator.catalog.fixtures;
    h.emulator.faults.add({ kind: 'status', status: 500, match: { endpoint: ARTIST_ENDPOINT } });
    const result = await h.gql('query($a: ID!, $b: ID!) { a: artist(id: $a) { name } b: album(id: $b) { name } }', { a: btsId, b: bigAlbumId });
    expect(result.data.a).toBeNull();
    expect(result.data.b.name).toBeTruthy();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ path: ['a'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });

  it('top tracks are FORBIDDEN in Development Mode, saying why, without a call', async () => {
    h = await startHarness({ emulator: { mode: 'development' } });
    const result = await h.gql('query($id: ID!) { artist(id: $id) { topTracks(market: "US") { name } } }', { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors?.[0].message).toMatch(/Development Mode/);
    expect(h.apiCalls('GET /v1/artists/{id}/top-tracks')).toBe(0);
  });

  it('top tracks work in Extended Quota Mode', async () => {
    h = await startHarness({ emulator: { mode: 'extended' } });
    const result = await h.gql('query($id: ID!) { artist(id: $id) { topTracks(market: "US") { name album { name } } } }', { id: h.emulator.catalog.fixtures.btsId });
    expect(result.errors).toBeUndefined();
    expect(result.data.artist.topTracks.length).toBeGreaterThan(0);
  });

  it('an unknown id is null without an error', async () => {
    h = await startHarness();
    const { unknownId } = h.emulator.catalog.fixtures;
    const result = await h.gql('query($id: ID!) { artist(id: $id) { name } album(id: $id) { name } track(id: $id) { name } }', { id: unknownId });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ artist: null, album: null, track: null });
  });

  it.each([
    ['a malformed id', 'query { artist(id: "abc") { name } }'],
    ['an id with a bad character', 'query { track(id: "4iV5W9uYEdYUVa79Axb7R!") { name } }'],
    ['a lower-case market', 'query { track(id: "4iV5W9uYEdYUVa79Axb7Rh", market: "us") { name } }'],
    ['an empty search', 'query { search(query: "  ") { artists { totalCount } } }'],
    ['a bad search market', 'query { search(query: "BTS", market: "USA") { artists { totalCount } } }'],
  ])('%s is BAD_USER_INPUT with no upstream call', async (_name, query) => {
    h = await startHarness();
    const result = await h.gql(query);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(h.apiCalls()).toBe(0);
    expect(h.tokenCalls()).toBe(0);
  });
});
