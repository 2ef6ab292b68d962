import type { SpotifyApi } from './spotify/api.js';
import type { CallContext } from './spotify/call.js';
import type { Capabilities } from './spotify/capabilities.js';
import type { CatalogCache } from './spotify/catalog-cache.js';
import type { UpstreamEvents } from './spotify/events.js';
import { createLoaders, type Loaders } from './spotify/loaders.js';

/** What every resolver of one GraphQL request sees. */
export interface GatewayContext {
  loaders: Loaders;
  api: SpotifyApi;
  capabilities: Capabilities;
  /** This request's deadline and id, carried by every upstream call it makes. */
  call: CallContext;
}

/** Fresh loaders per request: batching and de-duplication never cross requests. */
export function createContext(
  api: SpotifyApi,
  deadlineMs: number,
  events?: UpstreamEvents,
  catalog?: CatalogCache,
  requestId?: string,
): GatewayContext {
  const call: CallContext = { deadline: Date.now() + deadlineMs, requestId };
  return { loaders: createLoaders(api, call, events, catalog), api, capabilities: api.capabilities, call };
}
