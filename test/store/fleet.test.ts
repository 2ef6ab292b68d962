import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { freePort, gatewayEnvFor, startNode, waitForOutput, type Started } from '../helpers/processes.js';
import { redisUnavailable, startRedis, type RedisServer } from '../helpers/redis.js';

const missing = redisUnavailable();
if (missing) console.warn(`skipping multi-replica tests: ${missing}`);

interface Replica {
  url: string;
  process: Started;
}

async function startFleet(emulator: Emulator, redis: RedisServer, count: number): Promise<Replica[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const port = await freePort();
      const started = startNode('src/server.ts', {
        PORT: String(port),
        ...gatewayEnvFor(emulator),
        REDIS_URL: redis.url,
        CACHE_TTL_SECONDS: '300',
      });
      await waitForOutput(started, (text) => text.includes('ready at'));
      return { url: `http://127.0.0.1:${port}`, process: started };
    }),
  );
}

async function stopFleet(replicas: Replica[]): Promise<void> {
  await Promise.all(
    replicas.map(async (replica) => {
      replica.process.child.kill('SIGTERM');
      await replica.process.exited;
    }),
  );
}

async function gql(replica: Replica, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${replica.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string; retryAfter?: number } }[] };
}

const ARTIST = 'query($id: ID!) { artist(id: $id) { name } }';

/** One emulator, one Redis and three replicas for the describe block that calls it. */
function fleetOfThree(): { emulator: Emulator; redis: RedisServer; fleet: Replica[] } {
  const parts = {} as { emulator: Emulator; redis: RedisServer; fleet: Replica[] };
  beforeAll(async () => {
    parts.emulator = await startEmulator();
    parts.redis = await startRedis();
    parts.fleet = await startFleet(parts.emulator, parts.redis, 3);
  }, 60_000);
  afterAll(async () => {
    await stopFleet(parts.fleet ?? []);
    await parts.redis?.kill();
    await parts.emulator?.close();
  });
  return parts;
}

describe.skipIf(missing !== undefined)('three replicas sharing one Redis', () => {
  const parts = fleetOfThree();

  it('a response cached by one replica is a hit on another', async () => {
    const [a, b, c] = parts.fleet;
    parts.emulator.resetCalls();
    const first = await gql(a, '{ search(query: "BTS") { artists(first: 3) { edges { node { id name } } } } }');
    expect(first.errors).toBeUndefined();
    const apiCalls = parts.emulator.countCalls({ host: 'api' });
    expect(apiCalls).toBe(1);
    expect(await gql(b, '{ search(query: "BTS") { artists(first: 3) { edges { node { id name } } } } }')).toEqual(first);
    expect(await gql(c, '{ search(query: "BTS") { artists(first: 3) { edges { node { id name } } } } }')).toEqual(first);
    expect(parts.emulator.countCalls({ host: 'api' })).toBe(apiCalls);
  });

  it('fetches one token for the fleet, also after it expires under 3 × 30 concurrent queries', async () => {
    expect(parts.emulator.countCalls({ host: 'accounts' })).toBeLessThanOrEqual(1);
    parts.emulator.expireAllTokens();
    parts.emulator.resetCalls();
    const ids = parts.emulator.catalog.artists.slice(0, 90).map((artist) => artist.id);
    const results = await Promise.all(ids.map((id, i) => gql(parts.fleet[i % 3], ARTIST, { id })));
    for (const result of results) expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(parts.emulator.countCalls({ host: 'accounts' }), JSON.stringify(parts.emulator.calls.filter((c) => c.host === 'accounts'))).toBe(1);
  });

  it('a 429 with Retry-After 30 on one replica makes the others fail fast and call nothing', async () => {
    const [a, b, c] = parts.fleet;
    const ids = parts.emulator.catalog.artists.slice(100, 110).map((artist) => artist.id);
    parts.emulator.faults.add({ match: { host: 'api' }, kind: 'rate-limit', retryAfter: 30, times: 1 });
    const limited = await gql(a, ARTIST, { id: ids[0] });
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    await new Promise((r) => setTimeout(r, 100));
    parts.emulator.resetCalls();
    for (const [i, replica] of [b, c, b, c].entries()) {
      const result = await gql(replica, ARTIST, { id: ids[i + 1] });
      expect(result.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(result.errors?.[0].extensions?.retryAfter).toBeGreaterThan(25);
    }
    expect(parts.emulator.calls).toHaveLength(0);
  });
});

describe.skipIf(missing !== undefined)('replicas when Redis dies', () => {
  const parts = fleetOfThree();

  it('keep serving, stay ready, warn once each and count the fallbacks', async () => {
    const ids = parts.emulator.catalog.artists.slice(0, 30).map((artist) => artist.id);
    for (const [i, replica] of parts.fleet.entries()) expect((await gql(replica, ARTIST, { id: ids[i] })).errors).toBeUndefined();
    await parts.redis.kill();
    for (let round = 0; round < 3; round++) {
      for (const [i, replica] of parts.fleet.entries()) {
        const result = await gql(replica, ARTIST, { id: ids[3 + round * 3 + i] });
        expect(result.errors).toBeUndefined();
        expect(result.data.artist.name).toBeTruthy();
      }
    }
    for (const replica of parts.fleet) {
      expect((await fetch(`${replica.url}/ready`)).status).toBe(200);
      const metrics = await (await fetch(`${replica.url}/metrics`)).text();
      expect(metrics).toMatch(/shared_state_fallbacks_total\{operation="[^"]+"\} [1-9]/);
      const warnings = replica.process.output().split('\n').filter((line) => line.includes('Redis is unavailable'));
      expect(warnings).toHaveLength(1);
    }
  });
});
