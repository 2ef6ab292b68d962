import { describe, expect, it } from 'vitest';
import { createInMemoryCache } from '../../src/cache/response-cache.js';
import { codes, harnessPerTest } from '../helpers/harness.js';

const SEARCH = 'query($q: String!) { search(query: $q) { artists(first: 5) { edges { node { id name } } } } }';
const ARTIST_IMAGES = 'query($id: ID!) { artist(id: $id) { name images { url } } }';
const ALBUM_ARTISTS = 'query($id: ID!) { album(id: $id) { tracks(first: 40) { edges { node { artists { id images { url } } } } } } }';

describe('cross-request caches', () => {
  const start = harnessPerTest();

  it('answers a repeated operation from the response cache with no upstream call', async () => {
    const h = await start({ env: { CACHE_TTL_SECONDS: '60' } });
    const first = await h.gql(SEARCH, { q: 'BTS' });
    h.reset();
    const second = await h.gql(SEARCH, { q: 'BTS' });
    expect(second).toEqual(first);
    expect(h.emulator.calls).toHaveLength(0);
    await h.gql(SEARCH, { q: 'love' });
    expect(h.apiCalls('GET /v1/search')).toBe(1);
  });

  it('keys responses by app mode', async () => {
    const shared = createInMemoryCache();
    const dev = await start({ emulator: { mode: 'development' }, env: { CACHE_TTL_SECONDS: '60' }, gateway: { responseCache: shared } });
    const ext = await start({ emulator: { mode: 'extended' }, env: { CACHE_TTL_SECONDS: '60' }, gateway: { responseCache: shared } });
    await dev.gql(SEARCH, { q: 'BTS' });
    await ext.gql(SEARCH, { q: 'BTS' });
    expect(ext.apiCalls('GET /v1/search')).toBe(1);
    ext.reset();
    await ext.gql(SEARCH, { q: 'BTS' });
    expect(ext.emulator.calls).toHaveLength(0);
  });

  it('never stores a response with errors', async () => {
    const h = await start({ env: { CACHE_TTL_SECONDS: '60', UPSTREAM_RETRIES: '0' } });
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'status', status: 500, times: 1 });
    expect(codes(await h.gql(SEARCH, { q: 'BTS' }))).toEqual(['UPSTREAM_UNAVAILABLE']);
    const retry = await h.gql(SEARCH, { q: 'BTS' });
    expect(retry.errors).toBeUndefined();
    expect(h.apiCalls('GET /v1/search')).toBe(2);
  });

  it('serves full artists fetched by an earlier request from the catalog cache', async () => {
    const h = await start({ env: { CACHE_TTL_SECONDS: '60' } });
    const { btsId, bigAlbumId } = h.emulator.catalog.fixtures;
    await h.gql(ALBUM_ARTISTS, { id: bigAlbumId });
    const firstRun = h.apiCalls('GET /v1/artists/{id}');
    expect(firstRun).toBeGreaterThanOrEqual(30);
    h.reset();
    // A different operation (so no response-cache hit) over the same artists and album.
    const again = await h.gql(ALBUM_ARTISTS.replace('images { url }', 'name images { url }'), { id: bigAlbumId });
    expect(again.errors).toBeUndefined();
    expect(h.emulator.calls).toHaveLength(0);
    await h.gql(ARTIST_IMAGES, { id: btsId });
    expect(h.apiCalls('GET /v1/artists/{id}')).toBe(1);
  });

  it('are all off with CACHE_TTL_SECONDS=0', async () => {
    const h = await start({ env: { CACHE_TTL_SECONDS: '0' } });
    const { btsId } = h.emulator.catalog.fixtures;
    await h.gql(ARTIST_IMAGES, { id: btsId });
    await h.gql(ARTIST_IMAGES, { id: btsId });
    await h.gql(ARTIST_IMAGES.replace('name', 'name uri'), { id: btsId });
    expect(h.apiCalls('GET /v1/artists/{id}')).toBe(3);
  });

  it('evicts the oldest responses past RESPONSE_CACHE_MAX_ENTRIES', async () => {
    const h = await start({ env: { CACHE_TTL_SECONDS: '60', RESPONSE_CACHE_MAX_ENTRIES: '2' } });
    for (const q of ['BTS', 'love', 'night', 'BTS']) await h.gql(SEARCH, { q });
    expect(h.apiCalls('GET /v1/search')).toBe(4);
    h.reset();
    await h.gql(SEARCH, { q: 'night' });
    expect(h.emulator.calls).toHaveLength(0);
  });
});
