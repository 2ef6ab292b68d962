import type { CatalogCache } from '../state/catalog-cache.js';
import type { CallContext, Credential } from './upstream/call-context.js';
import type { Capabilities } from './catalog/capabilities.js';
import type { ConditionalGets } from './upstream/conditional-get.js';
import { SpotifyBadResponseError } from './upstream/errors.js';
import { isSpotifyId } from './catalog/ids.js';
import { SpotifyEndpoints, type ArtistAlbumsParams, type BoundGet, type PageParams } from './catalog/endpoints.js';
import type { Query } from './upstream/web-api-client.js';
import type { UpstreamEvents } from './upstream/events.js';
import type { Decoded, Decoder } from './upstream/spec/decode.js';
import type { Endpoint } from './upstream/spec/decoded-endpoints.js';
import type { PageSize, PageSizes } from './catalog/page-window.js';
import { createLoaders, type KindLoaders, type Loaders, type SearchKey } from './catalog/loaders.js';
import { catalogKindNames, type CatalogKind, type KindWire, type SearchType } from './catalog/kinds.js';
import type {
  ArtistDiscographyAlbum,
  FullTrack,
  Paging,
  PlaylistEntry,
  SimplifiedChapter,
  SimplifiedEpisode,
  SimplifiedTrack,
} from './catalog/types.js';
import type { SearchItems } from './catalog/search-types.js';
import { userEndpointsFor } from './user/facade.js';
import type { UserEndpoints } from './user/endpoints.js';
import type { WebApiClient } from './upstream/web-api-client.js';

/** What the data source shares with every request's facade. */
export interface FacadeParts {
  client: WebApiClient;
  capabilities: Capabilities;
  events: UpstreamEvents;
  catalog?: CatalogCache;
  /** Spotify's HTTP caching of app-token answers (ETag, Cache-Control); none when caching is off. */
  conditional?: ConditionalGets;
  /** Page sizes remembered across requests (lowered where Spotify refused the promised one). */
  pageSizes: PageSizes;
  /** Checks every answer against Spotify's OpenAPI description, cutting what cannot be used. */
  decoder: Decoder;
}

/**
 * One read per catalog kind (kinds.ts), `spotify.album(id, market)`: the item, or null when
 * Spotify has none under the id. Made from the table of kinds, so a new kind needs no method.
 */
type CatalogReads = { readonly [K in CatalogKind]: (id: string, market?: string) => Promise<KindWire[K] | null> };

// The class below carries the catalog reads: its constructor makes one per kind.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface SpotifyFacade extends CatalogReads {}

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
    this.user = userEndpointsFor(parts.client, parts.decoder, call);
    this.signedIn = call.user !== undefined;
    this.pageSizes = parts.pageSizes;
    this.events = parts.events;
    this.call = call;
    const get: BoundGet = <E extends Endpoint>(endpoint: E, path: string, query: Query = {}, credential: Credential = 'app') => {
      const url = parts.client.url(path, query);
      const withAppToken = credential === 'app' || !call.user;
      const key = `${withAppToken ? 'app' : 'user'} ${url}`;
      let answer = this.gets.get(key);
      if (!answer) {
        const { client, conditional, decoder } = parts;
        // Only what the app's own token gets may be kept across requests: a user's answers
        // (a private playlist) never enter a cache every client shares. The kept body is the
        // raw one, so a body a 304 reuses is decoded like a fresh one.
        const body =
          withAppToken && conditional
            ? conditional.get(endpoint, url, (revalidate) => client.send({ endpoint, method: 'GET', url, credential, revalidate }, call))
            : client.get(endpoint, url, call, credential);
        answer = body.then((raw) => decoder.decode(endpoint, raw));
        this.gets.set(key, answer);
      }
      // The map holds every endpoint's answers; the one under this key is `endpoint`'s decoded.
      return answer as Promise<Decoded<E>>;
    };
    this.endpoints = new SpotifyEndpoints(get, parts.capabilities, call.user !== undefined);
    const { conditional } = parts;
    this.loaders = createLoaders(this.endpoints, parts.events, parts.catalog, conditional && ((endpoint) => conditional.validates(endpoint)));
    for (const kind of catalogKindNames) Object.defineProperty(this, kind, { value: this.reader(kind), enumerable: false });
  }

  /** A kind's read: through its loader, once its id is checked. */
  private reader<K extends CatalogKind>(kind: K): (id: string, market?: string) => Promise<KindWire[K] | null> {
    const loader: KindLoaders[K] = this.loaders[kind];
    return (id, market) => this.checked(kind, id, () => loader.load({ id, market }));
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

  artistTopTracks(id: string, market?: string): Promise<FullTrack[]> {
    return this.checked('artist-top-tracks', id, () => this.loaders.topTracks.load({ id, market }));
  }

  /** One kind's page of a search; kinds asked with the same window share one call. */
  searchPage<K extends SearchType>(key: SearchKey & { type: K }): Promise<Paging<SearchItems[K]>> {
    // The loader answers each key with its own kind's page of the decoded search answer.
    return this.loaders.search.load(key) as Promise<Paging<SearchItems[K]>>;
  }

  artistAlbums(id: string, params: ArtistAlbumsParams): Promise<Paging<ArtistDiscographyAlbum>> {
    return this.checked('artist-albums', id, () => this.endpoints.artistAlbums(id, params));
  }

  /** A page of a playlist's items: FORBIDDEN unless the token is its owner's or a collaborator's (Development Mode). */
  playlistItems(id: string, page: PageParams): Promise<Paging<PlaylistEntry>> {
    return this.checked('playlist-items', id, () => this.endpoints.playlistItems(id, page));
  }

  showEpisodes(id: string, page: PageParams): Promise<Paging<SimplifiedEpisode>> {
    return this.checked('show-episodes', id, () => this.endpoints.showEpisodes(id, page));
  }

  audiobookChapters(id: string, page: PageParams): Promise<Paging<SimplifiedChapter>> {
    return this.checked('audiobook-chapters', id, () => this.endpoints.audiobookChapters(id, page));
  }

  albumTracks(id: string, page: PageParams): Promise<Paging<SimplifiedTrack>> {
    return this.checked('album-tracks', id, () => this.endpoints.albumTracks(id, page));
  }
}
