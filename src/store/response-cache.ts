import { createRedisCache } from '@envelop/response-cache-redis';
import type { Redis } from 'ioredis';
import type { ResponseCacheStorage } from '../cache/response-cache.js';

/**
 * The response cache in Redis (the Envelop Redis store), shared by every replica.
 *
 * The store also records, for each response, the entities it contained, in sets that never
 * expire: they exist for invalidation by mutations, which this read-only gateway has none of.
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
