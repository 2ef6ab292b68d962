import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UpstreamEvents } from '../../src/spotify/events.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const SECRET = 'demo-secret-that-must-stay-inside-0b6f';

describe('secrets never leave the data source', () => {
  let h: Harness;
  let bad: Harness;
  const seen: string[] = [];
  const record = (...args: unknown[]) => seen.push(JSON.stringify(args));
  const events: UpstreamEvents = { call: record, retry: record, pause: record, tokenFetched: record, batch: record, cache: record };

  beforeAll(async () => {
    h = await startHarness({ emulator: { clientSecret: SECRET }, events, env: { UPSTREAM_RETRIES: '1' } });
    bad = await startHarness({ credentials: { clientId: 'demo-client-id', clientSecret: SECRET }, events });
  });
  afterAll(async () => {
    await h.close();
    await bad.close();
  });

  it('in responses, error messages and event payloads after a faulted session', async () => {
    const { btsId, bigAlbumId } = h.emulator.catalog.fixtures;
    const queries: [string, Record<string, unknown>][] = [
      ['query($id: ID!) { artist(id: $id) { name images { url } } }', { id: btsId }],
      ['query($id: ID!) { album(id: $id) { tracks(first: 40) { edges { node { artists { images { url } } } } } } }', { id: bigAlbumId }],
      ['{ search(query: "BTS") { artists(first: 5) { edges { node { name } } } } }', {}],
    ];
    const bodies: string[] = [];
    const run = async (harness: Harness) => {
      for (const [query, variables] of queries) bodies.push(JSON.stringify(await harness.gql(query, variables)));
    };
    await run(h);
    h.emulator.expireAllTokens();
    await run(h);
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'status', status: 500, times: 3 });
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'drop', times: 2 });
    await run(h);
    h.emulator.faults.clear();
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'rate-limit', retryAfter: 60, times: 1 });
    await run(h);
    await run(bad);

    const tokens = [...h.emulator.issuedTokens(), ...bad.emulator.issuedTokens()];
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    expect(bodies.some((body) => body.includes('UPSTREAM_AUTH_FAILED'))).toBe(true);
    expect(bodies.some((body) => body.includes('RATE_LIMITED'))).toBe(true);
    expect(seen.length).toBeGreaterThan(10);
    const everything = [...bodies, ...seen].join('\n');
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(Buffer.from(`demo-client-id:${SECRET}`).toString('base64'));
    for (const token of tokens) expect(everything).not.toContain(token);
  });
});
