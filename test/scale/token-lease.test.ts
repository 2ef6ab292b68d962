// The fleet's token refresh lock is a lease: a replica that is slow to get the token keeps it
// (one token call for the fleet), and one that dies while getting it holds the others up for
// the lease only, not until their requests' deadlines.

import { describe, expect, it } from 'vitest';
import { ARTIST, fleetOfThree, gql, redisMissing } from './fleet.js';

const missing = redisMissing('token lease tests');

describe.skipIf(missing !== undefined)('the token refresh lease across three replicas', () => {
  const fleet = fleetOfThree();
  const lockKey = () => `spotify-gateway:${fleet.emulator.clientId}:token-lock`;
  const ids = (from: number, to: number) => fleet.emulator.catalog.artists.slice(from, to).map((artist) => artist.id);

  it('is kept by a replica whose token call outlasts the lease: one token call for the fleet', async () => {
    // The replicas fetched a token as they started: Spotify refusing it makes them want another.
    fleet.emulator.expireAllTokens();
    // Three seconds for the token, longer than the 2 s lease.
    fleet.emulator.faults.add({ match: { host: 'accounts' }, kind: 'latency', latencyMs: 3000, times: 1 });
    fleet.emulator.resetCalls();
    const results = await Promise.all(ids(0, 30).map((id, i) => gql(fleet.replicas[i % 3], ARTIST, { id })));
    for (const result of results) expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(fleet.emulator.countCalls({ host: 'accounts' })).toBe(1);
  });

  it('of a replica killed while getting the token runs out, and another replica gets one', async () => {
    const [a, b] = fleet.replicas;
    fleet.emulator.expireAllTokens();
    // The first token call hangs far beyond the lease and the requests' 10 s deadline.
    fleet.emulator.faults.add({ match: { host: 'accounts' }, kind: 'latency', latencyMs: 30_000, times: 1 });
    fleet.emulator.resetCalls();
    void gql(a, ARTIST, { id: ids(30, 31)[0] }).catch(() => undefined);
    await fleet.inspect.connect().catch(() => undefined);
    await expect.poll(() => fleet.inspect.exists(lockKey()), { timeout: 5000, interval: 20 }).toBe(1);
    a.process.child.kill('SIGKILL');
    await a.process.exited;

    // Answered at all means the dead holder's lease ran out before B's 10 s deadline (a lock held
    // to the deadline would answer UPSTREAM_TIMEOUT): no stopwatch needed on a busy machine.
    const onB = await gql(b, ARTIST, { id: ids(31, 32)[0] });
    expect(onB.errors, JSON.stringify(onB.errors)).toBeUndefined();
    expect(await fleet.inspect.exists(lockKey())).toBe(0);
  });
});
