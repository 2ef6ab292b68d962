import type { Credential } from './call-context.js';
import type { Capabilities } from './capabilities.js';
import { SpotifyForbiddenError } from './errors.js';
import type {
  ArtistDiscographyAlbum,
  FullAlbum,
  FullArtist,
  FullTrack,
  Paging,
  SearchResponse,
  SearchType,
  SimplifiedTrack,
} from './types.js';

export interface PageParams {
  market?: string;
  limit: number;
  offset: number;
}

export interface SearchParams extends PageParams {
  q: string;
  types: readonly SearchType[];
}

export type Query = Record<string, string | number | undefined>;

/**
 * One GET of the Web API, bound to a request: `endpoint` names it in metrics and logs;
 * `credential` says whose token it carries (the app's unless said otherwise).
 */
export type BoundGet = (endpoint: string, path: string, query?: Query, credential?: Credential) => Promise<unknown>;

/**
 * The Spotify Web API endpoints the gateway uses, one method each, with the app mode's rules
 * applied before any call: what the mode forbids fails here, costing no request.
 * Callers validate ids and markets first.
 */
export class SpotifyEndpoints {
  constructor(
    private readonly get: BoundGet,
    readonly capabilities: Capabilities,
  ) {}

  search(params: SearchParams): Promise<SearchResponse> {
    const { q, types, market, limit, offset } = params;
    return this.get('search', '/search', { q, type: types.join(','), market, limit, offset }) as Promise<SearchResponse>;
  }

  artist(id: string): Promise<FullArtist> {
    return this.get('artist', `/artists/${id}`) as Promise<FullArtist>;
  }

  async artists(ids: readonly string[]): Promise<(FullArtist | null)[]> {
    this.requireSeveral('Get Several Artists', ids.length, this.capabilities.several?.artists);
    const body = (await this.get('artists', '/artists', { ids: ids.join(',') })) as { artists: (FullArtist | null)[] };
    return body.artists;
  }

  artistAlbums(id: string, page: PageParams): Promise<Paging<ArtistDiscographyAlbum>> {
    return this.get('artist-albums', `/artists/${id}/albums`, { ...page }) as Promise<Paging<ArtistDiscographyAlbum>>;
  }

  async artistTopTracks(id: string, market: string | undefined): Promise<FullTrack[]> {
    if (!this.capabilities.topTracks) {
      throw new SpotifyForbiddenError(
        "Artist top tracks are not available: Spotify removed Get Artist's Top Tracks for apps in Development Mode (set SPOTIFY_APP_MODE=extended for an Extended Quota Mode app)",
      );
    }
    const body = (await this.get('artist-top-tracks', `/artists/${id}/top-tracks`, { market })) as { tracks: FullTrack[] };
    return body.tracks;
  }

  album(id: string, market: string | undefined): Promise<FullAlbum> {
    return this.get('album', `/albums/${id}`, { market }) as Promise<FullAlbum>;
  }

  async albums(ids: readonly string[], market: string | undefined): Promise<(FullAlbum | null)[]> {
    this.requireSeveral('Get Several Albums', ids.length, this.capabilities.several?.albums);
    const body = (await this.get('albums', '/albums', { ids: ids.join(','), market })) as { albums: (FullAlbum | null)[] };
    return body.albums;
  }

  albumTracks(id: string, page: PageParams): Promise<Paging<SimplifiedTrack>> {
    return this.get('album-tracks', `/albums/${id}/tracks`, { ...page }) as Promise<Paging<SimplifiedTrack>>;
  }

  track(id: string, market: string | undefined): Promise<FullTrack> {
    return this.get('track', `/tracks/${id}`, { market }) as Promise<FullTrack>;
  }

  async tracks(ids: readonly string[], market: string | undefined): Promise<(FullTrack | null)[]> {
    this.requireSeveral('Get Several Tracks', ids.length, this.capabilities.several?.tracks);
    const body = (await this.get('tracks', '/tracks', { ids: ids.join(','), market })) as { tracks: (FullTrack | null)[] };
    return body.tracks;
  }

  private requireSeveral(name: string, count: number, max: number | undefined): void {
    if (max === undefined) {
      throw new SpotifyForbiddenError(`${name} is not available to apps in Development Mode`);
    }
    if (count > max) throw new RangeError(`${name} takes at most ${max} ids, got ${count}`);
  }
}
