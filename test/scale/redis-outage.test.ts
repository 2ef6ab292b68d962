import { describe, expect, it } from 'vitest';
import { startRedis } from '../helpers/redis.js';
import { ARTIST, fleetOfThree, gql, logLines, redisMissing, type Replica, responseStored } from './fleet.js';

const missing = redisMissing('Redis outage tests');

const warnings = (replica: Replica) => logLines(replica).filter((line) => line.level === 'warn' && line.msg?.includes('Redis is unavailable'));
const returns = (replica: Replica) => logLines(replica).filter((line) => line.msg?.includes('Redis is back'));

async function fallbacks(replica: Replica): Promise<number> {
  const metrics = await (await fetch(`${replica.url}/metrics`)).text();
  return [...metrics.matchAll(/^shared_state_fallbacks_total\{[^}]*\} (\d+)/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
}

describe.skipIf(missing !== undefined)('three replicas when their Redis dies mid-run', () => {
  const fleet = fleetOfThree();

  it('keep serving and stay ready on in-process state, warn once each, count it, and go back to Redis when it returns', async () => {
    const ids = fleet.emulator.catalog.artists.map((artist) => artist.id);
    let next = 0;
    const everyReplicaAnswers = async () => {
      for (const replica of fleet.replicas) {
        const result = await gql(replica, ARTIST, { id: ids[next++ % ids.length] });
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        expect(result.data.artist.name).toBeTruthy();
      }
    };
    await everyReplicaAnswers();
    for (const replica of fleet.replicas) expect(await fallbacks(replica)).toBe(0);

    await fleet.redis.kill();
    for (let round = 0; round < 3; round++) await everyReplicaAnswers();
    for (const replica of fleet.replicas) {
      expect((await fetch(`${replica.url}/ready`)).status).toBe(200);
      expect(await fallbacks(replica)).toBeGreaterThan(0);
      expect(warnings(replica)).toHaveLength(1);
      expect(returns(replica)).toHaveLength(0);
    }

    // Redis comes back (empty, as after a crash) where it was: each replica reconnects by itself.
    fleet.redis = await startRedis({ port: fleet.redis.port });
    await expect
      .poll(
        async () => {
          await everyReplicaAnswers();
          return fleet.replicas.filter((replica) => returns(replica).length === 1).length;
        },
        { timeout: 15_000, interval: 200 },
      )
      .toBe(3);

    // Shared again: a response cached by one replica is a hit on the others.
    const query = '{ search(query: "BTS") { tracks(first: 2) { edges { node { name } } } } }';
    fleet.emulator.resetCalls();
    const first = await gql(fleet.replicas[0], query);
    expect(first.errors).toBeUndefined();
    await responseStored(fleet, 'search');
    expect(await gql(fleet.replicas[1], query)).toEqual(first);
    expect(await gql(fleet.replicas[2], query)).toEqual(first);
    expect(fleet.emulator.countCalls({ host: 'api' })).toBe(1);
    for (const replica of fleet.replicas) expect(warnings(replica)).toHaveLength(1);
  });
});
