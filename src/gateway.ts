import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from './config.js';
import { createContext, type GatewayContext } from './context.js';
import { maskError } from './schema/errors.js';
import { schema, subgraphSchema } from './schema/index.js';
import { securityPlugins } from './security/plugins.js';
import { streamedBodyLimit } from './security/streamed-body-limit.js';
import { compiledExecution } from './execution/compiled.js';
import { responseCachePlugin, type ResponseCacheStorage } from './cache/response-cache.js';
import { CatalogCache } from './spotify/catalog-cache.js';
import { combineEvents, type UpstreamEvents } from './spotify/events.js';
import { graphiqlOptions, renderOfflineGraphiQL } from './http/graphiql.js';
import { operatorEndpoints } from './http/operator-endpoints.js';
import { silentLogger, type Logger } from './logger.js';
import { GatewayMetrics } from './observability/metrics.js';
import { requestObservability } from './observability/request-plugin.js';
import { requestIdOf } from './observability/request-scope.js';
import { upstreamLogEvents } from './observability/upstream-log.js';
import { browserProtection } from './http/browser-protection.js';
import { corsOptions } from './http/cors.js';
import { upstreamReadiness } from './http/readiness.js';
import { persistedOperations } from './http/persisted-operations.js';
import { useHttpCaching } from './http/http-caching.js';
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
  /** Where request and upstream logs go (default: nowhere). */
  logger?: Logger;
  /** Demo mode: arbitrary operations stay allowed whatever PERSISTED_OPERATIONS says. */
  demo?: boolean;
  /** Metrics registry to fill (default: a new one). */
  metrics?: GatewayMetrics;
}

export interface Gateway {
  yoga: YogaServerInstance<Record<string, unknown>, GatewayContext>;
  dataSource: SpotifyDataSource;
  store: AppStateStore;
  metrics: GatewayMetrics;
  close(): Promise<void>;
}

/** Builds the GraphQL gateway (no listening socket: server.ts does that, tests call yoga.fetch). */
export function createGateway(options: GatewayOptions): Gateway {
  const { config } = options;
  const store = options.store ?? new MemoryStore();
  const logger = options.logger ?? silentLogger;
  const metrics = options.metrics ?? new GatewayMetrics();
  const events = combineEvents(options.events, metrics.upstreamEvents, upstreamLogEvents(logger));
  const dataSource = createSpotifyDataSource({ ...config, store, events });
  const cacheTtlMs = config.cacheTtlSeconds * 1000;
  const catalog = cacheTtlMs > 0 ? new CatalogCache(store, cacheTtlMs, config.appMode, events) : undefined;
  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema: config.federationSubgraph ? subgraphSchema : schema,
    graphqlEndpoint: '/graphql',
    // Bodies are limited by streamedBodyLimit, without Yoga's per-request stream copy.
    maxRequestBodySize: false,
    landingPage: false,
    graphiql: config.graphiql ? graphiqlOptions : false,
    renderGraphiQL: renderOfflineGraphiQL,
    cors: corsOptions(config),
    context: ({ request }) => createContext(dataSource.api, config.requestDeadlineMs, events, catalog, requestIdOf(request)),
    maskedErrors: { maskError },
    plugins: [
      operatorEndpoints(metrics, upstreamReadiness(dataSource.api)),
      ...browserProtection(config),
      ...persistedOperations(config, options.demo ?? false),
      // After persisted operations, so a GET by documentId is judged by its operation text.
      useHttpCaching({ maxAgeSeconds: config.cacheTtlSeconds, maxTokens: config.maxTokens }),
      // After persisted operations, so a request sent by id is named by its operation.
      requestObservability(logger, metrics, { responseCache: cacheTtlMs > 0 }),
      // Before the response cache, which wraps whichever executor is in place, and before
      // the plugins that read errors when execution ends.
      compiledExecution(() => metrics.compiledOperations.inc()),
      ...securityPlugins(config),
      streamedBodyLimit(config.maxBodyBytes),
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
    metrics,
    close: async () => {
      await dataSource.close();
      await store.close();
    },
  };
}
