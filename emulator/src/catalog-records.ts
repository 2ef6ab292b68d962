// The catalog's music records: plain names, relations and numbers, as catalog-music.ts makes
// them. Turning them into Spotify wire objects is wire.ts's job.

import type { AlbumType } from './wire-types.js';

export type AlbumGroup = 'album' | 'single' | 'compilation' | 'appears_on';
export type DatePrecision = 'year' | 'month' | 'day';

export interface ArtistRecord {
  index: number;
  id: string;
  name: string;
  popularity: number;
  followers: number;
  genres: string[];
  /** 24 hex chars shared by the artist's three image urls. */
  image: string;
}

export interface AlbumRecord {
  index: number;
  id: string;
  name: string;
  albumType: AlbumType;
  artists: number[];
  tracks: number[];
  releaseDate: string;
  releaseDatePrecision: DatePrecision;
  popularity: number;
  label: string;
  upc: string;
  image: string;
}

export interface TrackRecord {
  index: number;
  id: string;
  name: string;
  album: number;
  artists: number[];
  discNumber: number;
  trackNumber: number;
  durationMs: number;
  explicit: boolean;
  popularity: number;
  isrc: string;
  /** 40 hex chars of a preview clip, or null (most tracks have no preview nowadays). */
  preview: string | null;
  /** Markets where the track cannot be played (most tracks: none). */
  unavailableIn: readonly string[];
  /** The same recording on another release, served instead where this one is unavailable. */
  relinkedTo?: number;
}

export interface DiscographyEntry {
  album: number;
  group: AlbumGroup;
}
