import type { Decoded } from '../upstream/spec/decode.js';
import type { Endpoint } from '../upstream/spec/decoded-endpoints.js';
import type { Credential } from '../upstream/call-context.js';
import type { Query } from '../upstream/web-api-client.js';
import type { Capabilities } from './capabilities.js';
import { SpotifyForbiddenError } from '../upstream/errors.js';
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
  SearchResponse,
  SearchType,
  SimplifiedChapter,
  SimplifiedEpisode,
  SimplifiedShow,
  SimplifiedTrack,
} from './types.js';

export interface PageParams {
  market?: string;
  limit: number;
  offset: number;
}

/** `include_groups` of an artist's albums: which of the artist's relations to the album to list. */
export type AlbumGroup = 'album' | 'single' | 'appears_on' | 'compilation';

export interface ArtistAlbumsParams extends PageParams {
  includeGroups?: readonly AlbumGroup[];
}

/** Playlist items are asked for episodes too, so an episode comes as an episode, not track-shaped. */
const PLAYLIST_ITEM_TYPES = 'track,episode';

/** How to get a playlist's items after all, said with every refusal of them. */
const PLAYLIST_ITEMS_HOW =
  'Sign in as the owner or a collaborator (send that user\'s Spotify access token as "Authorization: Bearer <token>") to read them; the playlist\'s other fields still answer.';

/** Refused before any call: a Development Mode app's own token never gets them. */
const PLAYLIST_ITEMS_NEED_USER = `Spotify serves a playlist's items only to its owner and its collaborators (since February 2026), and this request carries no signed-in user: the app's own token never gets them in Development Mode. ${PLAYLIST_ITEMS_HOW}`;

/** Refused by Spotify (its 403 says nothing). */
const PLAYLIST_ITEMS_REFUSED = `Spotify refused this playlist's items: it serves them only to the playlist's owner and its collaborators (since February 2026), and the token of this request is neither's. ${PLAYLIST_ITEMS_HOW}`;

export interface SearchParams extends PageParams {
  q: string;
  types: readonly SearchType[];
}


/**
 * One GET of the Web API, bound to a request: `endpoint` names it in metrics and logs;
 * `credential` says whose token it carries (the app's unless said otherwise).
 */
export type BoundGet = <E extends Endpoint>(endpoint: E, path: string, query?: Query, credential?: Credential) => Promise<Decoded<E>>;

/**
 * The Spotify Web API endpoints the gateway uses, one method each, with the app mode's rules
 * applied before any call: what the mode forbids fails here, costing no request.
 * Callers validate ids and markets first.
 */
export class SpotifyEndpoints {
  constructor(
    private readonly get: BoundGet,
    readonly capabilities: Capabilities,
    /** The request carries a signed-in user's token (calls that may use it then do). */
    private readonly signedIn = false,
  ) {}

  search(params: SearchParams): Promise<SearchResponse> {
    const { q, types, market, limit, offset } = params;
    return this.get('search', '/search', { q, type: types.join(','), market, limit, offset });
  }

  artist(id: string): Promise<FullArtist> {
    return this.get('artist', `/artists/${id}`);
  }

  async artists(ids: readonly string[]): Promise<(FullArtist | null)[]> {
    this.requireSeveral('Get Several Artists', ids.length, this.capabilities.several?.artists);
    const body = await this.get('artists', '/artists', { ids: ids.join(',') });
    return body.artists;
  }

  artistAlbums(id: string, params: ArtistAlbumsParams): Promise<Paging<ArtistDiscographyAlbum>> {
    const { includeGroups, ...page } = params;
    const query = { include_groups: includeGroups?.length ? includeGroups.join(',') : undefined, ...page };
    return this.get('artist-albums', `/artists/${id}/albums`, query);
  }

  async artistTopTracks(id: string, market: string | undefined): Promise<FullTrack[]> {
    if (!this.capabilities.topTracks) {
      throw new SpotifyForbiddenError(
        "Artist top tracks are not available: Spotify removed Get Artist's Top Tracks for apps in Development Mode (set SPOTIFY_APP_MODE=extended for an Extended Quota Mode app)",
      );
    }
    const body = await this.get('artist-top-tracks', `/artists/${id}/top-tracks`, { market });
    return body.tracks;
  }

  album(id: string, market: string | undefined): Promise<FullAlbum> {
    return this.get('album', `/albums/${id}`, { market });
  }

  async albums(ids: readonly string[], market: string | undefined): Promise<(FullAlbum | null)[]> {
    this.requireSeveral('Get Several Albums', ids.length, this.capabilities.several?.albums);
    const body = await this.get('albums', '/albums', { ids: ids.join(','), market });
    return body.albums;
  }

  albumTracks(id: string, page: PageParams): Promise<Paging<SimplifiedTrack>> {
    return this.get('album-tracks', `/albums/${id}/tracks`, { ...page });
  }

  track(id: string, market: string | undefined): Promise<FullTrack> {
    return this.get('track', `/tracks/${id}`, { market });
  }

  async tracks(ids: readonly string[], market: string | undefined): Promise<(FullTrack | null)[]> {
    this.requireSeveral('Get Several Tracks', ids.length, this.capabilities.several?.tracks);
    const body = await this.get('tracks', '/tracks', { ids: ids.join(','), market });
    return body.tracks;
  }

  /** A signed-in user's token where the request has one: their private playlists answer too. */
  playlist(id: string, market: string | undefined): Promise<FullPlaylist> {
    return this.get('playlist', `/playlists/${id}`, { market, additional_types: PLAYLIST_ITEM_TYPES }, 'user-or-app');
  }

  /** Only the owner's and collaborators' tokens get them (Development Mode): a refusal says why. */
  async playlistItems(id: string, page: PageParams): Promise<Paging<PlaylistEntry>> {
    if (!this.signedIn && !this.capabilities.playlistItemsWithAppToken) throw new SpotifyForbiddenError(PLAYLIST_ITEMS_NEED_USER);
    try {
      const query = { ...page, additional_types: PLAYLIST_ITEM_TYPES };
      return await this.get('playlist-items', `/playlists/${id}/items`, query, 'user-or-app');
    } catch (error) {
      if (error instanceof SpotifyForbiddenError) throw new SpotifyForbiddenError(PLAYLIST_ITEMS_REFUSED, error.status);
      throw error;
    }
  }

  show(id: string, market: string | undefined): Promise<FullShow> {
    return this.get('show', `/shows/${id}`, { market });
  }

  /** Get Several Shows answers simplified shows (no episodes embedded). */
  async shows(ids: readonly string[], market: string | undefined): Promise<(SimplifiedShow | null)[]> {
    this.requireSeveral('Get Several Shows', ids.length, this.capabilities.several?.shows);
    const body = await this.get('shows', '/shows', { ids: ids.join(','), market });
    return body.shows;
  }

  showEpisodes(id: string, page: PageParams): Promise<Paging<SimplifiedEpisode>> {
    return this.get('show-episodes', `/shows/${id}/episodes`, { ...page });
  }

  episode(id: string, market: string | undefined): Promise<FullEpisode> {
    return this.get('episode', `/episodes/${id}`, { market });
  }

  async episodes(ids: readonly string[], market: string | undefined): Promise<(FullEpisode | null)[]> {
    this.requireSeveral('Get Several Episodes', ids.length, this.capabilities.several?.episodes);
    const body = await this.get('episodes', '/episodes', { ids: ids.join(','), market });
    return body.episodes;
  }

  audiobook(id: string, market: string | undefined): Promise<FullAudiobook> {
    return this.get('audiobook', `/audiobooks/${id}`, { market });
  }

  async audiobooks(ids: readonly string[], market: string | undefined): Promise<(FullAudiobook | null)[]> {
    this.requireSeveral('Get Several Audiobooks', ids.length, this.capabilities.several?.audiobooks);
    const body = await this.get('audiobooks', '/audiobooks', { ids: ids.join(','), market });
    return body.audiobooks;
  }

  audiobookChapters(id: string, page: PageParams): Promise<Paging<SimplifiedChapter>> {
    return this.get('audiobook-chapters', `/audiobooks/${id}/chapters`, { ...page });
  }

  chapter(id: string, market: string | undefined): Promise<FullChapter> {
    return this.get('chapter', `/chapters/${id}`, { market });
  }

  async chapters(ids: readonly string[], market: string | undefined): Promise<(FullChapter | null)[]> {
    this.requireSeveral('Get Several Chapters', ids.length, this.capabilities.several?.chapters);
    const body = await this.get('chapters', '/chapters', { ids: ids.join(','), market });
    return body.chapters;
  }

  private requireSeveral(name: string, count: number, max: number | undefined): void {
    if (max === undefined) {
      throw new SpotifyForbiddenError(`${name} is not available to apps in Development Mode`);
    }
    if (count > max) throw new RangeError(`${name} takes at most ${max} ids, got ${count}`);
  }
}
