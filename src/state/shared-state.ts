import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { MemoryStore } from './memory-store.js';
import type { AppStateStore } from './app-state-store.js';
import { FallbackStore } from './fallback-store.js';
import { CircuitBreaker } from './circuit-breaker.js';
import type { PlaybackBus } from './playback-bus.js';
import { RedisPlaybackBus } from './redis-playback-bus.js';
import { RedisStore } from './redis-store.js';
import { fallbackResponseCache, redisResponseCache, type ResponseCacheStorage } from './response-storage.js';

export interface SharedState {
  store: AppStateStore;
  /** Resolves once the shared store is connected, or after a few seconds if it cannot be. */
  ready: Promise<void>;
  /** The response cache's storage when it is shared; undefined keeps it in-process. */
  responseCache?: ResponseCacheStorage;
  /** One playback poller per user for the whole fleet; undefined polls per process. */
  playbackBus?: PlaybackBus;
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
 * Longest a Redis command may take. Redis answers in well under a millisecond; one that takes
 * this long is not answering, and the operation is served in-process instead.
 */
const COMMAND_TIMEOUT_MS = 500;

/**
 * The state that belongs to the Spotify app: in-process without REDIS_URL; with it, in Redis
 * for the whole fleet, falling back to in-process state (and warning once) while Redis is
 * unreachable or not answering. The Redis clients reconnect by themselves.
 */
export function createSharedState(options: SharedStateOptions): SharedState {
  if (!options.redisUrl) return { store: new MemoryStore(), ready: Promise.resolve() };
  const namespace = `spotify-gateway:${options.clientId}:`;
  const connect = (extra: Record<string, unknown> = {}) =>
    new Redis(options.redisUrl!, {
      // Fail commands at once while disconnected, so callers fall back instead of queueing.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: 2000,
      enableAutoPipelining: true,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
      ...extra,
    });
  const redis = connect();
  // The subscriber only listens; its subscription waits for a connection instead of failing.
  const subscriber = connect({ enableOfflineQueue: true, commandTimeout: undefined });
  const cacheClient = connect({ keyPrefix: `${namespace}response-cache:` });
  // The playback bus's subscriptions come and go with listening users: a connection of their own.
  const playbackSubscriber = connect({ enableOfflineQueue: true, commandTimeout: undefined });
  // Errors surface as failed commands (and fall back); the clients' own events would only repeat them.
  for (const client of [redis, subscriber, cacheClient, playbackSubscriber]) client.on('error', () => undefined);

  const breaker = new CircuitBreaker({ logger: options.logger, onFallback: options.onFallback });
  const store = new FallbackStore(new RedisStore(redis, subscriber, namespace), redis, breaker, () => {
    cacheClient.disconnect();
    playbackSubscriber.disconnect();
  });
  const responseCache = fallbackResponseCache(
    redisResponseCache(cacheClient),
    options.responseCacheMaxEntries ?? 1000,
    cacheClient,
    breaker,
  );
  // Start serving once the state's and the response cache's connections are up, so the first
  // requests do not count as an outage (nor miss what another replica cached); if Redis is down
  // at start, serve anyway on in-process state.
  const connected = (client: Redis) => new Promise<void>((resolve) => (client.status === 'ready' ? resolve() : client.once('ready', () => resolve())));
  const ready = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CONNECT_WAIT_MS);
    timer.unref();
    void Promise.all([connected(redis), connected(cacheClient)]).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  const playbackBus = new RedisPlaybackBus(redis, playbackSubscriber, namespace);
  return { store, responseCache, ready, playbackBus };
}
