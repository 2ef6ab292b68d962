// The quota shield, over real HTTP against the emulator: one call per fact across requests,
// stale-while-revalidate, stale-if-error through a quota ban and an outage (marked in
// extensions.stale, never a user's data), Spotify's own max-age on search, and a changed
// playlist shown at once. Counts come from the emulator's call log.
import { describe, expect, it } from 'vitest';
import { bearer, tokenOf } from '../helpers/users.js';
import { codes, harnessPerTest, type GraphQLResult, type Harness } from '../helpers/harness.js';

const ARTIST_ENDPOINT = 'GET /v1/artists/{id}';
const ARTIST = 'query($id: ID!) { artist(id: $id) { id name } }';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits (polling, no stopwatch) until the emulator has logged `count` calls to `endpoint`. */
async function callsReach(h: Harness, endpoint: string, count: number): Promise<void> {
  for (let i = 0; i < 200 && h.apiCalls(endpoint) < count; i++) await sleep(10);
}

async function counter(h: Harness, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = h.gateway.metrics.registry.getSingleMetric(name);
  const values = (await metric!.get()).values.filter((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x));
  return values.reduce((sum, v) => sum + v.value, 0);
}

const staleOf = (result: GraphQLResult & { extensions?: { stale?: { path: string; ageSeconds: number; reason: string }[] } }) => result.extensions?.stale;

describe('one call per fact across requests', () => {
  const start = harnessPerTest();

  it('100 concurrent cold queries for one artist, through different texts and fields, make one call and get 100 answers', async () => {
    const h = await start({ emulator: { mode: 'development' }, env: { CACHE_TTL_SECONDS: '300' } });
    const artist = h.emulator.catalog.artists[3];
    // A slow Spotify: every request arrives while the first call is on its way.
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'latency', latencyMs: 400 });
    const asks = [
      () => h.gql(ARTIST, { id: artist.id }),
      () => h.gql('query Named($id: ID!) { artist(id: $id) { name } }', { id: artist.id }),
      () => h.gql('query($ids: [ID!]!) { artists(ids: $ids) { name } }', { ids: [artist.id] }),
      () => h.gql('query($link: String!) { lookup(link: $link) { ... on Artist { name } } }', { link: `spotify:artist:${artist.id}` }),
    ];
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => asks[i % asks.length]()));
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result.data)).toContain(JSON.stringify(artist.name));
    }
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(1);
    expect(await counter(h, 'spotify_calls_shared_total', { endpoint: 'artist' })).toBeGreaterThan(0);
  });

  it("one waiter's abort does not cancel the call the others wait for", async () => {
    const h = await start({ emulator: { mode: 'development' }, env: { CACHE_TTL_SECONDS: '300' } });
    const artist = h.emulator.catalog.artists[4];
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'latency', latencyMs: 400 });
    const leaving = new AbortController();
    const first = Promise.resolve(
      h.gateway.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: ARTIST, variables: { id: artist.id } }),
        signal: leaving.signal,
      }),
    )
      .then((response) => response.json())
      .catch((error: Error) => error);
    // The first request has started the call; the second joins it; then the first leaves.
    await callsReach(h, ARTIST_ENDPOINT, 1);
    const second = h.gql(ARTIST, { id: artist.id });
    await sleep(20);
    leaving.abort();
    const answer = await second;
    await first;
    expect(answer.errors).toBeUndefined();
    expect(answer.data.artist.name).toBe(artist.name);
    expect(h.emulator.calls.filter((c) => c.endpoint === ARTIST_ENDPOINT).map((c) => c.status)).toEqual([200]);
  });

  it('a repeated search within the max-age Spotify sent makes no call', async () => {
    const h = await start({ env: { CACHE_TTL_SECONDS: '300' } });
    const one = await h.gql('{ search(query: "BTS") { artists(first: 2) { edges { node { name } } } } }');
    // Another text (no response-cache hit), the same search window.
    const two = await h.gql('query Again { search(query: "BTS") { artists(first: 2) { edges { node { id name } } } } }');
    expect(one.errors).toBeUndefined();
    expect(two.data.search.artists.edges.map((e: any) => e.node.name)).toEqual(one.data.search.artists.edges.map((e: any) => e.node.name));
    expect(h.apiCalls('GET /v1/search')).toBe(1);
  });

  it('a changed playlist shows its change at once: revalidated with If-None-Match, a 200 with the new body', async () => {
    const h = await start({ env: { CACHE_TTL_SECONDS: '300' } });
    const sora = bearer(tokenOf(h, 'sora'));
    const created = await h.gql('mutation { createPlaylist(name: "Before", public: true) { id } }', {}, sora);
    const { id } = created.data.createPlaylist;
    const READ = 'query($id: ID!) { playlist(id: $id) { name } }';
    expect((await h.gql(READ, { id })).data.playlist.name).toBe('Before');
    expect((await h.gql(READ, { id })).data.playlist.name).toBe('Before');
    await h.gql(`mutation { updatePlaylistDetails(playlistId: "${id}", name: "After") }`, {}, sora);
    expect((await h.gql(READ, { id })).data.playlist.name).toBe('After');
    const reads = h.emulator.calls.filter((c) => c.endpoint === 'GET /v1/playlists/{id}');
    expect(reads.map((c) => c.status)).toEqual([200, 304, 200]);
  });
});

describe('stale-while-revalidate', () => {
  const start = harnessPerTest();

  it('serves a fact past its TTL at once, marked revalidating, while one refresh runs; the next request sees the refreshed one', async () => {
    const h = await start({ emulator: { mode: 'development' }, env: { CACHE_TTL_SECONDS: '1', CACHE_STALE_WHILE_REVALIDATE_SECONDS: '60' } });
    const artist = h.emulator.catalog.artists[5];
    expect((await h.gql(ARTIST, { id: artist.id })).data.artist.name).toBe(artist.name);
    await sleep(1100);
    // Spotify slow now: the stale answer does not wait for it.
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'latency', latencyMs: 300 });
    const served = await h.gql(ARTIST, { id: artist.id });
    expect(served.data.artist.name).toBe(artist.name);
    expect(staleOf(served)).toEqual([{ path: `/artists/${artist.id}`, ageSeconds: 1, reason: 'revalidating' }]);
    await callsReach(h, ARTIST_ENDPOINT, 2);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(2);
    // The refresh completes in the background; the response served stale was not kept.
    await sleep(400);
    const next = await h.gql(ARTIST, { id: artist.id });
    expect(staleOf(next)).toBeUndefined();
    expect(next.data.artist.name).toBe(artist.name);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(2);
    expect(await counter(h, 'gateway_stale_answers_total', { reason: 'revalidating' })).toBe(1);
  });
});

describe('stale-if-error', () => {
  const start = harnessPerTest();
  const env = { CACHE_TTL_SECONDS: '1', CACHE_STALE_WHILE_REVALIDATE_SECONDS: '0', UPSTREAM_RETRIES: '0' };

  it('through a 4-hour quota ban, known facts answer marked stale; an unknown one fails alone, fast', async () => {
    const h = await start({ emulator: { mode: 'development' }, env });
    const [known, unknown] = h.emulator.catalog.artists.slice(6, 8);
    const WITH_ALBUMS = 'query($id: ID!) { artist(id: $id) { name albums(first: 2) { edges { node { name } } } } }';
    const before = await h.gql(WITH_ALBUMS, { id: known.id });
    expect(before.errors).toBeUndefined();
    await sleep(1100);
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'quota', retryAfter: 14_400 });
    const both = await h.gql(`query($a: ID!, $b: ID!) { a: artist(id: $a) { name albums(first: 2) { edges { node { name } } } } b: artist(id: $b) { name } }`, {
      a: known.id,
      b: unknown.id,
    });
    expect(both.data.a).toEqual(before.data.artist);
    expect(both.data.b).toBeNull();
    expect(codes(both)).toEqual(['RATE_LIMITED']);
    expect(both.errors![0].path).toEqual(['b']);
    const stale = staleOf(both)!;
    expect(stale.map((s) => s.reason)).toEqual(['quota-exceeded', 'quota-exceeded']);
    expect(stale.map((s) => s.path.split('?')[0]).sort()).toEqual([`/artists/${known.id}`, `/artists/${known.id}/albums`]);
    // The app is paused: the next unknown fact fails without a call.
    const calls = h.apiCalls();
    expect(codes(await h.gql(ARTIST, { id: unknown.id }))).toEqual(['RATE_LIMITED']);
    expect(h.apiCalls()).toBe(calls);
    // A GET of a stale answer is not sent public, max-age.
    const get = await h.gateway.yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent(ARTIST)}&variables=${encodeURIComponent(JSON.stringify({ id: known.id }))}`, {
      headers: { accept: 'application/graphql-response+json', 'x-graphql-csrf': '1' },
    });
    expect(get.headers.get('cache-control')).toBe('no-store');
    expect(((await get.json()) as any).extensions.stale[0].reason).toBe('quota-exceeded');
    expect(await counter(h, 'gateway_stale_answers_total', { reason: 'quota-exceeded' })).toBeGreaterThanOrEqual(2);
  });

  it('through an outage (5xx), known facts answer marked stale, the response cache keeps none of it, and the fresh fact follows', async () => {
    const h = await start({ emulator: { mode: 'extended' }, env });
    const artist = h.emulator.catalog.artists[8];
    await h.gql(ARTIST, { id: artist.id });
    await sleep(1100);
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'status', status: 503, times: 1 });
    const during = await h.gql(ARTIST, { id: artist.id });
    expect(during.data.artist.name).toBe(artist.name);
    expect(staleOf(during)).toEqual([{ path: `/artists/${artist.id}`, ageSeconds: 1, reason: 'unavailable' }]);
    const after = await h.gql(ARTIST, { id: artist.id });
    expect(staleOf(after)).toBeUndefined();
    expect(h.emulator.calls.filter((c) => c.endpoint === ARTIST_ENDPOINT).map((c) => c.status)).toEqual([200, 503, 200]);
  });

  it("never keeps, shares or serves stale a user's data: two users during an outage", async () => {
    const h = await start({ emulator: { mode: 'development' }, env });
    const users = { sora: bearer(tokenOf(h, 'sora')), minji: bearer(tokenOf(h, 'minji')) };
    const artist = h.emulator.catalog.artists[9];
    const QUERY = `query($id: ID!) { me { id displayName playlists(first: 5) { edges { node { id name } } } } artist(id: $id) { name } }`;
    const before = {
      sora: await h.gql(QUERY, { id: artist.id }, users.sora),
      minji: await h.gql(QUERY, { id: artist.id }, users.minji),
    };
    expect(before.sora.data.me.id).toBe('sora');
    expect(before.minji.data.me.id).toBe('minji');
    await sleep(1100);
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'status', status: 503 });
    for (const [name, headers] of Object.entries(users)) {
      const during = await h.gql(QUERY, { id: artist.id }, headers);
      // The catalog fact, the app's own, answers stale; the user's own data fails.
      expect(during.data.artist.name).toBe(artist.name);
      expect(during.data.me).toBeNull();
      expect(codes(during).length).toBeGreaterThan(0);
      expect(new Set(codes(during))).toEqual(new Set(['UPSTREAM_UNAVAILABLE']));
      expect(staleOf(during)!.map((s) => s.path)).toEqual([`/artists/${artist.id}`]);
      const other = name === 'sora' ? 'minji' : 'sora';
      expect(JSON.stringify(during)).not.toContain(JSON.stringify(before[other as 'sora'].data.me.displayName));
    }
  });
});
