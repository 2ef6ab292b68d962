import type { AppStateStore } from '../state/app-state-store.js';
import type { CatalogCache } from '../state/catalog-cache.js';
import { TokenProvider, type Credentials } from './upstream/app-token.js';
import type { CallContext } from './upstream/call-context.js';
import { capabilitiesFor, type Capabilities } from './catalog/capabilities.js';
import { SpotifyEndpoints, type BoundGet } from './catalog/endpoints.js';
import type { UpstreamEvents } from './upstream/events.js';
import { ConditionalGets } from './upstream/conditional-get.js';
import { Exchange } from './upstream/exchange.js';
import { SpotifyFacade, type AppRead, type FacadeParts } from './facade.js';
import { keptByLoaders } from './catalog/loaders.js';
import { SharedCalls } from './upstream/shared-calls.js';
import { RateLimitGate } from './upstream/gate.js';
import { createDecoder } from './upstream/spec/decode.js';
import { PageSizes } from './catalog/page-window.js';
import { ConcurrencyLimiter } from './upstream/limiter.js';
import { Transport } from './upstream/transport.js';
import { UserShares } from './upstream/user-share.js';
import type { AppMode } from './upstream/app-mode.js';
import { WebApiClient } from './upstream/web-api-client.js';
import type { PlaybackBus } from '../state/playback-bus.js';
import { PlaybackHub } from './user/playback-poller.js';

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
  /** The deadline of a call no single request owns (one shared by requests, a background refresh, a poll of a user's playback). */
  requestDeadlineMs: number;
  playerPollMs: number;
  playerPausedPollMs: number;
  /** Shares each user's playback poller among the replicas (Redis); none: one per process. */
  playbackBus?: PlaybackBus;
}

export interface SpotifyDataSource {
  capabilities: Capabilities;
  /** The per-request facade: made once for each GraphQL request. */
  forRequest(call: CallContext): SpotifyFacade;
  /** Whether a token can be had and Spotify answers the smallest search there is. */
  probe(call: CallContext): Promise<void>;
  /** Fetches the app's token (or takes the one another replica keeps in the store) before the first request needs it. */
  prepare(call: CallContext): Promise<void>;
  /** The users' playback pollers. */
  playback: PlaybackHub;
  /** Stops the pollers and closes the keep-alive connections. */
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
  // The last answer of a GET no loader keeps (an artist's albums, a show's episodes…) is kept to
  // stand in when Spotify cannot answer; the loaders keep the single and several items themselves.
  const conditional =
    options.catalog && new ConditionalGets(options.catalog, (endpoint) => !keptByLoaders(endpoint), { notModified: (endpoint) => events.notModified?.({ endpoint }) });
  // Every app gets pages of 10 (Development Mode's size): the floor when Spotify refuses more.
  const decoder = createDecoder((dropped) => events.dropped?.(dropped));
  const playback = new PlaybackHub({
    // Each poll is a read of its own, as a request would make it (the gate, the user's share),
    // through a facade made for it alone.
    read: (user) => new SpotifyFacade(parts, { deadline: Date.now() + options.requestDeadlineMs, user }).player.state(),
    intervals: { playingMs: options.playerPollMs, pausedMs: options.playerPausedPollMs },
    bus: options.playbackBus,
  });
  const parts: FacadeParts = {
    client,
    capabilities,
    events,
    catalog: options.catalog,
    conditional,
    pageSizes: new PageSizes(10),
    decoder,
    shared: new SharedCalls<AppRead>(),
    sharedCallTimeoutMs: options.requestDeadlineMs,
    playback,
  };
  return {
    capabilities,
    forRequest: (call) => new SpotifyFacade(parts, call),
    probe: async (call) => {
      // Decoded like every answer, so a probe passes only when Spotify answers in a usable form.
      const get: BoundGet = (endpoint, path, query = {}) => client.get(endpoint, client.url(path, query), call).then((raw) => decoder.decode(endpoint, raw));
      await new SpotifyEndpoints(get, capabilities).search({ q: 'a', types: ['artist'], limit: 1, offset: 0 });
    },
    prepare: async (call) => {
      await tokens.get(call);
    },
    playback,
    close: () => {
      playback.close();
      return transport.close();
    },
  };
}
