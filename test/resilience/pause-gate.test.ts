import { describe, expect, it } from 'vitest';
import { codes, harnessPerTest, type Harness } from '../helpers/harness.js';

// The pause is checked before a call is sent, but a call can also be held up on its way out:
// queued behind the concurrency bound, or waiting to retry. A ban that starts meanwhile must
// stop those too, or they reach Spotify during it (and lengthen it).

const ARTIST = 'query($id: ID!) { artist(id: $id) { name } }';
const ARTIST_ENDPOINT = 'GET /v1/artists/{id}';
const SEARCH = '{ search(query: "BTS") { artists(first: 1) { totalCount } } }';
const SEARCH_ENDPOINT = 'GET /v1/search';

/** Resolves once the emulator has received `n` calls to `endpoint`. */
async function callsReached(h: Harness, endpoint: string, n: number): Promise<void> {
  while (h.apiCalls(endpoint) < n) await new Promise((r) => setTimeout(r, 5));
}

describe('a pause that starts while calls are on their way', () => {
  const start = harnessPerTest();

  it('stops calls queued behind the concurrency bound', async () => {
    const h = await start({ env: { UPSTREAM_CONCURRENCY: '1' } });
    const ids = h.emulator.catalog.artists.slice(0, 6).map((a) => a.id);
    await h.gql(ARTIST, { id: ids[0] }); // the token, so that only API calls remain
    h.reset();
    // The first call holds the only slot for a while, then answers with a long ban.
    h.emulator.faults.add([
      { match: { host: 'api' }, kind: 'latency', latencyMs: 300, times: 1 },
      { match: { host: 'api' }, kind: 'rate-limit', retryAfter: 30, times: 1 },
    ]);
    const results = await Promise.all(ids.slice(1).map((id) => h.gql(ARTIST, { id })));
    for (const result of results) expect(codes(result)).toEqual(['RATE_LIMITED']);
    expect(h.apiCalls()).toBe(1);
  });

  it('stops a retry that was waiting out its backoff', async () => {
    const h = await start();
    const { btsId } = h.emulator.catalog.fixtures;
    await h.gql(ARTIST, { id: btsId });
    h.reset();
    // The artist call answers 500 late; by then a search has met a long ban.
    h.emulator.faults.add([
      { match: { endpoint: ARTIST_ENDPOINT }, kind: 'latency', latencyMs: 400, times: 1 },
      { match: { endpoint: ARTIST_ENDPOINT }, kind: 'status', status: 500, times: 1 },
      { match: { endpoint: SEARCH_ENDPOINT }, kind: 'rate-limit', retryAfter: 30, times: 1 },
    ]);
    const artist = h.gql(ARTIST, { id: btsId });
    await callsReached(h, ARTIST_ENDPOINT, 1);
    expect(codes(await h.gql(SEARCH))).toEqual(['RATE_LIMITED']);
    const result = await artist;
    expect(codes(result)).toEqual(['RATE_LIMITED']);
    expect(result.errors?.[0].extensions?.retryAfter).toBeGreaterThan(25);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(1);
  });

  it('stops a token refresh retrying through it', async () => {
    const h = await start();
    const { btsId } = h.emulator.catalog.fixtures;
    // The token endpoint answers 503 late; by then the API has banned the app.
    h.emulator.faults.add([
      { match: { host: 'accounts' }, kind: 'latency', latencyMs: 400, times: 1 },
      { match: { host: 'accounts' }, kind: 'status', status: 503, times: 1 },
    ]);
    const first = h.gql(ARTIST, { id: btsId });
    while (h.tokenCalls() < 1) await new Promise((r) => setTimeout(r, 5));
    // A gateway sharing the store would see the ban the same way: set it as Spotify would.
    await h.gateway.store.setPause({ until: Date.now() + 30_000 });
    const result = await first;
    expect(codes(result)).toEqual(['RATE_LIMITED']);
    expect(h.tokenCalls()).toBe(1);
    expect(h.apiCalls()).toBe(0);
  });
});
