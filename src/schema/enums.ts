import type { AlbumGroup } from '../spotify/catalog/endpoints.js';
import type { AlbumType, ReleaseDatePrecision } from '../spotify/catalog/types.js';
import { builder } from './builder.js';

// Spotify's lower-case string sets as GraphQL enums; the values are Spotify's, upper-cased.

export const AlbumTypeEnum = builder.enumType('AlbumType', {
  description: 'What kind of release an album is, as Spotify files it.',
  values: {
    ALBUM: { value: 'album', description: 'A full-length album.' },
    SINGLE: { value: 'single', description: 'A single or an EP (Spotify files EPs as singles).' },
    COMPILATION: { value: 'compilation', description: 'A compilation of earlier recordings, often by several artists.' },
  } as const satisfies Record<string, { value: AlbumType; description: string }>,
});

export const AlbumGroupEnum = builder.enumType('AlbumGroup', {
  description: "How an album relates to an artist in the artist's discography: their own album, single or compilation, or another artist's release they appear on.",
  values: {
    ALBUM: { value: 'album', description: "The artist's own albums." },
    SINGLE: { value: 'single', description: "The artist's own singles and EPs." },
    APPEARS_ON: { value: 'appears_on', description: "Other artists' releases the artist appears on." },
    COMPILATION: { value: 'compilation', description: 'Compilations the artist is on.' },
  } as const satisfies Record<string, { value: AlbumGroup; description: string }>,
});

export const ReleaseDatePrecisionEnum = builder.enumType('ReleaseDatePrecision', {
  description: 'How precisely Spotify knows a release date: `releaseDate` then reads "2013", "2013-06" or "2013-06-13".',
  values: {
    YEAR: { value: 'year', description: 'Only the year is known ("2013").' },
    MONTH: { value: 'month', description: 'The year and month are known ("2013-06").' },
    DAY: { value: 'day', description: 'The exact day is known ("2013-06-13").' },
  } as const satisfies Record<string, { value: ReleaseDatePrecision; description: string }>,
});

/** Spotify's precision, or null for a value it should not send (some payloads send none). */
export function releaseDatePrecision(value: string | null | undefined): ReleaseDatePrecision | null {
  const lower = value?.toLowerCase();
  return lower === 'year' || lower === 'month' || lower === 'day' ? lower : null;
}
