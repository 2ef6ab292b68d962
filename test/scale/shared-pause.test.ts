import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { ARTIST, fleetOfThree, gql, redisMissing } from './fleet.js';

const missing = redisMissing('multi-replica rate-limit tests');

describe.skipIf(missing !== undefined)('a rate limit seen by one of three replicas', () => {
  const fleet = fleetOfThree();

  it('a 429 with Retry-After 30 on one replica makes the others fail fast and call nothing', async () => {
    const [a, b, c] = fleet.replicas;
    const ids = fleet.emulator.catalog.artists.slice(100, 120).map((artist) => artist.id);
    // Each replica has its token, so nothing but the pause would keep it from calling Spotify.
    for (const [i, replica] of fleet.replicas.entries()) expect((await gql(replica, ARTIST, { id: ids[17 + i] })).errors).toBeUndefined();

    // Listen where the replicas listen, to know when the pause has been pushed to them.
    const listener = new Redis(fleet.redis.url);
    const pushed = new Promise<string>((resolve) => listener.once('message', (_channel, message: string) => resolve(message)));
    await listener.subscribe(`spotify-gateway:${fleet.emulator.clientId}:pause-channel`);

    fleet.emulator.faults.add({ match: { host: 'api' }, kind: 'rate-limit', retryAfter: 30, times: 1 });
    const limited = await gql(a, ARTIST, { id: ids[0] });
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(JSON.parse(await pushed).until).toBeGreaterThan(Date.now() + 25_000);
    listener.disconnect();

    fleet.emulator.resetCalls();
    const results = await Promise.all(ids.slice(1, 17).map((id, i) => gql([b, c][i % 2], ARTIST, { id })));
    for (const result of results) {
      expect(result.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(result.errors?.[0].extensions?.retryAfter).toBeGreaterThan(25);
    }
    expect(fleet.emulator.calls).toEqual([]);
    // Serving RATE_LIMITED quickly is serving: the replicas stay in rotation.
    for (const replica of [b, c]) expect((await fetch(`${replica.url}/ready`)).status).toBe(200);
    expect(fleet.emulator.calls).toEqual([]);
  });
});
