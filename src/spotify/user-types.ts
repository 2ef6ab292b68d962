// Wire shapes of what the Web API answers a signed-in user (components/schemas of the
// OpenAPI description). Only the fields the gateway reads are listed; Spotify may send more
// and, to Development Mode apps, less (the fields marked deprecated).

import type { ExternalUrls, FullAlbum, FullTrack, SpotifyImage } from './types.js';

/** PrivateUserObject. country, email, followers and product are absent for Development Mode apps. */
export interface PrivateUser {
  id: string;
  display_name?: string | null;
  email?: string;
  country?: string;
  product?: string;
  images?: SpotifyImage[] | null;
  followers?: { total: number } | null;
  external_urls?: ExternalUrls;
  uri: string;
}

/** What EpisodeObject, ShowObject and AudiobookObject share and the gateway reads. */
export interface SpokenItem {
  id: string;
  name: string;
  description?: string;
  images?: SpotifyImage[];
  external_urls?: ExternalUrls;
  uri: string;
}

/** SavedTrackObject, SavedAlbumObject, …: the item under its kind's key. */
export interface SavedItems {
  tracks: { added_at: string; track: FullTrack | null };
  albums: { added_at: string; album: FullAlbum | null };
  shows: { added_at: string; show: SpokenItem | null };
  episodes: { added_at: string; episode: SpokenItem | null };
  audiobooks: { added_at: string; audiobook: SpokenItem | null };
}

export type SavedKind = keyof SavedItems;

/** CursorPagingObject: pages by `cursors`, not offsets. */
export interface CursorPaging<T> {
  href: string;
  items: T[];
  limit: number;
  next: string | null;
  cursors: { after?: string | null; before?: string | null } | null;
  total?: number;
}

/** ContextObject: where a track was played from. */
export interface PlayContext {
  type: string;
  uri: string;
  external_urls?: ExternalUrls;
}

/** PlayHistoryObject. */
export interface PlayHistory {
  track: FullTrack | null;
  played_at: string;
  context: PlayContext | null;
}

/** PlaylistOwnerObject. */
export interface PlaylistOwner {
  id: string;
  display_name?: string | null;
  uri: string;
}

/** SimplifiedPlaylistObject (what lists carry) and the head of PlaylistObject. */
export interface SimplifiedPlaylist {
  id: string;
  name: string;
  description: string | null;
  public: boolean | null;
  collaborative: boolean;
  snapshot_id: string;
  images: SpotifyImage[] | null;
  owner: PlaylistOwner;
  external_urls?: ExternalUrls;
  uri: string;
  /** The items' link and count (`tracks` before 2026, still sent to Extended Quota Mode apps). */
  items?: { total: number } | null;
  tracks?: { total: number } | null;
}

/** Answer of the playlist item writes. */
export interface PlaylistSnapshot {
  snapshot_id: string;
}
