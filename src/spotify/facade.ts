import type { CatalogCache } from '../state/catalog-cache.js';
import type { CallContext, Credential } from './upstream/call-context.js';
import type { Capabilities } from './catalog/capabilities.js';
import type { ConditionalGets } from './upstream/conditional-get.js';
import { signInNeeded, SpotifyBadResponseError, SpotifyUnavailableError } from './upstream/errors.js';
import { backgroundCallContext, sharedCallContext, waitFor, type SharedCalls } from './upstream/shared-calls.js';
import type { StaleFact, Staleness } from './upstream/staleness.js';
import { traceCall } from './upstream/trace.js';
import { isSpotifyId } from './catalog/ids.js';
import { SpotifyEndpoints, type ArtistAlbumsParams, type BoundGet, type PageParams } from './catalog/endpoints.js';
import type { Query } from './upstream/web-api-client.js';
import type { UpstreamEvents } from './upstream/events.js';
import type { Decoded, Decoder } from './upstream/spec/decode.js';
import { endpoints, type Endpoint } from './upstream/spec/decoded-endpoints.js';
import type { PageSize, PageSizes } from './catalog/page-window.js';
import { createLoaders, type KindLoaders, type Loaders, type SearchKey } from './catalog/loaders.js';
import { catalogKindNames, type CatalogKind, type KindWire, type SearchType, type KindFull, type KindSimplified } from './catalog/kinds.js';
import type { ArtistDiscographyAlbum, Paging, PlaylistEntry } from './catalog/types.js';
import type { SearchItems } from './catalog/search-types.js';
import { UserEndpoints, type BoundUserCall, type WriteAnswer } from './user/endpoints.js';
import { PlayerEndpoints } from './user/player-endpoints.js';
import type { PlaybackEvent, PlaybackHub } from './user/playback-poller.js';
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
  /** App-token GETs in flight in this process, shared by every request that needs one. */
  shared: SharedCalls<AppRead>;
  /** The deadline of a call no single request owns (a shared call, a background refresh). */
  sharedCallTimeoutMs: number;
  /** The pollers of the users' playback (one per user token, shared by every request). */
  playback: PlaybackHub;
}

/** An app-token GET's decoded answer, and how stale it is when a kept one stood in. */
export interface AppRead {
  value: unknown;
  stale?: Staleness;
}

/** The path of a URL relative to the Web API's base (what `extensions.stale` names). */
function relativePath(path: string, url: string): string {
  const query = url.indexOf('?');
  return query < 0 ? path : `${path}${url.slice(query)}`;
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
 * de-duplication never cross requests) and is the one read path of the request. Resolvers call
 * `ctx.spotify.artist(id)` and pass nothing else.
 *
 * Every GET, the catalog's and the signed-in user's, goes through `read`: it picks the token
 * once (the app's, the user's, or for a playlist the user's when there is one), sends an
 * identical GET once per request (the `reads` map, keyed by that token's kind and the URL),
 * and decodes every answer. An app-token GET also joins one already in flight in this process
 * (any request's), passes Spotify's caching rules (conditional-get.ts) and may be answered by
 * a kept value when Spotify cannot answer, which the request records (`staleFacts`). Every
 * write forgets the request's user reads, so a read after it sees the change.
 */
export class SpotifyFacade {
  readonly capabilities: Capabilities;
  /** The signed-in user's endpoints: the user's token, nothing kept past the request. */
  readonly user: UserEndpoints;
  /** The signed-in user's player: playback state, devices, queue and the commands. */
  readonly player: PlayerEndpoints;
  /** Whether the request carries a user's token (user fields fail UNAUTHENTICATED without). */
  readonly signedIn: boolean;
  private readonly endpoints: SpotifyEndpoints;
  private readonly loaders: Loaders;
  /** The request's GETs by the token they carry ('app' or 'user') and URL. */
  private readonly reads = new Map<string, Promise<unknown>>();
  /** Kept facts this request was answered with past their TTL, by path. */
  private readonly stale = new Map<string, StaleFact>();

  private readonly pageSizes: PageSizes;

  private readonly events: UpstreamEvents;
  private readonly call: CallContext;
  private readonly parts: FacadeParts;

  constructor(parts: FacadeParts, call: CallContext) {
    this.parts = parts;
    this.capabilities = parts.capabilities;
    this.signedIn = call.user !== undefined;
    this.pageSizes = parts.pageSizes;
    this.events = parts.events;
    this.call = call;
    const get: BoundGet = <E extends Endpoint>(endpoint: E, path: string, query: Query = {}, credential: Credential = 'app') =>
      this.read(endpoint, path, query, credential) as Promise<Decoded<E>>;
    this.endpoints = new SpotifyEndpoints(get, parts.capabilities, this.signedIn);
    // One bound call for both: a command forgets the user reads of the request, so the state
    // read after it is fresh.
    this.user = new UserEndpoints(this.userCall);
    this.player = new PlayerEndpoints(this.userCall);
    const { conditional, catalog } = parts;
    // A refresh in the background outlives this request and is charged to no one: its GETs
    // carry a context of their own, made when each is sent, and skip this request's map.
    const background: BoundGet = <E extends Endpoint>(endpoint: E, path: string, query: Query = {}) =>
      this.sharedRead(endpoint, parts.client.url(path, query), () => backgroundCallContext(call, parts.sharedCallTimeoutMs)).then(({ value, stale }) => {
        // A refresh is for a fresh answer only: a kept one standing in must not be kept again as new.
        if (stale) throw new SpotifyUnavailableError(`Spotify could not refresh ${endpoint} (${stale.reason})`);
        return value;
      }) as Promise<Decoded<E>>;
    this.loaders = createLoaders(
      this.endpoints,
      parts.events,
      catalog,
      conditional && ((endpoint) => conditional.validates(endpoint)),
      catalog && {
        background: new SpotifyEndpoints(background, parts.capabilities),
        onStale: (endpoint, path, staleness) => this.noteStale(endpoint, path, staleness),
      },
    );
    for (const kind of catalogKindNames) Object.defineProperty(this, kind, { value: this.reader(kind), enumerable: false });
  }

  /** A kind's read: through its loader, once its id is checked. */
  private reader<K extends CatalogKind>(kind: K): (id: string, market?: string) => Promise<KindWire[K] | null> {
    const loader: KindLoaders[K] = this.loaders[kind];
    return (id, market) => this.checked(kind, id, () => loader.load({ id, market }));
  }

  /** The kept facts past their TTL this request was answered with (for `extensions.stale`). */
  staleFacts(): StaleFact[] {
    return [...this.stale.values()];
  }

  private noteStale(endpoint: string, path: string, { ageMs, reason }: Staleness): void {
    if (this.stale.has(path)) return;
    this.stale.set(path, { path, ageSeconds: Math.floor(ageMs / 1000), reason });
    this.events.stale?.({ endpoint, reason });
  }

  /** The request's one read path: the token picked once, an identical GET sent once, every answer decoded. */
  private read(endpoint: Endpoint, path: string, query: Query, credential: Credential, scopes?: readonly string[], emptyBodyAccepted?: boolean): Promise<unknown> {
    const { client, decoder } = this.parts;
    const asUser = credential === 'user' || (credential === 'user-or-app' && this.signedIn);
    if (asUser && !this.signedIn) return Promise.reject(signInNeeded());
    const url = client.url(path, query);
    const key = `${asUser ? 'user' : 'app'} ${url}`;
    let answer = this.reads.get(key);
    if (!answer) {
      // A user's answers are that user's alone: sent with their token, never shared, never kept.
      answer = asUser
        ? client
            .send({ endpoint, method: 'GET', url, credential: 'user', scopes, emptyBodyAccepted }, this.call)
            // An empty answer where one is accepted (the player's 204: nothing playing) is null.
            .then(({ body }) => (body === undefined ? null : decoder.decode(endpoint, body)))
        : this.appRead(endpoint, path, url, () => sharedCallContext(this.call, this.parts.sharedCallTimeoutMs));
      this.reads.set(key, answer);
    }
    return answer;
  }

  /**
   * An app-token GET for this request: it joins the same GET in flight in this process or
   * starts it (the request that starts it pays for it), and waits for it within its own
   * deadline and abort signal, which end its wait, never the call.
   */
  private appRead(endpoint: Endpoint, path: string, url: string, context: () => CallContext): Promise<unknown> {
    return waitFor(this.sharedRead(endpoint, url, context), this.call).then(({ value, stale }) => {
      if (stale) this.noteStale(endpoint, relativePath(path, url), stale);
      return value;
    });
  }

  /**
   * The app-token GET of `url` shared in this process: joined when in flight, else started
   * with `context()` (a deadline of its own and no abort signal, so no waiter's end cancels it
   * for the others). Only what the app's own token gets may be kept across requests; the kept
   * body is the raw one, so a body a 304 reuses (or a kept one standing in) is decoded like a
   * fresh one.
   */
  private sharedRead(endpoint: Endpoint, url: string, context: () => CallContext): Promise<AppRead> {
    const { client, conditional, decoder, shared } = this.parts;
    const { answer, joined } = shared.share(url, async (): Promise<AppRead> => {
      const call = context();
      const decoded = (body: unknown) => {
        const value = decoder.decode(endpoint, body);
        traceCall(call.requestId, endpoint, 'decoded');
        return value;
      };
      if (!conditional) return { value: decoded(await client.get(endpoint, url, call)) };
      const { body, stale } = await conditional.get(endpoint, url, (revalidate) => client.send({ endpoint, method: 'GET', url, credential: 'app', revalidate }, call));
      return { value: decoded(body), stale };
    });
    if (joined) this.events.joined?.({ endpoint });
    return answer;
  }

  /** The signed-in user's calls: GETs through the one read path, writes sent as asked. */
  private readonly userCall: BoundUserCall = async (request) => {
    const { scopes, path, query = {}, once, emptyBodyAccepted } = request;
    if (request.method === 'GET') return this.read(request.endpoint, path, query as Query, 'user', scopes, emptyBodyAccepted);
    // A write changes what the user's token reads: forget the request's user reads (a playlist
    // read with the user's token included), so a read after it sees the change. A write's
    // answer is decoded where the decoder lists it, and is never an error after a 2xx.
    for (const key of this.reads.keys()) if (key.startsWith('user ')) this.reads.delete(key);
    const url = this.parts.client.url(path, query as Query);
    const raw = (await this.parts.client.send({ endpoint: request.endpoint, method: request.method, url, body: request.body, credential: 'user', scopes, once }, this.call)).body;
    return { raw, decoded: decodeWrite(this.parts.decoder, request.endpoint, raw) } satisfies WriteAnswer<unknown>;
  };

  /**
   * The signed-in user's playback as it changes (the user's one poller, shared with their other
   * subscriptions), starting with how it stands. UNAUTHENTICATED without a user token.
   */
  playbackChanges(): AsyncIterableIterator<PlaybackEvent> {
    if (!this.call.user) throw signInNeeded();
    return this.parts.playback.subscribe(this.call.user);
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

  artistTopTracks(id: string, market?: string): Promise<KindFull['track'][]> {
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

  showEpisodes(id: string, page: PageParams): Promise<Paging<KindSimplified['episode']>> {
    return this.checked('show-episodes', id, () => this.endpoints.showEpisodes(id, page));
  }

  audiobookChapters(id: string, page: PageParams): Promise<Paging<KindSimplified['chapter']>> {
    return this.checked('audiobook-chapters', id, () => this.endpoints.audiobookChapters(id, page));
  }

  albumTracks(id: string, page: PageParams): Promise<Paging<KindSimplified['track']>> {
    return this.checked('album-tracks', id, () => this.endpoints.albumTracks(id, page));
  }
}

/**
 * A write's answer decoded like a read's, or undefined when it has no body or none the decoder
 * can use: Spotify answered 2xx, so the write is done and this is never an error (the cut is
 * still reported through `dropped`). The body as sent stays whole beside it.
 */
function decodeWrite(decoder: Decoder, endpoint: string, raw: unknown): unknown {
  if (raw === undefined || !(endpoint in endpoints)) return undefined;
  try {
    return decoder.decode(endpoint as Endpoint, structuredClone(raw));
  } catch (error) {
    if (error instanceof SpotifyBadResponseError) return undefined;
    throw error;
  }
}
