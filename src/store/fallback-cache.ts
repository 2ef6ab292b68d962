import type { ResponseCacheStorage } from '../cache/response-cache.js';

/**
 * The response cache on a shared store, with an in-process one taking over whenever the
 * shared one fails, so a Redis outage costs cache hits, never answers.
 */
export function fallbackCache(primary: ResponseCacheStorage, local: ResponseCacheStorage, isUp: () => boolean, onFallback: (operation: string, error: Error) => void): ResponseCacheStorage {
  const use = async <T>(operation: string, run: (cache: ResponseCacheStorage) => T | Promise<T>): Promise<T> => {
    if (isUp()) {
      try {
        return await run(primary);
      } catch (error) {
        onFallback(operation, error as Error);
      }
    } else onFallback(operation, new Error('not connected'));
    return run(local);
  };
  return {
    get: (id) => use('responseCache.get', (cache) => cache.get(id)),
    set: (id, data, entities, ttl) => use('responseCache.set', (cache) => cache.set(id, data, entities, ttl)),
    invalidate: (entities) => use('responseCache.invalidate', (cache) => cache.invalidate(entities)),
  };
}
