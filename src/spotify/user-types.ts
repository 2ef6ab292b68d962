// Wire shapes of what the Web API answers a signed-in user (components/schemas of the
// OpenAPI description). Only the fields the gateway reads are listed; Spotify may send more
// and, to Development Mode apps, less (the fields marked deprecated).

import type { ExternalUrls, FullAlbum, FullEpisode, FullTrack, SimplifiedAudiobook, SimplifiedShow, SpotifyImage } from './types.js';

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

/** SavedTrackObject, SavedAlbumObject, …: the item under its kind's key. */
export interface SavedItems {
  tracks: { added_at: string; track: FullTrack | null };
  albums: { added_at: string; album: FullAlbum | null };
  shows: { added_at: string; show: SimplifiedShow | null };
  episodes: { added_at: string; episode: FullEpisode | null };
  audiobooks: { added_at: string; audiobook: SimplifiedAudiobook | null };
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

/** Answer of the playlist item writes. */
export interface PlaylistSnapshot {
  snapshot_id: string;
}
