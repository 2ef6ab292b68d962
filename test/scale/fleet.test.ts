import { afterEach, describe, expect, it } from 'vitest';
import { ARTIST, fleetOfThree, gql, redisMissing, responseStored } from './fleet.js';

const missing = redisMissing('multi-replica tests');

const SEARCH = '{ search(query: "BTS") { artists(first: 3) { edges { node { id name } } } } }';

describe.skipIf(missing !== undefined)('three replicas sharing one Redis', () => {
  const fleet = fleetOfThree();
  const artistIds = (from: number, to: number) => fleet.emulator.catalog.artists.slice(from, to).map((artist) => artist.id);
  const tokenCalls = () => fleet.emulator.countCalls({ host: 'accounts' });
  // A slow token endpoint, so every replica is still waiting for a token when the others need one.
  const slowTokenEndpoint = () => fleet.emulator.faults.add({ match: { host: 'accounts' }, kind: 'latency', latencyMs: 300 });
  afterEach(() => fleet.emulator.faults.clear());

  it('a response cached by one replica is a hit on the others', async () => {
    const [a, b, c] = fleet.replicas;
    fleet.emulator.resetCalls();
    const first = await gql(a, SEARCH);
    expect(first.errors).toBeUndefined();
    expect(fleet.emulator.countCalls({ host: 'api' })).toBe(1);
    await responseStored(fleet, 'search');
    expect(await gql(b, SEARCH)).toEqual(first);
    expect(await gql(c, SEARCH)).toEqual(first);
    expect(fleet.emulator.countCalls({ host: 'api' })).toBe(1);
  });

  it('an artist one replica fetched is in the catalog cache of the others', async () => {
    const [a, b] = fleet.replicas;
    const [id] = artistIds(300, 301);
    fleet.emulator.resetCalls();
    const onA = await gql(a, ARTIST, { id });
    expect(onA.errors).toBeUndefined();
    expect(fleet.emulator.countCalls({ host: 'api' })).toBe(1);
    // Another operation text, so the response cache does not answer it: the catalog cache does.
    const onB = await gql(b, 'query OnB($id: ID!) { artist(id: $id) { id name } }', { id });
    expect(onB.data.artist).toEqual({ id, name: onA.data.artist.name });
    expect(fleet.emulator.countCalls({ host: 'api' })).toBe(1);
  });

  it('fetches one token for the fleet when Spotify says it expired, under 3 × 30 concurrent queries', async () => {
    await gql(fleet.replicas[0], ARTIST, { id: artistIds(399, 400)[0] });
    fleet.emulator.expireAllTokens();
    slowTokenEndpoint();
    fleet.emulator.resetCalls();
    const results = await Promise.all(artistIds(0, 90).map((id, i) => gql(fleet.replicas[i % 3], ARTIST, { id })));
    for (const result of results) expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(tokenCalls()).toBe(1);
    expect(fleet.emulator.countCalls({ host: 'api' })).toBeGreaterThanOrEqual(90);
  });

  it('fetches one token for the fleet when the shared one runs out, under 3 × 30 concurrent queries', async () => {
    const tokenKey = `spotify-gateway:${fleet.emulator.clientId}:token`;
    // A short-lived token for the fleet; the one fetched after it lives long again.
    fleet.emulator.setTokenLifetime(3);
    fleet.emulator.expireAllTokens();
    expect((await gql(fleet.replicas[0], ARTIST, { id: artistIds(398, 399)[0] })).errors).toBeUndefined();
    fleet.emulator.setTokenLifetime(3600);
    await fleet.inspect.connect().catch(() => undefined);
    expect(await fleet.inspect.exists(tokenKey)).toBe(1);
    await expect.poll(() => fleet.inspect.exists(tokenKey), { timeout: 10_000, interval: 100 }).toBe(0);
    slowTokenEndpoint();
    fleet.emulator.resetCalls();
    const results = await Promise.all(artistIds(100, 190).map((id, i) => gql(fleet.replicas[i % 3], ARTIST, { id })));
    for (const result of results) expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(tokenCalls()).toBe(1);
  });

  it('keeps every key under the client id, lets every key expire and never stores the secret', async () => {
    expect((await gql(fleet.replicas[1], '{ search(query: "BTS") { albums(first: 2) { edges { node { name } } } } }')).errors).toBeUndefined();
    await fleet.inspect.connect().catch(() => undefined);
    const keys = await fleet.inspect.keys('*');
    expect(keys.length).toBeGreaterThan(3);
    for (const key of keys) {
      expect(key.startsWith(`spotify-gateway:${fleet.emulator.clientId}:`), key).toBe(true);
      // The response cache's store would add never-expiring entity sets; only plain values are kept.
      expect(await fleet.inspect.type(key), key).toBe('string');
      expect(await fleet.inspect.pttl(key), key).toBeGreaterThan(0);
      const value = (await fleet.inspect.get(key)) ?? '';
      expect(`${key} ${value}`).not.toContain(fleet.emulator.clientSecret);
    }
  });
});
