// The music of the catalog: artists, their albums and tracks, from one seeded stream. The named
// fixtures come first (BTS and its namesakes, the big compilation, the long album), then every
// other artist gets at least one album. The order of the draws is the catalog: changing it
// changes every id's name and numbers.

import { albumName, artistName, GENRES, LABELS, trackName } from './names.js';
import { chance, hex, int, pick, type Rng } from './random.js';
import type { AlbumRecord, ArtistRecord, DatePrecision, TrackRecord } from './catalog-records.js';
import type { AlbumType } from './wire-types.js';

/** Where the restricted tracks cannot be played. */
export const RESTRICTED_MARKETS: readonly string[] = ['BR', 'JP'];

const ARTIST_COUNT = 400;
const ALBUM_COUNT = 1200;
const BTS_ALBUMS = 32;
const BIG_ALBUM_TRACKS = 40;
const BIG_ALBUM_POOL = 34;
const LONG_ALBUM_TRACKS = 120;
/** First artist index that is not a named fixture. */
const FIRST_REGULAR_ARTIST = 4;

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export interface Music {
  artists: ArtistRecord[];
  albums: AlbumRecord[];
  tracks: TrackRecord[];
  bigAlbum: AlbumRecord;
  longAlbum: AlbumRecord;
  /** A track unavailable in RESTRICTED_MARKETS, and one relinked there. */
  restricted: { plain: number; relinked: number };
}

export function generateMusic(rng: Rng, newId: (label: string) => string): Music {
  const artists = makeArtists(rng, newId);
  const albums: AlbumRecord[] = [];
  const tracks: TrackRecord[] = [];

  const addAlbum = (spec: AlbumSpec): AlbumRecord => {
    const album = makeAlbum(rng, newId, albums.length, spec, artists);
    albums.push(album);
    for (let j = 0; j < spec.trackCount; j++) {
      const artistsOfTrack = spec.trackArtists?.(j) ?? featuring(rng, spec.artists);
      const track = makeTrack(rng, newId, tracks.length, album, j, spec, artistsOfTrack);
      album.tracks.push(track.index);
      tracks.push(track);
    }
    return album;
  };

  // BTS: a long discography, so artist albums can be paged past 10 and 20 per page.
  for (let i = 0; i < BTS_ALBUMS; i++) {
    const albumType: AlbumType = i < 20 ? 'album' : i < 29 ? 'single' : 'compilation';
    addAlbum({ artists: [0], albumType, trackCount: trackCountFor(rng, albumType), year: 2013 + (i % 12) });
  }
  addAlbum({ artists: [1], albumType: 'album', trackCount: 10 });
  addAlbum({ artists: [1], albumType: 'single', trackCount: 2 });
  addAlbum({ artists: [2], albumType: 'album', trackCount: 9 });

  // The big compilation: 40 tracks, each crediting 2-3 of 34 artists, with repeats.
  const pool = Array.from({ length: BIG_ALBUM_POOL }, (_, k) => FIRST_REGULAR_ARTIST + 1 + k);
  const bigAlbum = addAlbum({
    artists: [3], albumType: 'compilation', trackCount: BIG_ALBUM_TRACKS, name: 'Golden Collaborations',
    trackArtists: (j) => {
      const credited = [pool[j % BIG_ALBUM_POOL], pool[(j * 7 + 3) % BIG_ALBUM_POOL]];
      if (j % 3 === 0) credited.push(pool[(j * 13 + 5) % BIG_ALBUM_POOL]);
      return [...new Set(credited)];
    },
  });

  // The long album: 120 tracks over two discs.
  const longAlbum = addAlbum({
    artists: [FIRST_REGULAR_ARTIST], albumType: 'album', trackCount: LONG_ALBUM_TRACKS,
    name: 'The Long Way Home (Anniversary Edition)', discSize: 60,
  });

  // Everyone else: each regular artist gets at least one album, some get collaborations.
  const regularCount = ARTIST_COUNT - FIRST_REGULAR_ARTIST;
  for (let k = 0; albums.length < ALBUM_COUNT; k++) {
    const lead = FIRST_REGULAR_ARTIST + (k % regularCount);
    const albumArtists = chance(rng, 0.12) ? [lead, otherArtist(rng, [lead])] : [lead];
    const roll = rng();
    const albumType: AlbumType = roll < 0.35 ? 'single' : roll < 0.9 ? 'album' : 'compilation';
    const album = addAlbum({ artists: albumArtists, albumType, trackCount: trackCountFor(rng, albumType) });
    // A few BTS features, so BTS also has `appears_on` albums.
    if (k % 97 === 5 && k < 500) tracks[album.tracks[0]].artists.push(0);
  }

  const restricted = restrictTracks(tracks);
  return { artists, albums, tracks, bigAlbum, longAlbum, restricted };
}

/**
 * One track in 53 cannot be played in RESTRICTED_MARKETS; every other one of those is
 * relinked there to an available track of the same name (Spotify's track relinking). No
 * randomness, so the tracks' other facts are untouched.
 */
function restrictTracks(tracks: TrackRecord[]): { plain: number; relinked: number } {
  const byName = new Map<string, number>();
  for (const t of tracks) if (t.index % 53 !== 7 && !byName.has(t.name)) byName.set(t.name, t.index);
  let plain = -1;
  let relinked = -1;
  for (const t of tracks) {
    if (t.index % 53 !== 7) continue;
    t.unavailableIn = RESTRICTED_MARKETS;
    const twin = byName.get(t.name);
    if (t.index % 106 === 7 || twin === undefined) {
      if (plain < 0) plain = t.index;
    } else {
      t.relinkedTo = twin;
      if (relinked < 0) relinked = t.index;
    }
  }
  return { plain, relinked };
}

function makeArtists(rng: Rng, newId: (label: string) => string): ArtistRecord[] {
  const fixed: [string, number, string[]][] = [
    ['BTS', 95, ['k-pop', 'k-pop boy group', 'pop']],
    ['BTS World', 41, ['k-pop']],
    ['BTSC', 33, ['indie pop']],
    ['Various Artists', 52, []],
  ];
  const names = new Set<string>();
  const artists: ArtistRecord[] = [];
  for (let index = 0; index < ARTIST_COUNT; index++) {
    let name: string;
    let popularity: number;
    let genres: string[];
    if (index < fixed.length) {
      [name, popularity, genres] = fixed[index];
    } else {
      do name = artistName(rng, index); while (names.has(name));
      popularity = int(rng, 5, 90);
      genres = [...new Set(Array.from({ length: int(rng, 0, 3) }, () => pick(rng, GENRES)))];
    }
    names.add(name);
    const followers = index === 0 ? 78_412_331 : Math.floor(popularity ** 3 * (2 + rng() * 8));
    artists.push({ index, id: newId(`artist:${index}`), name, popularity, followers, genres, image: hex(rng, 24) });
  }
  return artists;
}

interface AlbumSpec {
  artists: number[];
  albumType: AlbumType;
  trackCount: number;
  name?: string;
  year?: number;
  /** Tracks per disc; tracks are numbered within their disc. */
  discSize?: number;
  trackArtists?: (position: number) => number[];
}

function trackCountFor(rng: Rng, type: AlbumType): number {
  if (type === 'single') return int(rng, 1, 4);
  if (type === 'compilation') return int(rng, 12, 22);
  return int(rng, 9, 18);
}

function otherArtist(rng: Rng, exclude: number[]): number {
  let candidate: number;
  do candidate = int(rng, FIRST_REGULAR_ARTIST, ARTIST_COUNT - 1); while (exclude.includes(candidate));
  return candidate;
}

/** The album's artists, plus now and then a featured guest. */
function featuring(rng: Rng, albumArtists: number[]): number[] {
  return chance(rng, 0.2) ? [...albumArtists, otherArtist(rng, albumArtists)] : [...albumArtists];
}

function makeAlbum(
  rng: Rng, newId: (label: string) => string, index: number, spec: AlbumSpec, artists: ArtistRecord[],
): AlbumRecord {
  const year = spec.year ?? int(rng, 1975, 2025);
  const precisionRoll = rng();
  const releaseDatePrecision: DatePrecision = precisionRoll < 0.85 ? 'day' : precisionRoll < 0.9 ? 'month' : 'year';
  const mm = String(int(rng, 1, 12)).padStart(2, '0');
  const dd = String(int(rng, 1, 28)).padStart(2, '0');
  const releaseDate =
    releaseDatePrecision === 'day' ? `${year}-${mm}-${dd}` : releaseDatePrecision === 'month' ? `${year}-${mm}` : `${year}`;
  const lead = artists[spec.artists[0]];
  return {
    index,
    id: newId(`album:${index}`),
    name: spec.name ?? albumName(rng, index),
    albumType: spec.albumType,
    artists: spec.artists,
    tracks: [],
    releaseDate,
    releaseDatePrecision,
    popularity: clamp(lead.popularity + int(rng, -20, 10), 0, 100),
    label: pick(rng, LABELS),
    upc: String(int(rng, 100000, 999999)) + String(int(rng, 100000, 999999)),
    image: hex(rng, 24),
  };
}

function makeTrack(
  rng: Rng, newId: (label: string) => string, index: number, album: AlbumRecord, position: number,
  spec: AlbumSpec, artists: number[],
): TrackRecord {
  const discSize = spec.discSize ?? Number.MAX_SAFE_INTEGER;
  const year = album.releaseDate.slice(2, 4);
  return {
    index,
    id: newId(`track:${index}`),
    // A single's lead track shares the single's name, as on Spotify.
    name: album.albumType === 'single' && position === 0 ? album.name : trackName(rng, index),
    album: album.index,
    artists,
    discNumber: Math.floor(position / discSize) + 1,
    trackNumber: (position % discSize) + 1,
    durationMs: int(rng, 90_000, 420_000),
    explicit: chance(rng, 0.15),
    popularity: clamp(album.popularity + int(rng, -15, 15), 0, 100),
    isrc: `QZ${hex(rng, 3).toUpperCase()}${year}${String(index).padStart(5, '0')}`,
    preview: chance(rng, 0.3) ? hex(rng, 40) : null,
    unavailableIn: [],
  };
}
