import type { AppMode } from '../upstream/app-mode.js';

/** What Spotify lets an app of each mode do; the gateway plans its calls from this alone. */
export interface Capabilities {
  mode: AppMode;
  /** Largest `limit` of GET /search. */
  searchPageSize: number;
  /** Largest `offset` of GET /search: results past it cannot be reached. */
  searchMaxOffset: number;
  /** Largest `limit` of GET /artists/{id}/albums. */
  artistAlbumsPageSize: number;
  /** Largest `limit` of GET /albums/{id}/tracks. */
  albumTracksPageSize: number;
  /** Largest `limit` of GET /playlists/{id}/items. */
  playlistItemsPageSize: number;
  /** Largest `limit` of GET /shows/{id}/episodes. */
  showEpisodesPageSize: number;
  /** Largest `limit` of GET /audiobooks/{id}/chapters. */
  audiobookChaptersPageSize: number;
  /** Ids per call of the several-items endpoints, or null where the mode has none. */
  several: { artists: number; albums: number; tracks: number; shows: number; episodes: number; audiobooks: number; chapters: number } | null;
  topTracks: boolean;
  /**
   * Whether the app's own token reads playlist items. Since February 2026 only a playlist's
   * owner and collaborators do in Development Mode, and an app's token is neither.
   */
  playlistItemsWithAppToken: boolean;
  /** Artist genres/popularity/followers, track popularity/preview_url, album label/popularity. */
  deprecatedFields: boolean;
}

export function capabilitiesFor(mode: AppMode): Capabilities {
  const extended = mode === 'extended';
  return {
    mode,
    searchPageSize: extended ? 50 : 10,
    searchMaxOffset: 1000,
    artistAlbumsPageSize: extended ? 50 : 10,
    albumTracksPageSize: 50,
    playlistItemsPageSize: 50,
    showEpisodesPageSize: 50,
    audiobookChaptersPageSize: 50,
    several: extended ? { artists: 50, albums: 20, tracks: 50, shows: 50, episodes: 50, audiobooks: 50, chapters: 50 } : null,
    topTracks: extended,
    playlistItemsWithAppToken: extended,
    deprecatedFields: extended,
  };
}
