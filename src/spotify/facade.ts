import type { CatalogCache } from '../state/catalog-cache.js';
import type { CallContext, Credential } from './call-context.js';
import type { Capabilities } from './capabilities.js';
import type { ConditionalGets } from './conditional-get.js';
import { SpotifyEndpoints, type ArtistAlbumsParams, type PageParams, type Query } from './endpoints.js';
import type { UpstreamEvents } from './events.js';
import { createLoaders, type Loaders, type SearchKey } from './loaders.js';
import type {
  ArtistDiscographyAlbum,
  FullAlbum,
  FullArtist,
  FullAudiobook,
  FullChapter,
  FullEpisode,
  FullPlaylist,
  FullShow,
  FullTrack,
  Paging,
  PlaylistEntry,
  SimplifiedChapter,
  SimplifiedEpisode,
  SimplifiedShow,
  SimplifiedTrack,
} from './types.js';
import type { WebApiClient } from './web-api-client.js';

/** What the data source shares with every request's facade. */
export interface FacadeParts {
  client: WebApiClient;
  capabilities: Capabilities;
  events: UpstreamEvents;
  catalog?: CatalogCache;
  /** Spotify's HTTP caching of app-token answers (ETag, Cache-Control); none when caching is off. */
  conditional?: ConditionalGets;
}

/**
 * Spotify as one GraphQL request sees it, made once per request: it binds the request's
 * deadline, abort signal and id to every call, owns the request's DataLoaders (batching and
 * de-duplication never cross requests) and sends an identical GET only once. Resolvers call
 * `ctx.spotify.artist(id)` and pass nothing else.
 */
export class SpotifyFacade {
  readonly capabilities: Capabilities;
  private readonly endpoints: SpotifyEndpoints;
  private readonly loaders: Loaders;
  private readonly gets = new Map<string, Promise<unknown>>();

  constructor(parts: FacadeParts, call: CallContext) {
    this.capabilities = parts.capabilities;
    const get = (endpoint: string, path: string, query: Query = {}, credential: Credential = 'app') => {
      const url = parts.client.url(path, query);
      const withAppToken = credential === 'app' || !call.userToken;
      const key = `${withAppToken ? 'app' : 'user'} ${url}`;
      let answer = this.gets.get(key);
      if (!answer) {
        const { client, conditional } = parts;
        // Only what the app's own token gets may be kept across requests: a user's answers
        // (a private playlist) never enter a cache every client shares.
        answer =
          withAppToken && conditional
            ? conditional.get(endpoint, url, (revalidate) => client.send(endpoint, url, call, credential, revalidate))
            : client.get(endpoint, url, call, credential);
        this.gets.set(key, answer);
      }
      return answer;
    };
    this.endpoints = new SpotifyEndpoints(get, parts.capabilities, call.userToken !== undefined);
    const { conditional } = parts;
    this.loaders = createLoaders(this.endpoints, parts.events, parts.catalog, conditional && ((endpoint) => conditional.validates(endpoint)));
  }

  /** A full artist, or null when Spotify has none under the id. */
  artist(id: string): Promise<FullArtist | null> {
    return this.loaders.artist.load(id);
  }

  album(id: string, market?: string): Promise<FullAlbum | null> {
    return this.loaders.album.load({ id, market });
  }

  track(id: string, market?: string): Promise<FullTrack | null> {
    return this.loaders.track.load({ id, market });
  }

  artistTopTracks(id: string, market?: string): Promise<FullTrack[]> {
    return this.loaders.topTracks.load({ id, market });
  }

  /** One kind's page of a search; kinds asked with the same window share one call. */
  searchPage(key: SearchKey): Promise<Paging<unknown>> {
    return this.loaders.search.load(key);
  }

  artistAlbums(id: string, params: ArtistAlbumsParams): Promise<Paging<ArtistDiscographyAlbum>> {
    return this.endpoints.artistAlbums(id, params);
  }

  /** A playlist (with the signed-in user's token when there is one), or null when Spotify has none. */
  playlist(id: string, market?: string): Promise<FullPlaylist | null> {
    return this.loaders.playlist.load({ id, market });
  }

  /** A page of a playlist's items: FORBIDDEN unless the token is its owner's or a collaborator's (Development Mode). */
  playlistItems(id: string, page: PageParams): Promise<Paging<PlaylistEntry | null>> {
    return this.endpoints.playlistItems(id, page);
  }

  show(id: string, market?: string): Promise<FullShow | SimplifiedShow | null> {
    return this.loaders.show.load({ id, market });
  }

  showEpisodes(id: string, page: PageParams): Promise<Paging<SimplifiedEpisode | null>> {
    return this.endpoints.showEpisodes(id, page);
  }

  episode(id: string, market?: string): Promise<FullEpisode | null> {
    return this.loaders.episode.load({ id, market });
  }

  audiobook(id: string, market?: string): Promise<FullAudiobook | null> {
    return this.loaders.audiobook.load({ id, market });
  }

  audiobookChapters(id: string, page: PageParams): Promise<Paging<SimplifiedChapter | null>> {
    return this.endpoints.audiobookChapters(id, page);
  }

  chapter(id: string, market?: string): Promise<FullChapter | null> {
    return this.loaders.chapter.load({ id, market });
  }

  albumTracks(id: string, page: PageParams): Promise<Paging<SimplifiedTrack>> {
    return this.endpoints.albumTracks(id, page);
  }
}
