// Wire shapes of the Spotify Web API objects the gateway uses, transcribed from the
// OpenAPI description (components/schemas). Only the fields we read or the emulator
// serves are listed; Spotify may send more.

export type AppMode = 'development' | 'extended';

export interface ExternalUrls {
  spotify?: string;
}

export interface SpotifyImage {
  url: string;
  height: number | null;
  width: number | null;
}

/** SimplifiedArtistObject: what lists inside albums and tracks carry. */
export interface SimplifiedArtist {
  external_urls: ExternalUrls;
  href: string;
  id: string;
  name: string;
  type: 'artist';
  uri: string;
}

/** ArtistObject. `followers`, `genres` and `popularity` are deprecated for Development Mode apps. */
export interface FullArtist extends SimplifiedArtist {
  followers?: { href: string | null; total: number };
  genres?: string[];
  images: SpotifyImage[];
  popularity?: number;
}

/** PagingObject. */
export interface Paging<T> {
  href: string;
  items: T[];
  limit: number;
  next: string | null;
  offset: number;
  previous: string | null;
  total: number;
}

export type AlbumType = 'album' | 'single' | 'compilation';

/** AlbumBase + artists: SimplifiedAlbumObject. */
export interface SimplifiedAlbum {
  album_type: AlbumType;
  total_tracks: number;
  available_markets?: string[];
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: SpotifyImage[];
  name: string;
  release_date: string;
  release_date_precision: 'year' | 'month' | 'day';
  type: 'album';
  uri: string;
  artists: SimplifiedArtist[];
}

/** ArtistDiscographyAlbumObject: items of GET /artists/{id}/albums. */
export interface ArtistDiscographyAlbum extends SimplifiedAlbum {
  album_group?: 'album' | 'single' | 'compilation' | 'appears_on';
}

/** SimplifiedTrackObject: items of album tracks pages. */
export interface SimplifiedTrack {
  artists: SimplifiedArtist[];
  available_markets?: string[];
  disc_number: number;
  duration_ms: number;
  explicit: boolean;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  is_playable?: boolean;
  name: string;
  preview_url?: string | null;
  track_number: number;
  type: 'track';
  uri: string;
  is_local: boolean;
}

/** AlbumObject. `genres`, `label`, `popularity` are deprecated for Development Mode apps. */
export interface FullAlbum extends SimplifiedAlbum {
  tracks: Paging<SimplifiedTrack>;
  copyrights: { text: string; type: string }[];
  external_ids: { isrc?: string; ean?: string; upc?: string };
  genres?: string[];
  label?: string;
  popularity?: number;
}

/** TrackObject. `popularity` and `preview_url` are deprecated for Development Mode apps. */
export interface FullTrack extends SimplifiedTrack {
  album: SimplifiedAlbum;
  external_ids: { isrc?: string; ean?: string; upc?: string };
  popularity?: number;
}

/** The `type` values of GET /search that the gateway uses. */
export type SearchType = 'artist' | 'album' | 'track';

/** SearchItems response (only the three kinds the gateway uses). */
export interface SearchResponse {
  artists?: Paging<FullArtist>;
  albums?: Paging<SimplifiedAlbum>;
  tracks?: Paging<FullTrack>;
}

/** Error body of every Web API error response: {"error":{"status":..,"message":..}}. */
export interface ErrorBody {
  error: { status: number; message: string; reason?: string };
}

/** Token endpoint (client-credentials) success body. */
export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

/** Token endpoint error body (OAuth 2.0 style, not the Web API style). */
export interface TokenErrorBody {
  error: string;
  error_description?: string;
}
