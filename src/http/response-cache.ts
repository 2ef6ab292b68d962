// The whole-response cache as a Yoga plugin: what is kept, under which key, and for whom. Its
// storage (in-process, Redis, or Redis with a fallback) is state/response-storage.ts.
import { createHash } from 'node:crypto';
import { useResponseCache as useYogaResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import { inProcessResponseCache, type ResponseCacheStorage } from '../state/response-storage.js';
import { callerOf } from './caller.js';
import { bareTag } from './content-encoding.js';

export interface ResponseCacheOptions {
  ttlMs: number;
  /** Part of every key: the Spotify app mode, since the two modes answer the same query differently. */
  partition: string;
  /** Where entries live; in-process and bounded unless another store is given. */
  cache?: ResponseCacheStorage;
  /** Entries kept by the in-process cache. */
  maxEntries?: number;
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
  const cache = useYogaResponseCache({
    ttl: options.ttlMs,
    // The storage keeps what it is given; the plugin's narrower type only names its extensions.
    cache: (options.cache ?? inProcessResponseCache(options.maxEntries ?? 1000)) as Cache,
    // Every client sees the same catalog: one shared "session" per app mode.
    session: () => options.partition,
    // A signed-in caller's answers are theirs alone: the key holds no user, so a stored answer
    // would be served to every caller of the same query. Never answered from, nor stored.
    enabled: (request) => callerOf(request).kind === 'app',
    buildResponseCacheKey: cacheKey,
    // A response holding a playlist is never kept: Spotify's Cache-Control for playlists
    // (revalidate every time) is honoured by the conditional GET below, and this cache's TTL
    // would serve one staler than Spotify allows.
    ttlPerSchemaCoordinate: { Playlist: 0 },
    // A TTL of 0 is "do not store" (the plugin decides before the result's extensions are added).
    onTtl: ({ ttl, context }) => (options.notFresh?.(context) ? 0 : ttl),
    includeExtensionMetadata: false,
  });
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(useEntityTags());
      addPlugin(cache);
    },
  };
}

/**
 * The response cache names a stored answer by its key, sent as the ETag, and looks up
 * If-None-Match as that key, verbatim. Entity tags are quoted (RFC 9110 §8.8.3), and a
 * compressed answer's tag is weak (`W/"…"`, http/compression.ts): so the ETag goes out quoted,
 * and If-None-Match comes in bare, or a browser that got a compressed answer (every browser)
 * would never be answered 304.
 */
function useEntityTags(): Plugin {
  return {
    onRequest({ request }) {
      const tag = request.headers.get('if-none-match');
      // One tag, the form the cache's answers carry; a list or `*` is left to the cache to miss.
      if (tag && !tag.includes(',') && tag.trim() !== '*') request.headers.set('if-none-match', bareTag(tag));
    },
    onResponse({ response }) {
      const etag = response.headers.get('etag');
      if (etag && !etag.includes('"')) response.headers.set('etag', etag.startsWith('W/') ? `W/"${etag.slice(2)}"` : `"${etag}"`);
    },
  };
}
