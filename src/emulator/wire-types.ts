// Wire shapes of the objects only the emulator serves (playlists, shows, episodes,
// audiobooks, chapters), transcribed from the OpenAPI description's components/schemas.
// Optional keys are the deprecated ones Development Mode apps no longer get.

import type { ExternalUrls, Paging, SpotifyImage } from '../spotify/catalog/types.js';
import type { WireFullTrack } from './wire.js';

export interface Copyright {
  text: string;
  type: 'C' | 'P';
}

/** ShowBase: SimplifiedShowObject. */
export interface SimplifiedShow {
  available_markets?: string[];
  copyrights: Copyright[];
  description: string;
  html_description: string;
  explicit: boolean;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: SpotifyImage[];
  is_externally_hosted: boolean;
  languages: string[];
  media_type: string;
  name: string;
  publisher?: string;
  type: 'show';
  uri: string;
  total_episodes: number;
}

export interface FullShow extends SimplifiedShow {
  episodes: Paging<SimplifiedEpisode | null>;
}

/** EpisodeBase: SimplifiedEpisodeObject. */
export interface SimplifiedEpisode {
  audio_preview_url?: string | null;
  description: string;
  html_description: string;
  duration_ms: number;
  explicit: boolean;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: SpotifyImage[];
  is_externally_hosted: boolean;
  is_playable: boolean;
  language?: string;
  languages: string[];
  name: string;
  release_date: string;
  release_date_precision: 'year' | 'month' | 'day';
  type: 'episode';
  uri: string;
}

export interface FullEpisode extends SimplifiedEpisode {
  show: SimplifiedShow;
}

/** AudiobookBase: SimplifiedAudiobookObject. */
export interface SimplifiedAudiobook {
  authors: { name: string }[];
  available_markets?: string[];
  copyrights: Copyright[];
  description: string;
  html_description: string;
  edition: string;
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

export interface FullAudiobook extends SimplifiedAudiobook {
  chapters: Paging<SimplifiedChapter | null>;
}

/** ChapterBase: SimplifiedChapterObject (the spec's type enum says "episode"). */
export interface SimplifiedChapter {
  audio_preview_url?: string | null;
  available_markets?: string[];
  chapter_number: number;
  description: string;
  html_description: string;
  duration_ms: number;
  explicit: boolean;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: SpotifyImage[];
  is_playable: boolean;
  languages: string[];
  name: string;
  release_date: string;
  release_date_precision: 'year' | 'month' | 'day';
  type: 'episode';
  uri: string;
}

export interface FullChapter extends SimplifiedChapter {
  audiobook: SimplifiedAudiobook;
}

/** PlaylistUserObject (+ display_name: PlaylistOwnerObject). */
export interface PlaylistUser {
  external_urls: ExternalUrls;
  href: string;
  id: string;
  type: 'user';
  uri: string;
  display_name?: string | null;
}

/** An episode as a playlist serves it to clients that did not ask for episodes: track-shaped. */
export interface EpisodeAsTrack {
  album: Record<string, unknown>;
  artists: Record<string, unknown>[];
  disc_number: 0;
  duration_ms: number;
  episode: true;
  explicit: boolean;
  external_ids: { spotify: string };
  external_urls: ExternalUrls;
  href: string;
  id: string;
  is_local: false;
  name: string;
  popularity?: 0;
  track: false;
  track_number: 0;
  type: 'episode';
  uri: string;
}

export type PlaylistItem = WireFullTrack | FullEpisode | EpisodeAsTrack | Record<string, unknown>;

/** PlaylistTrackObject: `track` is the deprecated twin of `item`. */
export interface PlaylistEntryObject {
  added_at: string;
  added_by: PlaylistUser;
  is_local: boolean;
  item: PlaylistItem | null;
  track?: PlaylistItem | null;
}

export interface SimplifiedPlaylist {
  collaborative: boolean;
  description: string | null;
  external_urls: ExternalUrls;
  href: string;
  id: string;
  images: SpotifyImage[];
  name: string;
  owner: PlaylistUser;
  public: boolean;
  snapshot_id: string;
  items: { href: string; total: number };
  tracks?: { href: string; total: number };
  type: 'playlist';
  uri: string;
}

/** PlaylistObject: `items` only for its owner and collaborators (Development Mode). */
export interface FullPlaylist extends Omit<SimplifiedPlaylist, 'items' | 'tracks'> {
  followers: { href: null; total: number };
  items?: Paging<PlaylistEntryObject>;
  tracks?: Paging<PlaylistEntryObject>;
}
