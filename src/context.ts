import type { SpotifyApi } from './spotify/api.js';
import type { Capabilities } from './spotify/capabilities.js';
import type { CatalogCache } from './spotify/catalog-cache.js';
import type { UpstreamEvents } from './spotify/events.js';
import { createLoaders, type Loaders } from './spotify/loaders.js';

/** What every resolver of one GraphQL request sees. */
export interface GatewayContext {
  loaders: Loaders;
  api: SpotifyApi;
  capabilities: Capabilities;
  /** Epoch ms by which this request must be answered; upstream calls get what is left. */
  deadline: number;
}

/** Fresh loaders per request: batching and de-duplication never cross requests. */
export function createContext(api: SpotifyApi, deadlineMs: number, events?: UpstreamEvents, catalog?: CatalogCache): GatewayContext {
  const deadline = Date.now() + deadlineMs;
  return { loaders: createLoaders(api, deadline, events, catalog), api, capabilities: api.capabilities, deadline };
}
