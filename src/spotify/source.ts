import { SpotifyApi } from './api.js';
import { TokenProvider, type Credentials } from './auth.js';
import { capabilitiesFor } from './capabilities.js';
import { SpotifyClient } from './client.js';
import type { UpstreamEvents } from './events.js';
import { Exchange } from './exchange.js';
import { RateLimitGate } from './gate.js';
import { ConcurrencyLimiter } from './limiter.js';
import { createDecoder } from './spec/decode.js';
import type { AppStateStore } from './store.js';
import { Transport } from './transport.js';
import type { AppMode } from './types.js';

export interface DataSourceOptions {
  accountsUrl: string;
  apiUrl: string;
  credentials: Credentials;
  appMode: AppMode;
  store: AppStateStore;
  events?: UpstreamEvents;
  rateLimitWaitCapSeconds: number;
  upstreamTimeoutMs: number;
  upstreamRetries: number;
  upstreamConcurrency: number;
  upstreamRequestsPer30s: number;
}

export interface SpotifyDataSource {
  api: SpotifyApi;
  limiter: ConcurrencyLimiter;
  tokens: TokenProvider;
  /** Closes the keep-alive connections. */
  close(): Promise<void>;
}

/** Wires the Spotify data source: transport, retries, token, rate limits, endpoints. */
export function createSpotifyDataSource(options: DataSourceOptions): SpotifyDataSource {
  const events = options.events ?? {};
  const transport = new Transport({ connectionsPerHost: options.upstreamConcurrency });
  const gate = new RateLimitGate({
    store: options.store,
    rateLimitWaitCapSeconds: options.rateLimitWaitCapSeconds,
    requestsPer30s: options.upstreamRequestsPer30s,
  });
  const exchange = new Exchange({
    transport,
    mode: options.appMode,
    attemptTimeoutMs: options.upstreamTimeoutMs,
    retries: options.upstreamRetries,
    events,
    // The budget counts calls to the Web API; the token endpoint is Spotify's accounts service.
    beforeRetry: (endpoint, call) => (endpoint === 'token' ? gate.check() : gate.readmit(call)),
  });
  const tokens = new TokenProvider({
    accountsUrl: options.accountsUrl,
    credentials: options.credentials,
    store: options.store,
    exchange,
    events,
  });
  const limiter = new ConcurrencyLimiter(options.upstreamConcurrency);
  const client = new SpotifyClient({
    apiUrl: options.apiUrl,
    tokens,
    exchange,
    store: options.store,
    limiter,
    gate,
    events,
  });
  return {
    api: new SpotifyApi(client, capabilitiesFor(options.appMode), createDecoder((dropped) => events.dropped?.(dropped))),
    limiter,
    tokens,
    close: () => transport.close(),
  };
}
