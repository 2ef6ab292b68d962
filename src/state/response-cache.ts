// The whole-response cache: the Yoga plugin, and the storage behind it — in-process (each
// result turned into JSON once), in Redis for a fleet, or Redis with the in-process one taking
// over while Redis is away.
import { createHash } from 'node:crypto';
import { createRedisCache } from '@envelop/response-cache-redis';
import { createInMemoryCache, useResponseCache as useYogaResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
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

export interface ResponseCacheOptions {
  ttlMs: number;
  /** Part of every key: the Spotify app mode, since the two modes answer the same query differently. */
  partition: string;
  /** Where entries live; in-process and bounded unless another store is given. */
  cache?: ResponseCacheStorage;
  /** Entries kept by the in-process cache. */
  maxEntries?: number;
  /**
   * Requests the cache neither answers nor stores: those carrying a signed-in user's token,
   * whose answers are that user's alone (the key holds no user, so a stored answer would be
   * served to every caller of the same query).
   */
  bypass?: (request: Request) => boolean;
  /**
   * Whether an executed result must not be stored although it has no errors: one answered
   * with kept facts past their TTL (`extensions.stale`) is not fresh, and the next request
   * should see the refreshed fact.
   */
  notFresh?: (context: unknown) => boolean;
}

/**
 * The key of a response: operation text, variables, operation name and app mode, hashed with
 * node:crypto. (The default goes through WebCrypto's asynchronous digest, which was the
 * largest single cost of a cache hit in profiles.)
 */
function cacheKey(params: { documentString: string; variableValues?: unknown; operationName?: string | null; sessionId?: string | null }): string {
  return createHash('sha256')
    .update(params.documentString)
    .update('\u0000')
    .update(JSON.stringify(params.variableValues ?? {}))
    .update('\u0000')
    .update(params.operationName ?? '')
    .update('\u0000')
    .update(params.sessionId ?? '')
    .digest('base64url');
}

/**
 * Whole-response cache keyed by operation, variables and app mode. A hit is answered from the
 * request's parameters, before parse, validate and execute; results with errors (a rate limit,
 * an upstream failure) are never stored. Clients also get an ETag to revalidate with.
 */
export function useResponseCache(options: ResponseCacheOptions): Plugin {
  return useYogaResponseCache({
    ttl: options.ttlMs,
    cache: options.cache ?? inProcessResponseCache(options.maxEntries ?? 1000),
    // Every client sees the same catalog: one shared "session" per app mode.
    session: () => options.partition,
    enabled: (request) => !options.bypass?.(request),
    buildResponseCacheKey: cacheKey,
    // A response holding a playlist is never kept: Spotify's Cache-Control for playlists
    // (revalidate every time) is honoured by the conditional GET below, and this cache's TTL
    // would serve one staler than Spotify allows.
    ttlPerSchemaCoordinate: { Playlist: 0 },
    // A TTL of 0 is "do not store" (the plugin decides before the result's extensions are added).
    onTtl: ({ ttl, context }) => (options.notFresh?.(context) ? 0 : ttl),
    includeExtensionMetadata: false,
  });
}
