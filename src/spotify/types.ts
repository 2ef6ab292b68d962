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
  release_date_precision: ReleaseDatePrecision;
  type: 'album';
  uri: string;
  artists: SimplifiedArtist[];
}

/** ArtistDiscographyAlbumObject: items of GET /artists/{id}/albums. */
export interface ArtistDiscographyAlbum extends SimplifiedAlbum {
  album_group?: 'album' | 'single' | 'compilation' | 'appears_on';
}

export type ReleaseDatePrecision = 'year' | 'month' | 'day';

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
  /** Sent only when a `market` was asked for (track relinking). */
  is_playable?: boolean;
  /** Why the track cannot be played: "market", "product" or "explicit". */
  restrictions?: { reason?: string };
  name: string;
  preview_url?: string | null;
  track_number: number;
  type: 'track';
  uri: string;
  is_local: boolean;
}

/** CopyrightObject: `C` for the copyright, `P` for the sound recording (performance) copyright. */
export interface Copyright {
  text: string;
  type: string;
}

/** AlbumObject. `genres`, `label`, `popularity` are deprecated for Development Mode apps. */
export interface FullAlbum extends SimplifiedAlbum {
  tracks: Paging<SimplifiedTrack>;
  copyrights: Copyright[];
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

/** ShowBase: SimplifiedShowObject. `publisher` and `available_markets` are deprecated for Development Mode apps. */
export interface SimplifiedShow {
  available_markets?: string[];
  copyrights?: Copyright[];
  description: string;
  html_description?: string;
  explicit: boolean;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: SpotifyImage[];
  languages: string[];
  media_type: string;
  name: string;
  publisher?: string;
  type: 'show';
  uri: string;
  total_episodes: number;
}

/** ShowObject: GET /shows/{id} embeds the first page of episodes. */
export interface FullShow extends SimplifiedShow {
  episodes: Paging<SimplifiedEpisode | null>;
}

/** EpisodeBase: SimplifiedEpisodeObject, what a show's episode list carries. */
export interface SimplifiedEpisode {
  description: string;
  duration_ms: number;
  explicit: boolean;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: SpotifyImage[];
  is_playable?: boolean;
  languages: string[];
  name: string;
  release_date: string;
  release_date_precision: ReleaseDatePrecision;
  type: 'episode';
  uri: string;
}

/** EpisodeObject: the episode with its show. */
export interface FullEpisode extends SimplifiedEpisode {
  show: SimplifiedShow;
}

/** AudiobookBase: SimplifiedAudiobookObject. `publisher` is deprecated for Development Mode apps. */
export interface SimplifiedAudiobook {
  authors: { name: string }[];
  available_markets?: string[];
  copyrights?: Copyright[];
  description: string;
  edition?: string;
  explicit: boolean;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: SpotifyImage[];
  languages: string[];
  media_type: string;
  name: string;
  narrators: { name: string }[];
  publisher?: string;
  type: 'audiobook';
  uri: string;
  total_chapters: number;
}

/** AudiobookObject: embeds the first page of chapters. */
export interface FullAudiobook extends SimplifiedAudiobook {
  chapters: Paging<SimplifiedChapter | null>;
}

/** ChapterBase: SimplifiedChapterObject (Spotify's `type` says "episode"). */
export interface SimplifiedChapter {
  chapter_number: number;
  description: string;
  duration_ms: number;
  explicit: boolean;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: SpotifyImage[];
  languages: string[];
  name: string;
  release_date: string;
  release_date_precision: ReleaseDatePrecision;
  type: string;
  uri: string;
}

/** ChapterObject: the chapter with its audiobook. */
export interface FullChapter extends SimplifiedChapter {
  audiobook: SimplifiedAudiobook;
}

/** PlaylistUserObject; PlaylistOwnerObject adds `display_name`. */
export interface PlaylistUser {
  external_urls: ExternalUrls;
  href: string;
  id: string;
  type: 'user';
  uri: string;
  display_name?: string | null;
}

/**
 * PlaylistTrackObject. `item` is a track or (asked with additional_types=episode) an episode;
 * older payloads call it `track`. A local file has `is_local` and null ids; an entry whose
 * track Spotify no longer has carries null.
 */
export interface PlaylistEntry {
  added_at: string | null;
  added_by: PlaylistUser | null;
  is_local: boolean;
  item?: FullTrack | FullEpisode | null;
  track?: FullTrack | FullEpisode | null;
}

/** SimplifiedPlaylistObject: `items` (formerly `tracks`) only says where the items are and how many. */
export interface SimplifiedPlaylist {
  collaborative: boolean;
  description: string | null;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: SpotifyImage[] | null;
  name: string;
  owner: PlaylistUser;
  public: boolean | null;
  snapshot_id: string;
  items?: { href: string; total: number };
  tracks?: { href: string; total: number };
  type: 'playlist';
  uri: string;
}

/**
 * PlaylistObject. Since February 2026 its `items` page comes only to the owner and
 * collaborators of the playlist (or Extended Quota Mode apps); others get the rest.
 */
export interface FullPlaylist extends Omit<SimplifiedPlaylist, 'items' | 'tracks'> {
  followers?: { href: string | null; total: number };
  items?: Paging<PlaylistEntry | null>;
  tracks?: Paging<PlaylistEntry | null>;
}

/** The `type` values of GET /search that the gateway uses. */
export type SearchType = 'artist' | 'album' | 'track' | 'playlist' | 'show' | 'episode' | 'audiobook';

/** SearchItems response: one page per kind asked. Any page may hold null items (the gateway skips them). */
export interface SearchResponse {
  artists?: Paging<FullArtist>;
  albums?: Paging<SimplifiedAlbum>;
  tracks?: Paging<FullTrack>;
  playlists?: Paging<SimplifiedPlaylist | null>;
  shows?: Paging<SimplifiedShow | null>;
  episodes?: Paging<SimplifiedEpisode | null>;
  audiobooks?: Paging<SimplifiedAudiobook | null>;
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
