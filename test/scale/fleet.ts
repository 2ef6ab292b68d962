import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from 'spotify-emulator';
import { freePort, gatewayEnvFor, startNode, waitForOutput, type Started } from '../helpers/processes.js';
import { redisUnavailable, startRedis, type RedisServer } from '../helpers/redis.js';

/** Why these tests cannot run here (printed once), or undefined when they can. */
export function redisMissing(what: string): string | undefined {
  const missing = redisUnavailable();
  if (missing) console.warn(`skipping ${what}: ${missing}`);
  return missing;
}

export interface Replica {
  url: string;
  process: Started;
}

export interface GraphQLResult {
  data?: any;
  errors?: { message: string; extensions?: { code?: string; retryAfter?: number; reason?: string } }[];
}

export async function gql(replica: Replica, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult> {
  const response = await fetch(`${replica.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult;
}

export const ARTIST = 'query($id: ID!) { artist(id: $id) { name } }';

async function startReplica(emulator: Emulator, redis: RedisServer, env: Record<string, string>, started: Replica[]): Promise<void> {
  const port = await freePort();
  const child = startNode('src/server.ts', {
    PORT: String(port),
    ...gatewayEnvFor(emulator),
    REDIS_URL: redis.url,
    CACHE_TTL_SECONDS: '300',
    LOG_FORMAT: 'json',
    ...env,
  });
  // Tracked before it is ready, so one that fails to start is stopped with the others.
  const replica = { url: `http://127.0.0.1:${port}`, process: child };
  started.push(replica);
  await waitForOutput(child, (text) => text.includes('ready at'));
}

export interface Fleet {
  emulator: Emulator;
  redis: RedisServer;
  replicas: Replica[];
  /** A client of the fleet's Redis, to look at what the replicas keep there. */
  inspect: Redis;
}

/**
 * One emulator, one redis-server and three gateway processes sharing it, for the describe
 * block that calls this; all stopped after it.
 */
export function fleetOfThree(options: { env?: Record<string, string>; emulator?: EmulatorOptions } = {}): Fleet {
  const fleet = {} as Fleet;
  beforeAll(async () => {
    fleet.emulator = await startEmulator(options.emulator);
    fleet.redis = await startRedis();
    fleet.inspect = new Redis(fleet.redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    fleet.inspect.on('error', () => undefined);
    fleet.replicas = [];
    await Promise.all([1, 2, 3].map(() => startReplica(fleet.emulator, fleet.redis, options.env ?? {}, fleet.replicas)));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(
      (fleet.replicas ?? []).map(async (replica) => {
        replica.process.child.kill('SIGTERM');
        await replica.process.exited;
      }),
    );
    fleet.inspect?.disconnect();
    await fleet.redis?.kill();
    await fleet.emulator?.close();
  });
  return fleet;
}

/** The JSON log lines a replica printed. */
export function logLines(replica: Replica): { level?: string; msg?: string; [field: string]: unknown }[] {
  return replica.process
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { level?: string; msg?: string });
}

/**
 * Waits until the fleet's Redis holds a cached response whose data has the root field `field`:
 * the response cache stores an answer after it is sent, so another replica asked at once could
 * run before it is there.
 */
export async function responseStored(fleet: Fleet, field: string): Promise<void> {
  await fleet.inspect.connect().catch(() => undefined);
  const stored = async () => {
    const keys = await fleet.inspect.keys('*');
    const values = keys.length ? await fleet.inspect.mget(keys).catch(() => []) : [];
    return values.some((value) => typeof value === 'string' && value.includes(`{"data":{"${field}":`));
  };
  await expect.poll(stored, { timeout: 5_000, interval: 50 }).toBe(true);
}
