import { describe, expect, it } from 'vitest';
import { codes, harnessPerTest } from '../helpers/harness.js';

// One token refresh serves everyone waiting for it, but it runs to the deadline of whoever
// started it. /ready starts one with its own 3 s limit; requests joining it keep theirs.

const ARTIST = 'query($id: ID!) { artist(id: $id) { name } }';

describe('a shared token refresh and the deadlines of those waiting for it', () => {
  const start = harnessPerTest();

  it('a request waits for it no longer than its own deadline', async () => {
    let tokenArrived = false;
    const h = await start({ env: { REQUEST_DEADLINE_MS: '300' }, events: { tokenFetched: () => (tokenArrived = true) } });
    h.emulator.faults.add({ match: { host: 'accounts' }, kind: 'slow-headers', latencyMs: 1500, times: 1 });
    const ready = h.gateway.yoga.fetch('http://gateway.test/ready');
    while (h.tokenCalls() < 1) await new Promise((r) => setTimeout(r, 5));
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['UPSTREAM_TIMEOUT']);
    // Answered while the refresh it joined was still waiting for Spotify.
    expect(tokenArrived).toBe(false);
    expect(h.apiCalls()).toBe(0);
    expect((await ready).status).toBe(200);
  });

  it('a request with time left refreshes again when the one it joined runs out of time', async () => {
    const h = await start();
    // Longer than the readiness check's 3 s: that refresh fails, the request's own succeeds.
    h.emulator.faults.add({ match: { host: 'accounts' }, kind: 'slow-headers', latencyMs: 3500, times: 1 });
    const ready = h.gateway.yoga.fetch('http://gateway.test/ready');
    while (h.tokenCalls() < 1) await new Promise((r) => setTimeout(r, 5));
    const result = await h.gql(ARTIST, { id: h.emulator.catalog.fixtures.btsId });
    expect(result.errors).toBeUndefined();
    expect(result.data.artist.name).toBe('BTS');
    expect(h.tokenCalls()).toBe(2);
    expect((await ready).status).toBe(503);
  });
});
