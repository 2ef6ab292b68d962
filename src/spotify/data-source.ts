import type { AppStateStore } from '../state/app-state-store.js';
import type { CatalogCache } from '../state/catalog-cache.js';
import { TokenProvider, type Credentials } from './upstream/app-token.js';
import type { CallContext } from './upstream/call-context.js';
import { capabilitiesFor, type Capabilities } from './catalog/capabilities.js';
import { SpotifyEndpoints, type BoundGet } from './catalog/endpoints.js';
import type { UpstreamEvents } from './upstream/events.js';
import { ConditionalGets } from './upstream/conditional-get.js';
import { Exchange } from './upstream/exchange.js';
import { SpotifyFacade, type FacadeParts } from './facade.js';
import { RateLimitGate } from './upstream/gate.js';
import { createDecoder } from './upstream/spec/decode.js';
import { PageSizes } from './catalog/page-window.js';
import { ConcurrencyLimiter } from './upstream/limiter.js';
import { Transport } from './upstream/transport.js';
import { UserShares } from './upstream/user-share.js';
import type { AppMode } from './upstream/app-mode.js';
import { WebApiClient } from './upstream/web-api-client.js';

export interface DataSourceOptions {
  accountsUrl: string;
  apiUrl: string;
  credentials: Credentials;
  appMode: AppMode;
  store: AppStateStore;
  events?: UpstreamEvents;
  /** Cross-request cache of full catalog objects; none when caching is off. */
  catalog?: CatalogCache;
  rateLimitWaitCapSeconds: number;
  upstreamTimeoutMs: number;
  upstreamRetries: number;
  upstreamConcurrency: number;
  upstreamRequestsPer30s: number;
}

export interface SpotifyDataSource {
  capabilities: Capabilities;
  /** The per-request facade: made once for each GraphQL request. */
  forRequest(call: CallContext): SpotifyFacade;
  /** Whether a token can be had and Spotify answers the smallest search there is. */
  probe(call: CallContext): Promise<void>;
  /** Closes the keep-alive connections. */
  close(): Promise<void>;
}

/** Wires the Spotify data source: transport, failure policy, token, rate limits, endpoints. */
export function createSpotifyDataSource(options: DataSourceOptions): SpotifyDataSource {
  const events = options.events ?? {};
  const transport = new Transport({ connectionsPerHost: options.upstreamConcurrency });
  const gate = new RateLimitGate({
    store: options.store,
    rateLimitWaitCapSeconds: options.rateLimitWaitCapSeconds,
    requestsPer30s: options.upstreamRequestsPer30s,
    events,
  });
  const exchange = new Exchange({
    transport,
    mode: options.appMode,
    attemptTimeoutMs: options.upstreamTimeoutMs,
    retries: options.upstreamRetries,
    rateLimitWaitCapSeconds: options.rateLimitWaitCapSeconds,
    gate,
    limiter: new ConcurrencyLimiter(options.upstreamConcurrency),
    events,
  });
  const tokens = new TokenProvider({
    accountsUrl: options.accountsUrl,
    credentials: options.credentials,
    store: options.store,
    exchange,
    events,
  });
  const client = new WebApiClient({
    apiUrl: options.apiUrl,
    tokens,
    exchange,
    userShares: UserShares.forConcurrency(options.upstreamConcurrency),
  });
  const capabilities = capabilitiesFor(options.appMode);
  const conditional = options.catalog && new ConditionalGets(options.catalog);
  // Every app gets pages of 10 (Development Mode's size): the floor when Spotify refuses more.
  const decoder = createDecoder((dropped) => events.dropped?.(dropped));
  const parts: FacadeParts = { client, capabilities, events, catalog: options.catalog, conditional, pageSizes: new PageSizes(10), decoder };
  return {
    capabilities,
    forRequest: (call) => new SpotifyFacade(parts, call),
    probe: async (call) => {
      // Decoded like every answer, so a probe passes only when Spotify answers in a usable form.
      const get: BoundGet = (endpoint, path, query = {}) => client.get(endpoint, client.url(path, query), call).then((raw) => decoder.decode(endpoint, raw));
      await new SpotifyEndpoints(get, capabilities).search({ q: 'a', types: ['artist'], limit: 1, offset: 0 });
    },
    close: () => transport.close(),
  };
}
