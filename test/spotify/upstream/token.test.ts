// The client-credentials token as the gateway lives with it, over real HTTP to the emulator:
// reuse, refresh on 401 (once), refresh ahead of expiry, single flight under concurrency,
// rejected credentials and a failing token endpoint. Counts come from the emulator's call log.

import { describe, expect, it } from 'vitest';
import type { UpstreamEvents } from '../../../src/spotify/upstream/events.js';
import { apiStatuses, codes, harnessPerTest } from '../../helpers/harness.js';

const ARTIST = 'query($id: ID!) { artist(id: $id) { name } }';
const TOKEN_ENDPOINT = 'POST /api/token';
const ARTIST_ENDPOINT = 'GET /v1/artists/{id}';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const count = <T>(items: T[], item: T) => items.filter((x) => x === item).length;

describe('token reuse', () => {
  const start = harnessPerTest();

  it('fetches one token and reuses it for sequential and concurrent requests', async () => {
    const fetched: number[] = [];
    const h = await start({ events: { tokenFetched: ({ expiresInSeconds }) => fetched.push(expiresInSeconds) } });
    const artists = h.emulator.catalog.artists.slice(0, 6);
    for (const artist of artists.slice(0, 3)) {
      expect((await h.gql(ARTIST, { id: artist.id })).data.artist.name).toBe(artist.name);
    }
    const concurrent = await Promise.all(artists.slice(3).map((artist) => h.gql(ARTIST, { id: artist.id })));
    for (const result of concurrent) expect(result.errors).toBeUndefined();
    expect(h.tokenCalls()).toBe(1);
    expect(h.emulator.issuedTokens()).toHaveLength(1);
    expect(fetched).toEqual([3600]);
    expect(apiStatuses(h)).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it('30 concurrent cold-start requests share one token call', async () => {
    const h = await start();
    // A slow token endpoint keeps every request waiting on the same refresh.
    h.emulator.faults.add({ match: { endpoint: TOKEN_ENDPOINT }, kind: 'latency', latencyMs: 150 });
    const id = h.emulator.catalog.fixtures.btsId;
    const results = await Promise.all(Array.from({ length: 30 }, () => h.gql(ARTIST, { id })));
    for (const result of results) expect(result.data.artist.name).toBe('BTS');
    expect(h.tokenCalls()).toBe(1);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(30);
  });
});

describe('token refresh after a 401', () => {
  const start = harnessPerTest();

  it('refreshes exactly once and retries exactly once, then keeps the new token', async () => {
    const h = await start();
    const id = h.emulator.catalog.fixtures.btsId;
    expect((await h.gql(ARTIST, { id })).errors).toBeUndefined();
    h.emulator.expireAllTokens();
    h.reset();

    const result = await h.gql(ARTIST, { id });
    expect(result.errors).toBeUndefined();
    expect(result.data.artist.name).toBe('BTS');
    expect(h.tokenCalls()).toBe(1);
    expect(apiStatuses(h)).toEqual([401, 200]);
    expect(h.emulator.issuedTokens()).toHaveLength(2);

    h.reset();
    expect((await h.gql(ARTIST, { id })).errors).toBeUndefined();
    expect(h.tokenCalls()).toBe(0);
    expect(apiStatuses(h)).toEqual([200]);
  });

  it('a single stray 401 on a valid token is survived the same way', async () => {
    const h = await start();
    const id = h.emulator.catalog.fixtures.btsId;
    await h.gql(ARTIST, { id });
    h.reset();
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'status', status: 401, times: 1 });
    const result = await h.gql(ARTIST, { id });
    expect(result.errors).toBeUndefined();
    expect(apiStatuses(h)).toEqual([401, 200]);
    expect(h.tokenCalls()).toBe(1);
  });

  it('a 401 on the freshly issued token too gives UPSTREAM_AUTH_FAILED, without looping', async () => {
    const h = await start();
    const id = h.emulator.catalog.fixtures.btsId;
    await h.gql(ARTIST, { id });
    h.reset();
    h.emulator.faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'status', status: 401 });
    const result = await h.gql(ARTIST, { id });
    expect(codes(result)).toEqual(['UPSTREAM_AUTH_FAILED']);
    expect(result.data.artist).toBeNull();
    expect(apiStatuses(h)).toEqual([401, 401]);
    expect(h.tokenCalls()).toBe(1);
  });

  it('30 concurrent requests with an expired token make exactly one token call', async () => {
    const h = await start();
    const id = h.emulator.catalog.fixtures.btsId;
    await h.gql(ARTIST, { id });
    h.emulator.expireAllTokens();
    h.reset();
    h.emulator.faults.add({ match: { endpoint: TOKEN_ENDPOINT }, kind: 'latency', latencyMs: 100 });

    const results = await Promise.all(Array.from({ length: 30 }, () => h.gql(ARTIST, { id })));
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data.artist.name).toBe('BTS');
    }
    expect(h.tokenCalls()).toBe(1);
    const statuses = apiStatuses(h);
    // Every request got its answer once; each 401 was followed by exactly one retry.
    expect(count(statuses, 200)).toBe(30);
    expect(count(statuses, 401)).toBeGreaterThanOrEqual(1);
    expect(count(statuses, 401)).toBeLessThanOrEqual(30);
    expect(statuses).toHaveLength(30 + count(statuses, 401));
    expect(h.emulator.issuedTokens()).toHaveLength(2);
  });
});

describe('token refresh ahead of expiry', () => {
  const start = harnessPerTest();

  it('renews a short-lived token before it expires, so Spotify never answers 401', async () => {
    const fetched: number[] = [];
    const h = await start({ events: { tokenFetched: ({ expiresInSeconds }) => fetched.push(expiresInSeconds) } });
    h.emulator.setTokenLifetime(2);
    const id = h.emulator.catalog.fixtures.btsId;
    expect((await h.gql(ARTIST, { id })).errors).toBeUndefined();
    // The gateway stops using a token a tenth of its lifetime early (200 ms here): at 1.9 s it
    // is stale to the gateway while Spotify would still take it.
    await sleep(1900);
    expect((await h.gql(ARTIST, { id })).errors).toBeUndefined();
    expect(h.tokenCalls()).toBe(2);
    expect(fetched).toEqual([2, 2]);
    expect(apiStatuses(h)).toEqual([200, 200]);
  });

  it('keeps a token well inside its lifetime', async () => {
    const h = await start({ emulator: { tokenLifetimeSeconds: 2 } });
    const id = h.emulator.catalog.fixtures.btsId;
    await h.gql(ARTIST, { id });
    await sleep(500);
    await h.gql(ARTIST, { id });
    expect(h.tokenCalls()).toBe(1);
    expect(apiStatuses(h)).toEqual([200, 200]);
  });

  it('30 concurrent requests after the token went stale make one token call and no 401', async () => {
    const h = await start({ emulator: { tokenLifetimeSeconds: 1 } });
    const id = h.emulator.catalog.fixtures.btsId;
    await h.gql(ARTIST, { id });
    await sleep(950);
    h.reset();
    h.emulator.faults.add({ match: { endpoint: TOKEN_ENDPOINT }, kind: 'latency', latencyMs: 100 });
    const results = await Promise.all(Array.from({ length: 30 }, () => h.gql(ARTIST, { id })));
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(h.tokenCalls()).toBe(1);
    expect(count(apiStatuses(h), 401)).toBe(0);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(30);
  });
});

describe('rejected credentials', () => {
  const start = harnessPerTest();
  const WRONG_SECRET = 'not-the-secret-7d41c9e2';

  it('gives UPSTREAM_AUTH_FAILED, never echoes the secret, and calls no API', async () => {
    const seen: string[] = [];
    const record = (info: unknown) => seen.push(JSON.stringify(info));
    const events: UpstreamEvents = { call: record, retry: record, pause: record, tokenFetched: record };
    const h = await start({ credentials: { clientId: 'demo-client-id', clientSecret: WRONG_SECRET }, events });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['UPSTREAM_AUTH_FAILED']);
    expect(result.data).toEqual({ artist: null });
    expect(result.errors?.[0].path).toEqual(['artist']);
    expect(result.errors?.[0].message).toMatch(/client credentials/);
    expect(result.errors?.[0].message).toContain('invalid_client');

    const everything = JSON.stringify(result) + seen.join('\n');
    expect(everything).not.toContain(WRONG_SECRET);
    expect(everything).not.toContain(h.emulator.clientSecret);
    expect(everything).not.toContain(Buffer.from(`demo-client-id:${WRONG_SECRET}`).toString('base64'));
    // Wrong credentials do not become right by retrying.
    expect(h.tokenCalls()).toBe(1);
    expect(h.apiCalls()).toBe(0);
    expect(h.emulator.issuedTokens()).toHaveLength(0);
  });

  it('a wrong client id fails the same way', async () => {
    const h = await start({ credentials: { clientId: 'someone-else', clientSecret: 'demo-client-secret' } });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['UPSTREAM_AUTH_FAILED']);
    expect(JSON.stringify(result)).not.toContain('demo-client-secret');
    expect(h.apiCalls()).toBe(0);
  });

  it('concurrent requests share the one failed token call', async () => {
    const h = await start({ credentials: { clientId: 'demo-client-id', clientSecret: WRONG_SECRET } });
    h.emulator.faults.add({ match: { endpoint: TOKEN_ENDPOINT }, kind: 'latency', latencyMs: 150 });
    const id = h.emulator.catalog.fixtures.btsId;
    const results = await Promise.all(Array.from({ length: 10 }, () => h.gql(ARTIST, { id })));
    for (const result of results) expect(codes(result)).toEqual(['UPSTREAM_AUTH_FAILED']);
    expect(h.tokenCalls()).toBe(1);
    expect(h.apiCalls()).toBe(0);
  });
});

describe('a failing token endpoint', () => {
  const start = harnessPerTest();

  it.each([500, 502, 503, 504])('%i twice is retried, then the query succeeds', async (status) => {
    const h = await start({ env: { UPSTREAM_RETRIES: '2' } });
    h.emulator.faults.add({ match: { endpoint: TOKEN_ENDPOINT }, kind: 'status', status, times: 2 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(result.errors).toBeUndefined();
    expect(result.data.artist.name).toBe('BTS');
    expect(h.tokenCalls()).toBe(3);
    expect(h.emulator.calls.filter((c) => c.host === 'accounts').map((c) => c.status)).toEqual([status, status, 200]);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(1);
  });

  it.each(['drop', 'not-json', 'truncated'] as const)('a %s answer once is retried', async (kind) => {
    const h = await start();
    h.emulator.faults.add({ match: { endpoint: TOKEN_ENDPOINT }, kind, times: 1 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(result.errors).toBeUndefined();
    expect(h.tokenCalls()).toBe(2);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(1);
  });

  it('persistent 5xx gives UPSTREAM_UNAVAILABLE after 1 + UPSTREAM_RETRIES token calls and no API call', async () => {
    const h = await start({ env: { UPSTREAM_RETRIES: '2' } });
    h.emulator.faults.add({ match: { endpoint: TOKEN_ENDPOINT }, kind: 'status', status: 503 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(result.data).toEqual({ artist: null });
    expect(h.tokenCalls()).toBe(3);
    expect(h.apiCalls()).toBe(0);
  });

  it('recovers on the next request once the token endpoint is back', async () => {
    const h = await start({ env: { UPSTREAM_RETRIES: '0' } });
    h.emulator.faults.add({ match: { endpoint: TOKEN_ENDPOINT }, kind: 'status', status: 500 });
    const id = h.emulator.catalog.fixtures.btsId;
    expect(codes(await h.gql(ARTIST, { id }))).toEqual(['UPSTREAM_UNAVAILABLE']);
    h.emulator.faults.clear();
    const result = await h.gql(ARTIST, { id });
    expect(result.errors).toBeUndefined();
    expect(h.tokenCalls()).toBe(2);
    expect(h.apiCalls(ARTIST_ENDPOINT)).toBe(1);
  });
});
