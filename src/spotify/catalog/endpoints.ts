import type { Decoded } from '../upstream/spec/decode.js';
import type { Endpoint } from '../upstream/spec/decoded-endpoints.js';
import type { Credential } from '../upstream/call-context.js';
import type { Query } from '../upstream/web-api-client.js';
import type { Capabilities } from './capabilities.js';
import { kindRow, PLAYLIST_ITEM_TYPES, type CatalogKind, type KindWire, type SearchType, type KindFull, type KindSimplified } from './kinds.js';
import { SpotifyForbiddenError } from '../upstream/errors.js';
import type { ArtistDiscographyAlbum, Paging, PlaylistEntry } from './types.js';
import type { SearchResponse } from './search-types.js';

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

  /** One item of a catalog kind by id (its row in kinds.ts says the path, market and token). */
  item<K extends CatalogKind>(kind: K, id: string, market: string | undefined): Promise<KindWire[K]> {
    const row = kindRow(kind);
    const query = { ...(row.byMarket ? { market } : {}), ...row.query };
    // The table holds each row's endpoint to its kind's wire type (kinds.ts, `Agrees`).
    return this.get(row.single, `${row.path}/${id}`, query, row.credential) as Promise<KindWire[K]>;
  }

  /** Several items of a kind in one call (Extended Quota Mode), null in the place of an unknown id. */
  async items<K extends CatalogKind>(kind: K, ids: readonly string[], market: string | undefined): Promise<(KindWire[K] | null)[]> {
    const row = kindRow(kind);
    const several = row.several;
    const name = `Get Several ${(several?.field ?? `${kind}s`).replace(/^./, (c) => c.toUpperCase())}`;
    this.requireSeveral(name, ids.length, several ? this.capabilities.several?.[kind] : undefined);
    const query = { ids: ids.join(','), ...(row.byMarket ? { market } : {}), ...row.query };
    const body = (await this.get(several!.endpoint, row.path, query, row.credential)) as Record<string, unknown>;
    // The table holds each row's several-items endpoint to a list of its kind under `field` (kinds.ts).
    return body[several!.field] as (KindWire[K] | null)[];
  }

  search(params: SearchParams): Promise<SearchResponse> {
    const { q, types, market, limit, offset } = params;
    return this.get('search', '/search', { q, type: types.join(','), market, limit, offset });
  }

  artistAlbums(id: string, params: ArtistAlbumsParams): Promise<Paging<ArtistDiscographyAlbum>> {
    const { includeGroups, ...page } = params;
    const query = { include_groups: includeGroups?.length ? includeGroups.join(',') : undefined, ...page };
    return this.get('artist-albums', `/artists/${id}/albums`, query);
  }

  async artistTopTracks(id: string, market: string | undefined): Promise<KindFull['track'][]> {
    if (!this.capabilities.topTracks) {
      throw new SpotifyForbiddenError(
        "Artist top tracks are not available: Spotify removed Get Artist's Top Tracks for apps in Development Mode (set SPOTIFY_APP_MODE=extended for an Extended Quota Mode app)",
      );
    }
    const body = await this.get('artist-top-tracks', `/artists/${id}/top-tracks`, { market });
    return body.tracks;
  }

  albumTracks(id: string, page: PageParams): Promise<Paging<KindSimplified['track']>> {
    return this.get('album-tracks', `/albums/${id}/tracks`, { ...page });
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

  showEpisodes(id: string, page: PageParams): Promise<Paging<KindSimplified['episode']>> {
    return this.get('show-episodes', `/shows/${id}/episodes`, { ...page });
  }

  audiobookChapters(id: string, page: PageParams): Promise<Paging<KindSimplified['chapter']>> {
    return this.get('audiobook-chapters', `/audiobooks/${id}/chapters`, { ...page });
  }

  private requireSeveral(name: string, count: number, max: number | undefined): void {
    if (max === undefined) {
      throw new SpotifyForbiddenError(`${name} is not available to apps in Development Mode`);
    }
    if (count > max) throw new RangeError(`${name} takes at most ${max} ids, got ${count}`);
  }
}
