import type { SpotifyFacade } from './spotify/facade.js';

/** What the HTTP layer attaches to each request before GraphQL sees it. */
export interface RequestScope {
  /** The caller's `x-request-id`, or one made for the request; echoed in the response and the logs. */
  requestId?: string;
  /** The Node request, when the gateway's own server took it (not for `yoga.fetch`): its socket's peer is the client's address. */
  req?: { socket?: { remoteAddress?: string } };
}

/** What every resolver of one GraphQL request sees. */
export interface GatewayContext extends RequestScope {
  /** Spotify for this request: its deadline, id, loaders and de-duplicated GETs are bound in. */
  spotify: SpotifyFacade;
}
