import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from './config.js';
import type { GatewayContext, RequestScope } from './context.js';
import { useCompiledExecution } from './execution/compiled.js';
import { callerOf } from './http/caller.js';
import { clientAddress } from './http/client-address.js';
import { useClientRateLimitStatus } from './http/client-rate-limit.js';
import { useBrowserProtection } from './http/browser-protection.js';
import { corsOptions } from './http/cors.js';
import { useDemoImages } from './http/demo-images.js';
import { DEMO_SCOPES, useDemoSignIn, type DemoSignIn } from './http/demo-sign-in.js';
import { useCompression } from './http/compression.js';
import { graphiqlOptions, useGraphiQL } from './http/graphiql.js';
import { useOperatorEndpoints } from './http/operator-endpoints.js';
import { usePersistedDocuments } from './http/persisted-operations.js';
import { upstreamReadiness } from './http/readiness.js';
import { useWebApp } from './http/web-app.js';
import { useWebAppSettings, type WebAppSignIn } from './http/web-app-settings.js';
import { silentLogger, type Logger } from './logger.js';
import { GatewayMetrics } from './observability/metrics.js';
import { useStageTiming } from './observability/stage-timing.js';
import { useRequestObservability } from './observability/request-plugin.js';
import { upstreamLogEvents } from './observability/upstream-log.js';
import { maskError } from './schema/errors.js';
import { schema, subgraphSchema } from './schema/index.js';
import { useBodyLimit } from './security/body-limit.js';
import { useQueryLimits } from './security/query-limits.js';
import { ClientBudgets } from './spotify/upstream/client-budget.js';
import { combineEvents, type UpstreamEvents } from './spotify/upstream/events.js';
import { createSpotifyDataSource, type SpotifyDataSource } from './spotify/data-source.js';
import type { AppStateStore } from './state/app-state-store.js';
import type { PlaybackBus } from './state/playback-bus.js';
import { CatalogCache } from './state/catalog-cache.js';
import { MemoryStore } from './state/memory-store.js';
import { useResponseCache } from './http/response-cache.js';
import type { ResponseCacheStorage } from './state/response-storage.js';
import { useHttpCaching } from './http/http-caching.js';
import { staleFactsOf, useStaleAnswers } from './http/stale-answers.js';

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
  /** Demo mode: GraphiQL's sign-in control and the /auth/callback page, against the emulator. */
  signIn?: DemoSignIn;
  /** Demo mode: the emulator whose covers the gateway serves at /images/ (see http/demo-images.ts). */
  demoImagesFrom?: string;
  /** Metrics registry to fill (default: a new one). */
  metrics?: GatewayMetrics;
  /** Shares each user's playback poller with the other replicas (Redis); default: one per process. */
  playbackBus?: PlaybackBus;
}

export interface Gateway {
  yoga: YogaServerInstance<RequestScope, GatewayContext>;
  dataSource: SpotifyDataSource;
  store: AppStateStore;
  metrics: GatewayMetrics;
  close(): Promise<void>;
}

/**
 * Where the web app signs users in: in demo mode the emulator's consent page and token
 * exchange under the gateway's own origin; otherwise Spotify's accounts service, which takes
 * PKCE from a browser directly (the app's redirect URI, <origin>/callback, must be registered).
 */
function webAppSignIn(config: GatewayOptions['config'], demo: DemoSignIn | undefined): WebAppSignIn {
  const scopes = DEMO_SCOPES.join(' ');
  if (demo) return { authorizeUrl: '/authorize', tokenUrl: '/auth/token', clientId: demo.clientId, scopes };
  return { authorizeUrl: `${config.accountsUrl}/authorize`, tokenUrl: `${config.accountsUrl}/api/token`, clientId: config.credentials.clientId, scopes };
}

/** Builds the GraphQL gateway (no listening socket: server.ts does that, tests call yoga.fetch). */
export function createGateway(options: GatewayOptions): Gateway {
  const { config } = options;
  const store = options.store ?? new MemoryStore();
  const logger = options.logger ?? silentLogger;
  const metrics = options.metrics ?? new GatewayMetrics();
  const events = combineEvents(options.events, metrics.upstreamEvents, upstreamLogEvents(logger));
  const cacheTtlMs = config.cacheTtlSeconds * 1000;
  const windows = {
    ttlMs: cacheTtlMs,
    staleWhileRevalidateMs: config.cacheStaleWhileRevalidateSeconds * 1000,
    staleIfErrorMs: config.cacheStaleIfErrorSeconds * 1000,
  };
  const catalog = cacheTtlMs > 0 ? new CatalogCache(store, windows, config.appMode, (cache, hit) => metrics.countCache(cache, hit)) : undefined;
  const dataSource = createSpotifyDataSource({ ...config, store, events, catalog, playbackBus: options.playbackBus });
  const clientBudgets = new ClientBudgets(store, config.clientUpstreamCallsPerMinute, events);
  const yoga = createYoga<RequestScope, GatewayContext>({
    schema: config.federationSubgraph ? subgraphSchema() : schema,
    graphqlEndpoint: '/graphql',
    // Bodies are limited by useBodyLimit, without Yoga's per-request stream copy.
    maxRequestBodySize: false,
    landingPage: false,
    // GraphiQL is served by useGraphiQL, as a small page and cacheable files.
    graphiql: false,
    cors: corsOptions(config),
    context: ({ request, requestId, req }) => {
      const caller = callerOf(request);
      const user = caller.kind === 'user' ? caller : undefined;
      return {
        requestId,
        spotify: dataSource.forRequest({
          deadline: Date.now() + config.requestDeadlineMs,
          requestId,
          signal: request.signal,
          user,
          clientBudget: clientBudgets.for(() => ({ client: clientAddress(request, req?.socket?.remoteAddress, config.trustedProxies), user: user?.digest }), requestId),
        }),
      };
    },
    maskedErrors: { maskError },
    plugins: [
      // GraphiQL's page and files, demo covers, then the web app at /: answered before anything GraphQL runs.
      ...(config.graphiql ? [useGraphiQL(graphiqlOptions, options.signIn)] : []),
      ...(options.demoImagesFrom ? [useDemoImages(options.demoImagesFrom)] : []),
      useWebApp(),
      useWebAppSettings({ demo: options.demo ?? false, appMode: config.appMode, signIn: webAppSignIn(config, options.signIn) }),
      useOperatorEndpoints(metrics, upstreamReadiness(dataSource)),
      ...(options.signIn ? [useDemoSignIn(options.signIn)] : []),
      ...useBrowserProtection(config),
      ...usePersistedDocuments(config, options.demo ?? false),
      // After persisted operations, so a GET by documentId is judged by its operation text.
      useHttpCaching({ maxAgeSeconds: config.cacheTtlSeconds, maxTokens: config.maxTokens }),
      // After persisted operations, so a request sent by id is named by its operation.
      useRequestObservability(logger, metrics, { responseCache: cacheTtlMs > 0, callerKind: (request) => callerOf(request).kind }),
      ...useStageTiming(),
      // A refused client's answer is HTTP 429 with Retry-After (its body keeps what could be answered).
      useClientRateLimitStatus(),
      useBodyLimit(config.maxBodyBytes),
      // Before the response cache, which wraps whichever executor is in place, and before
      // the plugins that read errors when execution ends.
      useCompiledExecution(() => metrics.compiledOperations.inc()),
      ...useQueryLimits(config),
      useStaleAnswers(),
      ...(cacheTtlMs > 0
        ? [
            useResponseCache({
              ttlMs: cacheTtlMs,
              partition: config.appMode,
              maxEntries: config.responseCacheMaxEntries,
              cache: options.responseCache,
              notFresh: (context) => staleFactsOf(context).length > 0,
            }),
          ]
        : []),
      // Last: it compresses the answer every plugin before it has settled on.
      useCompression(),
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
