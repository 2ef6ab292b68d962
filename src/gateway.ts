import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from './config.js';
import { createContext, type GatewayContext } from './context.js';
import { maskError } from './schema/errors.js';
import { schema } from './schema/index.js';
import { securityPlugins } from './security/plugins.js';
import type { UpstreamEvents } from './spotify/events.js';
import { MemoryStore } from './spotify/memory-store.js';
import { createSpotifyDataSource, type SpotifyDataSource } from './spotify/source.js';
import type { AppStateStore } from './spotify/store.js';

export interface GatewayOptions {
  /** Configuration with credentials filled in (demo mode fills in the emulator's). */
  config: Config & { credentials: NonNullable<Config['credentials']> };
  store?: AppStateStore;
  events?: UpstreamEvents;
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
  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    context: () => createContext(dataSource.api, config.requestDeadlineMs, events),
    maskedErrors: { maskError },
    plugins: [...securityPlugins(config)],
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
