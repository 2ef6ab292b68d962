import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStore } from '../../src/store/redis-store.js';
import { redisUnavailable, startRedis, type RedisServer } from '../helpers/redis.js';

const missing = redisUnavailable();
if (missing) console.warn(`skipping Redis store tests: ${missing}`);

describe.skipIf(missing !== undefined)('RedisStore against a real redis-server', () => {
  let server: RedisServer;
  const clients: Redis[] = [];
  const store = (namespace = 'spotify-gateway:test-client:') => {
    const redis = new Redis(server.url);
    const subscriber = new Redis(server.url);
    clients.push(redis, subscriber);
    return new RedisStore(redis, subscriber, namespace);
  };
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await server?.kill();
  });

  it('shares one token and lets only one holder take the refresh lock', async () => {
    const a = store();
    const b = store();
    expect(await a.acquireTokenLock(5000)).toBe(true);
    expect(await b.acquireTokenLock(5000)).toBe(false);
    // Only the owner can release it.
    await b.releaseTokenLock();
    expect(await b.acquireTokenLock(5000)).toBe(false);
    await a.setToken({ accessToken: 'token-1', expiresAt: Date.now() + 60_000 });
    await a.releaseTokenLock();
    expect((await b.getToken())?.accessToken).toBe('token-1');
    expect(await b.acquireTokenLock(5000)).toBe(true);
    await b.releaseTokenLock();
    // Dropping a token that was already replaced leaves the new one alone.
    await b.setToken({ accessToken: 'token-2', expiresAt: Date.now() + 60_000 });
    await a.dropToken('token-1');
    expect((await a.getToken())?.accessToken).toBe('token-2');
    await a.dropToken('token-2');
    expect(await b.getToken()).toBeUndefined();
  });

  it('pushes a pause to every replica and never shortens it', async () => {
    const a = store('ns-pause:');
    const b = store('ns-pause:');
    await new Promise((r) => setTimeout(r, 100));
    const until = Date.now() + 30_000;
    await a.setPause({ until, reason: 'QUOTA_EXCEEDED' });
    await expect.poll(() => b.getPause()).toEqual({ until, reason: 'QUOTA_EXCEEDED' });
    await b.setPause({ until: until - 10_000 });
    expect((await a.getPause())?.until).toBe(until);
    const late = store('ns-pause:');
    await late.refreshPause();
    expect((await late.getPause())?.until).toBe(until);
  });

  it('counts the budget across replicas and keeps namespaces apart', async () => {
    const a = store('ns-budget:');
    const b = store('ns-budget:');
    const other = store('ns-other:');
    expect(await a.takeBudget(2, 30_000)).toBe(0);
    expect(await b.takeBudget(2, 30_000)).toBe(0);
    expect(await a.takeBudget(2, 30_000)).toBeGreaterThan(0);
    expect(await other.takeBudget(2, 30_000)).toBe(0);
    await a.cacheSet('k', { v: 1 }, 60_000);
    expect(await b.cacheGet('k')).toEqual({ v: 1 });
    expect(await other.cacheGet('k')).toBeUndefined();
  });
});
