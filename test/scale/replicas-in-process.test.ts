import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startEmulator, type Emulator } from 'spotify-emulator';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { createSharedState } from '../../src/state/shared-state.js';
import { startRedis, type RedisServer } from '../helpers/redis.js';
import { ARTIST, redisMissing, type GraphQLResult } from './fleet.js';

const missing = redisMissing('shared budget tests');

const BUDGET_WINDOW_MS = 30_000;

// Replicas as separate gateways in this process, each with its own Redis connections: enough
// for what needs no process of its own, and quicker to start.
describe.skipIf(missing !== undefined)('replicas sharing one Redis', () => {
  let emulator: Emulator | undefined;
  let redis: RedisServer | undefined;
  const gateways: Gateway[] = [];
  afterEach(async () => {
    await Promise.all(gateways.splice(0).map((gateway) => gateway.close()));
    await redis?.kill();
    await emulator?.close();
    emulator = redis = undefined;
  });

  let logs: { level: string; msg: string }[] = [];
  async function startReplicas(count: number, env: Record<string, string>): Promise<Gateway[]> {
    logs = [];
    emulator = await startEmulator();
    redis = await startRedis();
    for (let i = 0; i < count; i++) {
      const config = loadConfig({ CACHE_TTL_SECONDS: '0', ...env });
      const logger = createLogger({ write: (line) => logs.push(JSON.parse(line)) });
      const shared = createSharedState({ redisUrl: redis.url, clientId: emulator.clientId, logger });
      await shared.ready;
      gateways.push(
        createGateway({
          config: { ...config, accountsUrl: emulator.accountsUrl, apiUrl: emulator.apiUrl, credentials: { clientId: emulator.clientId, clientSecret: emulator.clientSecret } },
          store: shared.store,
          responseCache: shared.responseCache,
        }),
      );
    }
    return gateways;
  }

  const gql = async (gateway: Gateway, query: string, variables: Record<string, unknown>) =>
    (await (
      await gateway.yoga.fetch('http://replica.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })
    ).json()) as GraphQLResult;

  it('count one budget of Spotify calls for the whole fleet', async () => {
    // A short deadline, so a call over the budget fails rather than waits for the next window.
    const replicas = await startReplicas(3, { UPSTREAM_REQUESTS_PER_30S: '6', REQUEST_DEADLINE_MS: '1000' });
    const ids = emulator!.catalog.artists.slice(0, 9).map((artist) => artist.id);
    // Windows are aligned to the clock: start well inside one, so all nine calls fall in it.
    const left = BUDGET_WINDOW_MS - (Date.now() % BUDGET_WINDOW_MS);
    if (left < 3000) await new Promise((r) => setTimeout(r, left + 50));
    const results: GraphQLResult[] = [];
    for (const [i, id] of ids.entries()) results.push(await gql(replicas[i % 3], ARTIST, { id }));
    const answered = results.filter((result) => result.data?.artist?.name);
    const refused = results.filter((result) => result.errors?.[0].extensions?.code === 'RATE_LIMITED');
    expect(answered).toHaveLength(6);
    expect(refused).toHaveLength(3);
    for (const result of refused) expect(result.errors?.[0].extensions?.reason).toBe('GATEWAY_BUDGET');
    expect(emulator!.countCalls({ host: 'api' })).toBe(6);
  });

  it('keep answering while Redis hangs, warning once each, and share again once it answers', async () => {
    const replicas = await startReplicas(2, { CACHE_TTL_SECONDS: '300' });
    const ids = emulator!.catalog.artists.map((artist) => artist.id);
    expect((await gql(replicas[0], ARTIST, { id: ids[0] })).errors).toBeUndefined();
    redis!.freeze();
    // The first 300 artists while it hangs; the rest, never fetched, to show it shared again.
    let next = 1;
    try {
      // Long enough for several retries of the hung server, each of which fails again.
      const until = Date.now() + 3000;
      while (Date.now() < until) {
        const result = await gql(replicas[next % 2], ARTIST, { id: ids[next++ % 300] });
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        expect(result.data.artist.name).toBeTruthy();
      }
    } finally {
      redis!.thaw();
    }
    // One warning per replica that Redis is unavailable (an upstream retry the load may cause is another matter).
    const redisWarnings = () => logs.filter((line) => line.level === 'warn' && line.msg.startsWith('Redis is unavailable'));
    expect(redisWarnings()).toHaveLength(2);
    expect(logs.filter((line) => line.msg.includes('Redis is back'))).toHaveLength(0);

    // Once Redis is tried again, what one replica fetches the other finds in the shared caches.
    const fresh = ids.slice(300);
    await expect
      .poll(
        async () => {
          const id = fresh.shift();
          emulator!.resetCalls();
          await gql(replicas[0], ARTIST, { id });
          await gql(replicas[1], ARTIST, { id });
          return emulator!.countCalls({ host: 'api' });
        },
        { timeout: 10_000, interval: 300 },
      )
      .toBe(1);
    expect(redisWarnings()).toHaveLength(2);
  });

  it('share one call per fact in each replica, and answer a fact one replica fetched on another through a quota ban, marked stale', async () => {
    const replicas = await startReplicas(3, { CACHE_TTL_SECONDS: '1', CACHE_STALE_WHILE_REVALIDATE_SECONDS: '0', UPSTREAM_RETRIES: '0' });
    const [cold, known] = emulator!.catalog.artists.slice(20, 22);
    // A slow Spotify: 3 × 30 concurrent cold queries for one artist, at most one call per replica.
    emulator!.faults.add({ match: { host: 'api' }, kind: 'latency', latencyMs: 400 });
    const burst = await Promise.all(Array.from({ length: 90 }, (_, i) => gql(replicas[i % 3], ARTIST, { id: cold.id })));
    for (const result of burst) expect(result.data?.artist?.name).toBe(cold.name);
    expect(emulator!.countCalls({ host: 'api' })).toBeLessThanOrEqual(3);
    emulator!.faults.clear();
    expect((await gql(replicas[0], ARTIST, { id: known.id })).errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    emulator!.faults.add({ match: { host: 'api' }, kind: 'quota', retryAfter: 14_400 });
    // Another replica, which never fetched it: the fact kept in Redis answers, marked stale.
    const stale = (await gql(replicas[1], 'query Elsewhere($id: ID!) { artist(id: $id) { name } }', { id: known.id })) as GraphQLResult & {
      extensions?: { stale?: { path: string; reason: string }[] };
    };
    expect(stale.data?.artist?.name).toBe(known.name);
    expect(stale.extensions?.stale).toEqual([expect.objectContaining({ path: `/artists/${known.id}`, reason: 'quota-exceeded' })]);
  });
});
