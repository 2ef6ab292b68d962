import { describe, expect, it } from 'vitest';
import { inProcessResponseCache } from '../../src/state/response-storage.js';
import { exampleClientDocuments } from '../../src/http/shipped-documents.js';
import { MemoryStore } from '../../src/state/memory-store.js';
import { codes, harnessPerTest, type Harness } from '../helpers/harness.js';

const SEARCH = 'query($q: String!) { search(query: $q) { artists(first: 5) { edges { node { id name } } } } }';

/** A search for BTS posted straight to the gateway, with `headers`, for its HTTP answer. */
const postSearch = (h: Harness, query: string, headers: Record<string, string>) =>
  h.gateway.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables: { q: 'BTS' } }),
  });
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

  it('answers a hit with the very bytes of the first answer', async () => {
    const h = await start({ env: { CACHE_TTL_SECONDS: '60' } });
    const text = async () =>
      (
        await h.gateway.yoga.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: SEARCH, variables: { q: 'BTS' } }),
        })
      ).text();
    const miss = await text();
    expect(JSON.parse(miss).data.search.artists.edges[0].node.name).toBe('BTS');
    expect(await text()).toBe(miss);
    expect(await text()).toBe(miss);
    expect(h.apiCalls('GET /v1/search')).toBe(1);
  });

  it('keys persisted operations by their text, not by their (absent) query', async () => {
    const h = await start({ env: { CACHE_TTL_SECONDS: '60' } });
    const manifest = [...exampleClientDocuments()];
    const idOf = (name: string) => manifest.find(([, text]) => text.includes(`query ${name}(`))![0];
    // The same variables for both (each ignores the other's), so only the operation tells them apart.
    const variables = { query: 'BTS', id: h.emulator.catalog.fixtures.bigAlbumId, first: 2 };
    const send = async (documentId: string) =>
      (
        await h.gateway.yoga.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ documentId, variables }),
        })
      ).json();
    expect((await send(idOf('SearchArtists'))).data.search.artists.edges).toHaveLength(2);
    expect((await send(idOf('AlbumWithTracks'))).data.album.id).toBe(variables.id);
    h.reset();
    expect((await send(idOf('SearchArtists'))).data.search).toBeDefined();
    expect(h.emulator.calls).toHaveLength(0);
  });

  it('keys responses by app mode', async () => {
    const shared = inProcessResponseCache(1000);
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

  it('never stores a RATE_LIMITED answer: once the pause is over, Spotify is asked again', async () => {
    const h = await start({ env: { CACHE_TTL_SECONDS: '60', RATE_LIMIT_WAIT_CAP_SECONDS: '0' } });
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'rate-limit', retryAfter: 1, times: 1 });
    expect(codes(await h.gql(SEARCH, { q: 'BTS' }))).toEqual(['RATE_LIMITED']);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const after = await h.gql(SEARCH, { q: 'BTS' });
    expect(after.errors).toBeUndefined();
    expect(after.data.search.artists.edges[0].node.name).toBe('BTS');
    expect(h.apiCalls('GET /v1/search')).toBe(2);
  });

  it('answers a revalidation with the ETag it gave with 304 and no body, calling nobody', async () => {
    const h = await start({ env: { CACHE_TTL_SECONDS: '60' } });
    const post = (headers: Record<string, string> = {}) => postSearch(h, SEARCH, headers);
    const first = await post();
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    h.reset();
    const again = await post({ 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(h.emulator.calls).toHaveLength(0);
    // An ETag it never gave is answered in full.
    expect((await post({ 'if-none-match': 'not-an-etag' })).status).toBe(200);
  });

  it('gives a quoted ETag, weak on a compressed answer, and answers either back with 304', async () => {
    const h = await start({ env: { CACHE_TTL_SECONDS: '60' } });
    // Large enough an answer to be compressed.
    const query = SEARCH.replace('first: 5', 'first: 10').replace('id name', 'id name uri images { url width height }');
    const post = (headers: Record<string, string> = {}) => postSearch(h, query, headers);
    const plain = (await post()).headers.get('etag')!;
    expect(plain).toMatch(/^"[^"]+"$/);
    const compressed = await post({ 'accept-encoding': 'gzip' });
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
    const weak = compressed.headers.get('etag')!;
    expect(weak).toBe(`W/${plain}`);
    h.reset();
    for (const tag of [weak, plain]) {
      const again = await post({ 'if-none-match': tag, 'accept-encoding': 'gzip' });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toMatch(/^(W\/)?"[^"]+"$/);
    }
    expect(h.emulator.calls).toHaveLength(0);
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

  it('keeps the catalog cache within its store\'s bound, evicting the least recently used', async () => {
    const h = await start({ env: { CACHE_TTL_SECONDS: '60' }, gateway: { store: new MemoryStore(2) } });
    const { btsId, btsWorldId, btscId } = h.emulator.catalog.fixtures;
    for (const id of [btsId, btsWorldId, btscId]) await h.gql(ARTIST_IMAGES, { id });
    expect(h.apiCalls('GET /v1/artists/{id}')).toBe(3);
    h.reset();
    // Another operation text, so the response cache cannot answer: only the catalog can.
    const other = ARTIST_IMAGES.replace('name', 'name uri');
    await h.gql(other, { id: btscId });
    expect(h.emulator.calls).toHaveLength(0);
    await h.gql(other, { id: btsId });
    expect(h.apiCalls('GET /v1/artists/{id}')).toBe(1);
  });

  it('evicts the oldest responses past RESPONSE_CACHE_MAX_ENTRIES', async () => {
    const h = await start({ env: { CACHE_TTL_SECONDS: '60', RESPONSE_CACHE_MAX_ENTRIES: '2' } });
    // Searches are also kept by Spotify's own max-age, so calls to Spotify cannot tell the
    // response cache's hits apart: its lookups at /metrics can.
    const responseHits = async () => {
      const text = await (await h.gateway.yoga.fetch('http://gateway.test/metrics')).text();
      return Number(/gateway_cache_lookups_total\{cache="response",result="hit"\} (\d+)/.exec(text)?.[1] ?? 0);
    };
    for (const q of ['BTS', 'love', 'night']) await h.gql(SEARCH, { q });
    await h.gql(SEARCH, { q: 'night' });
    expect(await responseHits()).toBe(1);
    // 'BTS' was the oldest of three past a bound of two: it is executed again, not answered from the cache.
    await h.gql(SEARCH, { q: 'BTS' });
    expect(await responseHits()).toBe(1);
    await h.gql(SEARCH, { q: 'BTS' });
    expect(await responseHits()).toBe(2);
  });
});
