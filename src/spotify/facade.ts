import type { CatalogCache } from '../state/catalog-cache.js';
import type { CallContext, Credential } from './call-context.js';
import type { Capabilities } from './capabilities.js';
import { SpotifyBadResponseError } from './errors.js';
import { isSpotifyId } from './ids.js';
import { SpotifyEndpoints, type PageParams, type Query } from './endpoints.js';
import type { UpstreamEvents } from './events.js';
import type { Decoder } from './spec/decode.js';
import type { Endpoint } from './spec/endpoints.js';
import type { PageSize, PageSizes } from './page-window.js';
import { createLoaders, type Loaders, type SearchKey } from './loaders.js';
import type { ArtistDiscographyAlbum, FullAlbum, FullArtist, FullTrack, Paging, SimplifiedTrack } from './types.js';
import { userEndpointsFor } from './user-facade.js';
import type { UserEndpoints } from './user-endpoints.js';
import type { WebApiClient } from './web-api-client.js';

/** What the data source shares with every request's facade. */
export interface FacadeParts {
  client: WebApiClient;
  capabilities: Capabilities;
  events: UpstreamEvents;
  catalog?: CatalogCache;
  /** Page sizes remembered across requests (lowered where Spotify refused the promised one). */
  pageSizes: PageSizes;
  /** Checks every answer against Spotify's OpenAPI description, cutting what cannot be used. */
  decoder: Decoder;
}

/**
 * Spotify as one GraphQL request sees it, made once per request: it binds the request's
 * deadline, abort signal and id to every call, owns the request's DataLoaders (batching and
 * de-duplication never cross requests) and sends an identical GET only once. Resolvers call
 * `ctx.spotify.artist(id)` and pass nothing else.
 */
export class SpotifyFacade {
  readonly capabilities: Capabilities;
  /** The signed-in user's endpoints (user-facade.ts): the user's token, nothing cached. */
  readonly user: UserEndpoints;
  /** Whether the request carries a user's token (user fields fail UNAUTHENTICATED without). */
  readonly signedIn: boolean;
  private readonly endpoints: SpotifyEndpoints;
  private readonly loaders: Loaders;
  private readonly gets = new Map<string, Promise<unknown>>();

  private readonly pageSizes: PageSizes;

  private readonly events: UpstreamEvents;
  private readonly call: CallContext;

  constructor(parts: FacadeParts, call: CallContext) {
    this.capabilities = parts.capabilities;
    this.user = userEndpointsFor(parts.client, call);
    this.signedIn = call.userToken !== undefined;
    this.pageSizes = parts.pageSizes;
    this.events = parts.events;
    this.call = call;
    const get = (endpoint: string, path: string, query: Query = {}, credential: Credential = 'app') => {
      const url = parts.client.url(path, query);
      const key = `${credential === 'app' || !call.userToken ? 'app' : 'user'} ${url}`;
      let answer = this.gets.get(key);
      if (!answer) {
        answer = parts.client.get(endpoint, url, call, credential).then((body) => parts.decoder.decode(endpoint as Endpoint, body));
        this.gets.set(key, answer);
      }
      return answer;
    };
    this.endpoints = new SpotifyEndpoints(get, parts.capabilities);
    this.loaders = createLoaders(this.endpoints, parts.events, parts.catalog);
  }

  /** The page size to ask list `name` in: what the mode promises, unless Spotify refused it. */
  pageSize(name: string, promised: number): PageSize {
    return this.pageSizes.for(name, promised);
  }

  /**
   * Ids reach paths from arguments (checked by the schema) and from Spotify's own payloads (not
   * checked by anyone else): one that is no Spotify id fails its field alone, is never sent
   * (it could make another path, or a URL undici refuses) and is reported as the bug it is.
   */
  private checked<T>(endpoint: string, id: string, then: () => Promise<T>): Promise<T> {
    if (isSpotifyId(id)) return then();
    const reason = `Spotify named an id that is no Spotify id: "${id.slice(0, 40)}"`;
    this.events.unformable?.({ endpoint, reason, requestId: this.call.requestId });
    return Promise.reject(new SpotifyBadResponseError(reason));
  }

  /** A full artist, or null when Spotify has none under the id. */
  artist(id: string): Promise<FullArtist | null> {
    return this.checked('artist', id, () => this.loaders.artist.load(id));
  }

  album(id: string, market?: string): Promise<FullAlbum | null> {
    return this.checked('album', id, () => this.loaders.album.load({ id, market }));
  }

  track(id: string, market?: string): Promise<FullTrack | null> {
    return this.checked('track', id, () => this.loaders.track.load({ id, market }));
  }

  artistTopTracks(id: string, market?: string): Promise<FullTrack[]> {
    return this.checked('artist-top-tracks', id, () => this.loaders.topTracks.load({ id, market }));
  }

  /** One kind's page of a search; kinds asked with the same window share one call. */
  searchPage(key: SearchKey): Promise<Paging<unknown>> {
    return this.loaders.search.load(key);
  }

  artistAlbums(id: string, page: PageParams): Promise<Paging<ArtistDiscographyAlbum>> {
    return this.checked('artist-albums', id, () => this.endpoints.artistAlbums(id, page));
  }

  albumTracks(id: string, page: PageParams): Promise<Paging<SimplifiedTrack>> {
    return this.checked('album-tracks', id, () => this.endpoints.albumTracks(id, page));
  }
}
