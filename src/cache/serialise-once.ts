import type { Cache } from '@graphql-yoga/plugin-response-cache';

/**
 * Wraps an in-process response cache so that each stored result is turned into JSON once,
 * however many hits it serves. Yoga serialises a result with its own `stringify` when it has
 * one; a stored result gets one that remembers its first answer. (A cache that keeps results
 * in another process stores them as JSON anyway, and the function does not survive that.)
 */
export function serialiseOnce(cache: Cache): Cache {
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
