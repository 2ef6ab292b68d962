import { createRedisCache } from '@envelop/response-cache-redis';
import { Redis } from 'ioredis';
import { createInMemoryCache, type ResponseCacheStorage } from '../cache/response-cache.js';
import type { Logger } from '../logger.js';
import { MemoryStore } from '../spotify/memory-store.js';
import type { AppStateStore } from '../spotify/store.js';
import { fallbackCache } from './fallback-cache.js';
import { FallbackStore } from './fallback-store.js';
import { RedisStore } from './redis-store.js';

export interface SharedState {
  store: AppStateStore;
  /** Resolves once the shared store is connected, or after a few seconds if it cannot be. */
  ready: Promise<void>;
  /** The response cache's storage when it is shared; undefined keeps it in-process. */
  responseCache?: ResponseCacheStorage;
}

export interface SharedStateOptions {
  redisUrl: string | undefined;
  /** Namespaces every key: replicas of one Spotify app share state, other apps don't. */
  clientId: string;
  logger: Logger;
  /** Counts each operation that fell back to in-process state. */
  onFallback?: (operation: string) => void;
  responseCacheMaxEntries?: number;
}

/** How long start-up waits for Redis before serving on in-process state. */
const CONNECT_WAIT_MS = 3000;

/**
 * The state that belongs to the Spotify app: in-process without REDIS_URL; with it, in Redis
 * for the whole fleet, falling back to in-process state (and warning once) while Redis is
 * unreachable. The Redis client reconnects by itself.
 */
export function createSharedState(options: SharedStateOptions): SharedState {
  if (!options.redisUrl) return { store: new MemoryStore(), ready: Promise.resolve() };
  const namespace = `spotify-gateway:${options.clientId}:`;
  const connect = (extra: Record<string, unknown> = {}) =>
    new Redis(options.redisUrl!, {
      // Fail commands at once while disconnected, so callers fall back instead of queueing.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      enableAutoPipelining: true,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
      ...extra,
    });
  const redis = connect();
  const subscriber = connect({ enableOfflineQueue: true });
  const cacheClient = connect({ keyPrefix: `${namespace}response-cache:` });
  for (const client of [redis, subscriber, cacheClient]) client.on('error', () => undefined);

  let degraded = false;
  const fallback = (operation: string, error: Error) => {
    options.onFallback?.(operation);
    if (degraded) return;
    degraded = true;
    options.logger.warn('Redis is unavailable: using in-process state until it is back', { operation, error: error.message });
  };
  redis.on('ready', () => {
    if (!degraded) return;
    degraded = false;
    options.logger.info('Redis is back: shared state restored');
  });
  const isUp = () => redis.status === 'ready';
  const store = new FallbackStore(new RedisStore(redis, subscriber, namespace), isUp, { fallback }, () => cacheClient.disconnect());
  const responseCache = fallbackCache(
    createRedisCache({ redis: cacheClient }),
    createInMemoryCache({ max: options.responseCacheMaxEntries ?? 1000 }),
    () => cacheClient.status === 'ready',
    fallback,
  );
  // Start serving once connected, so the first requests do not count as an outage; if Redis
  // is down at start, serve anyway on in-process state.
  const ready = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CONNECT_WAIT_MS);
    timer.unref();
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return { store, responseCache, ready };
}
