import type { AppMode } from '../upstream/app-mode.js';
import { catalogKindNames, catalogKinds, type CatalogKind } from './kinds.js';

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
  several: Partial<Record<CatalogKind, number>> | null;
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
    several: extended ? severalBatches() : null,
    topTracks: extended,
    playlistItemsWithAppToken: extended,
    deprecatedFields: extended,
  };
}

/** Each kind's several-items batch size from the table of kinds; a kind without such an endpoint is absent. */
function severalBatches(): Partial<Record<CatalogKind, number>> {
  const batches: Partial<Record<CatalogKind, number>> = {};
  for (const kind of catalogKindNames) {
    const several = catalogKinds[kind].several;
    if (several) batches[kind] = several.batch;
  }
  return batches;
}
