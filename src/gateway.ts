import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from './config.js';
import { createContext, type GatewayContext } from './context.js';
import { maskError } from './schema/errors.js';
import { schema } from './schema/index.js';
import { securityPlugins } from './security/plugins.js';
import { responseCachePlugin, type ResponseCacheStorage } from './cache/response-cache.js';
import { CatalogCache } from './spotify/catalog-cache.js';
import type { UpstreamEvents } from './spotify/events.js';
import { MemoryStore } from './spotify/memory-store.js';
import { createSpotifyDataSource, type SpotifyDataSource } from './spotify/source.js';
import type { AppStateStore } from './spotify/store.js';

export interface GatewayOptions {
  /** Configuration with credentials filled in (demo mode fills in the emulator's). */
  config: Config & { credentials: NonNullable<Config['credentials']> };
  store?: AppStateStore;
  events?: UpstreamEvents;
  /** Storage of the response cache (default: in-process, bounded). */
  responseCache?: ResponseCacheStorage;
}

export interface Gateway {
  yoga: YogaServerInstance<Record<string, unknown>, GatewayContext>;
  dataSource: SpotifyDataSource;
  store: AppStateStore;
  close(): Promise<void>;
}

/** Builds the GraphQL gateway (no listening socket: server.ts does that, tests call yoga.fetch). */
export function createGateway(options: GatewayOptions): Gateway {
  const { config } = options;
  const store = options.store ?? new MemoryStore();
  const events = options.events ?? {};
  const dataSource = createSpotifyDataSource({ ...config, store, events });
  const cacheTtlMs = config.cacheTtlSeconds * 1000;
  const catalog = cacheTtlMs > 0 ? new CatalogCache(store, cacheTtlMs, config.appMode, events) : undefined;
  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    context: () => createContext(dataSource.api, config.requestDeadlineMs, events, catalog),
    maskedErrors: { maskError },
    plugins: [
      ...securityPlugins(config),
      ...(cacheTtlMs > 0 ? [
            responseCachePlugin({
              ttlMs: cacheTtlMs,
              appMode: config.appMode,
              maxEntries: config.responseCacheMaxEntries,
              cache: options.responseCache,
            }),
          ] : []),
    ],
    batching: config.batchLimit > 0 ? { limit: config.batchLimit } : false,
    logging: false,
  });
  return {
    yoga,
    dataSource,
    store,
    close: async () => {
      await dataSource.close();
      await store.close();
    },
  };
}
