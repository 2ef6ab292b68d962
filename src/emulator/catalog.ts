// A seeded, deterministic fake music catalog. It holds plain records (names, relations,
// numbers); turning them into Spotify wire objects is wire.ts's job, because hrefs depend
// on the emulator's URL and some fields depend on the app mode. The same seed always
// yields the same ids, names and numbers, so tests can rely on fixtures by id.

import type { AlbumType } from '../spotify/catalog/types.js';
import { generatePlaylists, PLAYLIST_FIXTURES, type PlaylistRecord } from './catalog-playlists.js';
import { generateSpoken, type AudiobookRecord, type ChapterRecord, type EpisodeRecord, type ShowRecord } from './catalog-spoken.js';
import { albumName, artistName, GENRES, LABELS, trackName } from './names.js';
import { base62Id, chance, hashSeed, hex, int, mulberry32, pick, type Rng } from './random.js';

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

/** Ids and terms tests and demos can rely on. */
export interface CatalogFixtures {
  /** "BTS": > 25 albums in its discography, full objects with genres/popularity/followers. */
  btsId: string;
  btsWorldId: string;
  btscId: string;
  variousArtistsId: string;
  /** 40 tracks crediting >= 30 distinct artists. */
  bigAlbumId: string;
  /** 120 tracks, more than two pages of Spotify's 50 per page. */
  longAlbumId: string;
  /** Matches > 1100 tracks and > 60 artists and albums. */
  bigSearchTerm: string;
  /** Well-formed base62 ids that name nothing. */
  unknownId: string;
  unknownIds: string[];
  /** Not a base62 id at all. */
  invalidId: string;
  /** Unavailable in RESTRICTED_MARKETS, with nothing to relink to. */
  restrictedTrackId: string;
  /** Unavailable in RESTRICTED_MARKETS, relinked there to a track of the same name. */
  relinkedTrackId: string;
  /** Owned by `sora`: tracks, episodes, a local file and an entry whose track is gone. */
  mixedPlaylistId: string;
  /** Owned by `sora`, collaborative with `minji`. */
  collaborativePlaylistId: string;
  /** 230 items, owned by `spotify`. */
  bigPlaylistId: string;
  /** Owned by `minji` alone. */
  othersPlaylistId: string;
  /** A K-pop podcast with 120 episodes. */
  longShowId: string;
  /** An audiobook with 60 chapters. */
  longAudiobookId: string;
}

export interface Catalog {
  seed: number;
  artists: ArtistRecord[];
  albums: AlbumRecord[];
  tracks: TrackRecord[];
  artistIndex: Map<string, number>;
  albumIndex: Map<string, number>;
  trackIndex: Map<string, number>;
  /** Per artist, in Spotify's order: album, single, compilation, appears_on; newest first. */
  discography: DiscographyEntry[][];
  /** Per artist, up to 10 track indexes, most popular first. */
  topTracks: number[][];
  shows: ShowRecord[];
  episodes: EpisodeRecord[];
  audiobooks: AudiobookRecord[];
  chapters: ChapterRecord[];
  playlists: PlaylistRecord[];
  showIndex: Map<string, number>;
  episodeIndex: Map<string, number>;
  audiobookIndex: Map<string, number>;
  chapterIndex: Map<string, number>;
  playlistIndex: Map<string, number>;
  fixtures: CatalogFixtures;
}

/** Where the restricted tracks cannot be played. */
export const RESTRICTED_MARKETS: readonly string[] = ['BR', 'JP'];

export const DEFAULT_SEED = 20260531;
const ARTIST_COUNT = 400;
const ALBUM_COUNT = 1200;
const BTS_ALBUMS = 32;
const BIG_ALBUM_TRACKS = 40;
const BIG_ALBUM_POOL = 34;
const LONG_ALBUM_TRACKS = 120;
/** First artist index that is not a named fixture. */
const FIRST_REGULAR_ARTIST = 4;

const memo = new Map<number, Catalog>();

/** The catalog for a seed, generated once per process and shared (it is never mutated). */
export function getCatalog(seed = DEFAULT_SEED): Catalog {
  let catalog = memo.get(seed);
  if (!catalog) {
    catalog = generateCatalog(seed);
    memo.set(seed, catalog);
  }
  return catalog;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export function generateCatalog(seed = DEFAULT_SEED): Catalog {
  const rng = mulberry32(hashSeed(`catalog:${seed}`));
  const usedIds = new Set<string>();
  const newId = (label: string): string => {
    let id = base62Id(`${seed}:${label}`);
    for (let n = 1; usedIds.has(id); n++) id = base62Id(`${seed}:${label}:${n}`);
    usedIds.add(id);
    return id;
  };

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
  const unknownIds = [1, 2, 3].map((n) => newId(`unknown:${n}`));
  // Generated last, from streams of their own: the music catalog is what it was before them.
  const spoken = generateSpoken(seed, newId);
  const topTracks = buildTopTracks(artists, tracks);
  const btsTracks = [...tracks.filter((t) => t.artists.includes(0))]
    .sort((x, y) => y.popularity - x.popularity || compare(x.id, y.id)).map((t) => t.index);
  const playlists = generatePlaylists(seed, newId, tracks.length, spoken.episodes.length, btsTracks);
  const catalog: Catalog = {
    seed,
    artists,
    albums,
    tracks,
    artistIndex: new Map(artists.map((a) => [a.id, a.index])),
    albumIndex: new Map(albums.map((a) => [a.id, a.index])),
    trackIndex: new Map(tracks.map((t) => [t.id, t.index])),
    discography: buildDiscographies(artists, albums, tracks),
    topTracks,
    ...spoken,
    playlists,
    showIndex: indexOf(spoken.shows),
    episodeIndex: indexOf(spoken.episodes),
    audiobookIndex: indexOf(spoken.audiobooks),
    chapterIndex: indexOf(spoken.chapters),
    playlistIndex: indexOf(playlists),
    fixtures: {
      btsId: artists[0].id,
      btsWorldId: artists[1].id,
      btscId: artists[2].id,
      variousArtistsId: artists[3].id,
      bigAlbumId: bigAlbum.id,
      longAlbumId: longAlbum.id,
      bigSearchTerm: 'love',
      unknownId: unknownIds[0],
      unknownIds,
      invalidId: 'not-a-valid-id!',
      restrictedTrackId: tracks[restricted.plain].id,
      relinkedTrackId: tracks[restricted.relinked].id,
      mixedPlaylistId: playlists[PLAYLIST_FIXTURES.mixed].id,
      collaborativePlaylistId: playlists[PLAYLIST_FIXTURES.collaborative].id,
      bigPlaylistId: playlists[PLAYLIST_FIXTURES.big].id,
      othersPlaylistId: playlists[PLAYLIST_FIXTURES.othersOnly].id,
      longShowId: spoken.shows[0].id,
      longAudiobookId: spoken.audiobooks[0].id,
    },
  };
  return catalog;
}

const indexOf = (records: { id: string; index: number }[]) => new Map(records.map((r) => [r.id, r.index]));

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

/** Plain code-unit order: stable across locales, and far cheaper than localeCompare. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const GROUP_ORDER: Record<AlbumGroup, number> = { album: 0, single: 1, compilation: 2, appears_on: 3 };

function buildDiscographies(artists: ArtistRecord[], albums: AlbumRecord[], tracks: TrackRecord[]): DiscographyEntry[][] {
  const groups = artists.map(() => new Map<number, AlbumGroup>());
  for (const album of albums) {
    for (const a of album.artists) groups[a].set(album.index, album.albumType);
  }
  for (const track of tracks) {
    for (const a of track.artists) {
      if (!groups[a].has(track.album)) groups[a].set(track.album, 'appears_on');
    }
  }
  return groups.map((byAlbum) =>
    [...byAlbum]
      .map(([album, group]) => ({ album, group }))
      .sort((x, y) =>
        GROUP_ORDER[x.group] - GROUP_ORDER[y.group] ||
        compare(albums[y.album].releaseDate, albums[x.album].releaseDate) ||
        compare(albums[x.album].id, albums[y.album].id),
      ),
  );
}

function buildTopTracks(artists: ArtistRecord[], tracks: TrackRecord[]): number[][] {
  const byArtist: number[][] = artists.map(() => []);
  for (const track of tracks) for (const a of track.artists) byArtist[a].push(track.index);
  return byArtist.map((list) =>
    list
      .sort((x, y) => tracks[y].popularity - tracks[x].popularity || compare(tracks[x].id, tracks[y].id))
      .slice(0, 10),
  );
}
