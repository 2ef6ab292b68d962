import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { AppMode } from '../spotify/types.js';

export type ResponseCacheStorage = Cache;
export { createInMemoryCache };

export interface ResponseCacheOptions {
  ttlMs: number;
  /** Part of every key: the two app modes answer the same query differently. */
  appMode: AppMode;
  /** Where entries live; in-process and bounded unless another store is given. */
  cache?: ResponseCacheStorage;
  /** Entries kept by the in-process cache. */
  maxEntries?: number;
}

/**
 * Whole-response cache keyed by operation, variables and app mode. A hit is answered from the
 * request's parameters, before parse, validate and execute; results with errors (a rate limit,
 * an upstream failure) are never stored. Clients also get an ETag to revalidate with.
 */
export function responseCachePlugin(options: ResponseCacheOptions): Plugin {
  return useResponseCache({
    ttl: options.ttlMs,
    cache: options.cache ?? createInMemoryCache({ max: options.maxEntries ?? 1000 }),
    // Every client sees the same catalog: one shared "session" per app mode.
    session: () => options.appMode,
    includeExtensionMetadata: false,
  });
}
