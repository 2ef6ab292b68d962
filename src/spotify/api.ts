import type { CallContext } from './call.js';
import type { Capabilities } from './capabilities.js';
import type { SpotifyClient } from './client.js';
import { SpotifyForbiddenError } from './errors.js';
import type { Decoder } from './spec/decode.js';
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

/**
 * The Spotify Web API endpoints the gateway uses, one method each, with the app mode's rules
 * applied before any call: what the mode forbids fails here, costing no request.
 * Callers validate ids and markets first; every method takes the request's call context.
 */
export class SpotifyApi {
  constructor(
    private readonly client: SpotifyClient,
    readonly capabilities: Capabilities,
    /** Checks every answer against the spec; the casts below narrow its types to types.ts's. */
    private readonly decoder: Decoder,
  ) {}

  async search(params: SearchParams, call: CallContext): Promise<SearchResponse> {
    const { q, types, market, limit, offset } = params;
    return this.decoder.decode('search', await this.client.get('search', '/search', { q, type: types.join(','), market, limit, offset }, call)) as SearchResponse;
  }

  async artist(id: string, call: CallContext): Promise<FullArtist> {
    return this.decoder.decode('artist', await this.client.get('artist', `/artists/${id}`, {}, call)) as FullArtist;
  }

  async artists(ids: readonly string[], call: CallContext): Promise<(FullArtist | null)[]> {
    this.requireSeveral('Get Several Artists', ids.length, this.capabilities.several?.artists);
    const body = this.decoder.decode('artists', await this.client.get('artists', '/artists', { ids: ids.join(',') }, call));
    return body.artists as (FullArtist | null)[];
  }

  async artistAlbums(id: string, page: PageParams, call: CallContext): Promise<Paging<ArtistDiscographyAlbum>> {
    return this.decoder.decode('artist-albums', await this.client.get('artist-albums', `/artists/${id}/albums`, { ...page }, call)) as Paging<ArtistDiscographyAlbum>;
  }

  async artistTopTracks(id: string, market: string | undefined, call: CallContext): Promise<FullTrack[]> {
    if (!this.capabilities.topTracks) {
      throw new SpotifyForbiddenError(
        "Artist top tracks are not available: Spotify removed Get Artist's Top Tracks for apps in Development Mode (set SPOTIFY_APP_MODE=extended for an Extended Quota Mode app)",
      );
    }
    const body = this.decoder.decode('artist-top-tracks', await this.client.get('artist-top-tracks', `/artists/${id}/top-tracks`, { market }, call));
    return body.tracks as FullTrack[];
  }

  async album(id: string, market: string | undefined, call: CallContext): Promise<FullAlbum> {
    return this.decoder.decode('album', await this.client.get('album', `/albums/${id}`, { market }, call)) as FullAlbum;
  }

  async albums(ids: readonly string[], market: string | undefined, call: CallContext): Promise<(FullAlbum | null)[]> {
    this.requireSeveral('Get Several Albums', ids.length, this.capabilities.several?.albums);
    const body = this.decoder.decode('albums', await this.client.get('albums', '/albums', { ids: ids.join(','), market }, call));
    return body.albums as (FullAlbum | null)[];
  }

  async albumTracks(id: string, page: PageParams, call: CallContext): Promise<Paging<SimplifiedTrack>> {
    return this.decoder.decode('album-tracks', await this.client.get('album-tracks', `/albums/${id}/tracks`, { ...page }, call)) as Paging<SimplifiedTrack>;
  }

  async track(id: string, market: string | undefined, call: CallContext): Promise<FullTrack> {
    return this.decoder.decode('track', await this.client.get('track', `/tracks/${id}`, { market }, call)) as FullTrack;
  }

  async tracks(ids: readonly string[], market: string | undefined, call: CallContext): Promise<(FullTrack | null)[]> {
    this.requireSeveral('Get Several Tracks', ids.length, this.capabilities.several?.tracks);
    const body = this.decoder.decode('tracks', await this.client.get('tracks', '/tracks', { ids: ids.join(','), market }, call));
    return body.tracks as (FullTrack | null)[];
  }

  private requireSeveral(name: string, count: number, max: number | undefined): void {
    if (max === undefined) {
      throw new SpotifyForbiddenError(`${name} is not available to apps in Development Mode`);
    }
    if (count > max) throw new RangeError(`${name} takes at most ${max} ids, got ${count}`);
  }
}
