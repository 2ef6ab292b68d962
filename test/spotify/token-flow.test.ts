import { afterEach, describe, expect, it } from 'vitest';
import { codes, startHarness, type Harness } from '../helpers/harness.js';

const ARTIST = 'query($id: ID!) { artist(id: $id) { name } }';

describe('access token', () => {
  let h: Harness;
  afterEach(() => h?.close());

  it('is fetched once and reused across requests', async () => {
    h = await startHarness();
    const id = h.emulator.catalog.fixtures.btsId;
    for (let i = 0; i < 3; i++) expect((await h.gql(ARTIST, { id })).data.artist.name).toBe('BTS');
    expect(h.tokenCalls()).toBe(1);
    const auth = h.emulator.calls.find((c) => c.host === 'accounts');
    expect(auth?.endpoint).toBe('POST /api/token');
  });

  it('after a 401 is refreshed once, and the call retried once', async () => {
    h = await startHarness();
    const id = h.emulator.catalog.fixtures.btsId;
    await h.gql(ARTIST, { id });
    h.emulator.expireAllTokens();
    h.reset();
    const result = await h.gql(ARTIST, { id });
    expect(result.errors).toBeUndefined();
    expect(h.tokenCalls()).toBe(1);
    expect(h.emulator.calls.filter((c) => c.host === 'api').map((c) => c.status)).toEqual([401, 200]);
  });

  it('is refreshed ahead of its expiry, without a 401', async () => {
    h = await startHarness({ emulator: { tokenLifetimeSeconds: 2 } });
    const id = h.emulator.catalog.fixtures.btsId;
    await h.gql(ARTIST, { id });
    // The gateway refreshes a tenth of the lifetime early: after 1.9 s the token is stale for it.
    await new Promise((r) => setTimeout(r, 1900));
    await h.gql(ARTIST, { id });
    expect(h.tokenCalls()).toBe(2);
    expect(h.emulator.calls.filter((c) => c.status === 401)).toHaveLength(0);
  });

  it('is refreshed by one call for 30 concurrent requests after expiry', async () => {
    h = await startHarness();
    const id = h.emulator.catalog.fixtures.btsId;
    await h.gql(ARTIST, { id });
    h.emulator.expireAllTokens();
    h.reset();
    const results = await Promise.all(Array.from({ length: 30 }, () => h.gql(ARTIST, { id })));
    for (const result of results) expect(result.data.artist.name).toBe('BTS');
    expect(h.tokenCalls()).toBe(1);
  });

  it('rejected credentials give UPSTREAM_AUTH_FAILED without the secret', async () => {
    const secret = 'wrong-secret-5f0c1d';
    h = await startHarness({ credentials: { clientId: 'demo-client-id', clientSecret: secret } });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['UPSTREAM_AUTH_FAILED']);
    expect(result.errors?.[0].message).toMatch(/client credentials/);
    expect(JSON.stringify(result)).not.toContain(secret);
    expect(h.apiCalls()).toBe(0);
    // Credentials do not become right by retrying: one token call, no retries.
    expect(h.tokenCalls()).toBe(1);
  });

  it('survives a token endpoint 5xx by retrying', async () => {
    h = await startHarness();
    h.emulator.faults.add({ match: { endpoint: 'POST /api/token' }, kind: 'status', status: 503, times: 2 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(result.errors).toBeUndefined();
    expect(h.tokenCalls()).toBe(3);
  });

  it('gives UPSTREAM_UNAVAILABLE when the token endpoint keeps failing', async () => {
    h = await startHarness({ env: { UPSTREAM_RETRIES: '2' } });
    h.emulator.faults.add({ match: { endpoint: 'POST /api/token' }, kind: 'status', status: 500 });
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(h.tokenCalls()).toBe(3);
    expect(h.apiCalls()).toBe(0);
  });
});
