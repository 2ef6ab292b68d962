// The storage of the whole-response cache — in-process (each result turned into JSON once), in
// Redis for a fleet, or Redis with the in-process one taking over while Redis is away. Storage
// only: the plugin that decides what is kept and for whom is http/response-cache.ts.
import { createInMemoryCache, type Cache } from '@envelop/response-cache';
import { createRedisCache } from '@envelop/response-cache-redis';
import type { Redis } from 'ioredis';
import type { CircuitBreaker } from './circuit-breaker.js';

export type ResponseCacheStorage = Cache;

/**
 * In-process storage of at most `maxEntries` results, each turned into JSON once however many
 * hits it serves: Yoga serialises a result with its own `stringify` when it has one, and a
 * stored result gets one that remembers its first answer. (A cache in another process stores
 * JSON anyway, and the function would not survive that.)
 */
export function inProcessResponseCache(maxEntries: number): ResponseCacheStorage {
  const cache = createInMemoryCache({ max: maxEntries });
  return {
    set(id, result, entities, ttl) {
      let json: string | undefined;
      const stringify = (sanitised: unknown) => (json ??= JSON.stringify(sanitised));
      return cache.set(id, { ...result, stringify } as typeof result, entities, ttl);
    },
    get: (id) => cache.get(id),
    invalidate: (entities) => cache.invalidate(entities),
  };
}

/**
 * The response cache in Redis (the Envelop Redis store), shared by every replica.
 *
 * The store also records, for each response, the entities it contained, in sets that never
 * expire: they exist for invalidation by mutations, which never touch cached catalog data here.
 * Left in, they would grow for as long as the fleet runs. So responses are stored without
 * them, and every key the cache writes expires with its response's TTL.
 */
export function redisResponseCache(redis: Redis): ResponseCacheStorage {
  const cache = createRedisCache({ redis });
  return {
    get: (id) => cache.get(id),
    set: (id, data, _entities, ttl) => cache.set(id, data, [], ttl),
    invalidate: (entities) => cache.invalidate(entities),
  };
}

/**
 * The response cache on a shared store, with an in-process one of `localEntries` taking over
 * whenever the shared one cannot be used, so a Redis outage costs cache hits, never answers.
 */
export function fallbackResponseCache(
  shared: ResponseCacheStorage,
  localEntries: number,
  connection: { status: string },
  breaker: CircuitBreaker,
): ResponseCacheStorage {
  const local = createInMemoryCache({ max: localEntries });
  return {
    get: (id) => breaker.use('responseCache.get', connection, shared, local, (cache) => cache.get(id)),
    set: (id, data, entities, ttl) => breaker.use('responseCache.set', connection, shared, local, (cache) => cache.set(id, data, entities, ttl)),
    invalidate: (entities) => breaker.use('responseCache.invalidate', connection, shared, local, (cache) => cache.invalidate(entities)),
  };
}
