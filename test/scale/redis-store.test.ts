import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createSharedState, type SharedState } from '../../src/state/shared-state.js';
import { RETRY_AFTER_FAILURE_MS } from '../../src/state/circuit-breaker.js';
import { RedisStore } from '../../src/state/redis-store.js';
import { startRedis, type RedisServer } from '../helpers/redis.js';
import { redisMissing } from './fleet.js';

const missing = redisMissing('Redis store tests');

describe.skipIf(missing !== undefined)('RedisStore against a real redis-server', () => {
  let server: RedisServer;
  let inspect: Redis;
  const clients: Redis[] = [];
  const store = (namespace = 'spotify-gateway:test-client:') => {
    const redis = new Redis(server.url);
    const subscriber = new Redis(server.url);
    clients.push(redis, subscriber);
    return new RedisStore(redis, subscriber, namespace);
  };
  beforeAll(async () => {
    server = await startRedis();
    inspect = new Redis(server.url);
  });
  afterAll(async () => {
    for (const client of [...clients, inspect]) client?.disconnect();
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

  it("renews the refresh lock for its owner only, so a dead owner's lock runs out", async () => {
    const a = store('ns-lease:');
    const b = store('ns-lease:');
    expect(await a.acquireTokenLock(300)).toBe(true);
    expect(await b.renewTokenLock(5000)).toBe(false);
    expect(await a.renewTokenLock(5000)).toBe(true);
    // Renewed: still held well past its first 300 ms.
    await new Promise((r) => setTimeout(r, 500));
    expect(await b.acquireTokenLock(300)).toBe(false);
    expect(await inspect.pttl('ns-lease:token-lock')).toBeGreaterThan(3000);
    // Not renewed: gone after its lease, and no longer the old owner's to renew.
    await inspect.pexpire('ns-lease:token-lock', 100);
    await new Promise((r) => setTimeout(r, 200));
    expect(await b.acquireTokenLock(5000)).toBe(true);
    expect(await a.renewTokenLock(5000)).toBe(false);
    await b.releaseTokenLock();
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

  it('treats values it did not write as absent, and survives junk on the pause channel', async () => {
    const ns = 'ns-junk:';
    const a = store(ns);
    await inspect.set(`${ns}token`, '{"accessToken": 42}');
    expect(await a.getToken()).toBeUndefined();
    await inspect.set(`${ns}token`, 'not json');
    expect(await a.getToken()).toBeUndefined();
    // A token that cannot be read is dropped like a refused one, so a good one can take its place.
    await a.dropToken('anything');
    expect(await inspect.exists(`${ns}token`)).toBe(0);

    await inspect.set(`${ns}cache:k`, '{truncated');
    expect(await a.cacheGet('k')).toBeUndefined();

    await inspect.set(`${ns}pause`, 'garbage');
    await inspect.publish(`${ns}pause-channel`, 'garbage');
    await inspect.publish(`${ns}pause-channel`, '{"until":"soon"}');
    await a.refreshPause();
    expect(await a.getPause()).toBeUndefined();
    // A real pause replaces the junk and still reaches everyone.
    const until = Date.now() + 20_000;
    await a.setPause({ until });
    expect(JSON.parse((await inspect.get(`${ns}pause`))!).until).toBe(until);
    const b = store(ns);
    await b.refreshPause();
    expect((await b.getPause())?.until).toBe(until);
  });
});

describe.skipIf(missing !== undefined)('shared state when Redis stops answering', () => {
  let server: RedisServer | undefined;
  let shared: SharedState | undefined;
  let inspect: Redis | undefined;
  afterEach(async () => {
    server?.thaw();
    await shared?.store.close();
    inspect?.disconnect();
    await server?.kill();
    server = shared = inspect = undefined;
  });

  it('serves from in-process state, stops sending to the hung server after a failure, warns once and comes back', async () => {
    server = await startRedis();
    const lines: { level: string; msg: string }[] = [];
    const fallbacks: string[] = [];
    shared = createSharedState({
      redisUrl: server.url,
      clientId: 'hang-client',
      logger: createLogger({ write: (line) => lines.push(JSON.parse(line)) }),
      onFallback: (operation) => fallbacks.push(operation),
    });
    await shared.ready;
    const { store } = shared;
    await store.cacheSet('before', 1, 60_000);
    expect(await store.cacheGet('before')).toBe(1);
    expect(fallbacks).toEqual([]);

    server.freeze();
    // The first command waits for its timeout, then is answered in-process…
    await store.cacheSet('first', 'a', 60_000);
    // …and for a moment after that nothing more is sent to the hung server.
    await store.cacheSet('second', 'b', 60_000);
    expect(await store.cacheGet('second')).toBe('b');
    expect(fallbacks).toEqual(['cacheSet', 'cacheSet', 'cacheGet']);
    expect(lines.filter((line) => line.level === 'warn')).toHaveLength(1);
    // Checking the pause reads in-process state only: once Redis may be tried again, that
    // check alone must not be taken for Redis being back.
    await new Promise((r) => setTimeout(r, RETRY_AFTER_FAILURE_MS + 100));
    expect(await store.getPause()).toBeUndefined();
    expect(lines.filter((line) => line.msg.includes('Redis is back'))).toEqual([]);

    server.thaw();
    inspect = new Redis(server.url);
    const ns = 'spotify-gateway:hang-client:cache:';
    // The command that was sent runs once the server answers again; the held-back one never went.
    await expect.poll(() => inspect!.exists(`${ns}first`), { timeout: 5000 }).toBe(1);
    expect(await inspect.exists(`${ns}second`)).toBe(0);

    // Operations go back to Redis by themselves.
    await expect.poll(async () => (await store.cacheGet('before')) === 1 && lines.some((line) => line.msg.includes('Redis is back')), { timeout: 5000 }).toBe(true);
    await store.cacheSet('after', 'c', 60_000);
    expect(await inspect.exists(`${ns}after`)).toBe(1);
    expect(lines.filter((line) => line.level === 'warn')).toHaveLength(1);
  });

  it('serves from in-process state when Redis is not there at start', async () => {
    const unused = await startRedis();
    const url = unused.url;
    await unused.kill();
    const lines: { level: string; msg: string }[] = [];
    shared = createSharedState({ redisUrl: url, clientId: 'absent', logger: createLogger({ write: (line) => lines.push(JSON.parse(line)) }) });
    await shared.ready;
    await shared.store.setToken({ accessToken: 'from-spotify', expiresAt: Date.now() + 60_000 });
    expect((await shared.store.getToken())?.accessToken).toBe('from-spotify');
    expect(await shared.store.acquireTokenLock(1000)).toBe(true);
    expect(await shared.store.acquireTokenLock(1000)).toBe(false);
    await shared.responseCache!.set('id', { data: { x: 1 } }, [], 60_000);
    expect(await shared.responseCache!.get('id')).toEqual({ data: { x: 1 } });
    expect(lines.filter((line) => line.level === 'warn')).toHaveLength(1);
  });
});
