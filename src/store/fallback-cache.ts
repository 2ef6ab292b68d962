import type { ResponseCacheStorage } from '../cache/response-cache.js';
import type { SharedLink } from './link.js';

/**
 * The response cache on a shared store, with an in-process one taking over whenever the
 * shared one cannot be used, so a Redis outage costs cache hits, never answers.
 */
export function fallbackCache(
  shared: ResponseCacheStorage,
  local: ResponseCacheStorage,
  connection: { status: string },
  link: SharedLink,
): ResponseCacheStorage {
  return {
    get: (id) => link.use('responseCache.get', connection, shared, local, (cache) => cache.get(id)),
    set: (id, data, entities, ttl) => link.use('responseCache.set', connection, shared, local, (cache) => cache.set(id, data, entities, ttl)),
    invalidate: (entities) => link.use('responseCache.invalidate', connection, shared, local, (cache) => cache.invalidate(entities)),
  };
}
