// A seeded, deterministic fake catalog: the music (catalog-music.ts), shows and audiobooks
// (catalog-spoken.ts) and playlists (catalog-playlists.ts), indexed and with the fixtures
// tests rely on. It holds plain records (names, relations, numbers); turning them into
// Spotify wire objects is wire.ts's job, because hrefs depend on the emulator's URL and some
// fields depend on the app mode. The same seed always yields the same ids, names and numbers.

import { generatePlaylists, PLAYLIST_FIXTURES, type PlaylistRecord } from './catalog-playlists.js';
import { buildDiscographies, buildTopTracks, compare } from './catalog-order.js';
import type { AlbumRecord, ArtistRecord, DiscographyEntry, TrackRecord } from './catalog-records.js';
import { generateMusic } from './catalog-music.js';
import { generateSpoken, type AudiobookRecord, type ChapterRecord, type EpisodeRecord, type ShowRecord } from './catalog-spoken.js';
import { base62Id, hashSeed, mulberry32 } from './random.js';

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

export const DEFAULT_SEED = 20260531;

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

export function generateCatalog(seed = DEFAULT_SEED): Catalog {
  const rng = mulberry32(hashSeed(`catalog:${seed}`));
  const usedIds = new Set<string>();
  const newId = (label: string): string => {
    let id = base62Id(`${seed}:${label}`);
    for (let n = 1; usedIds.has(id); n++) id = base62Id(`${seed}:${label}:${n}`);
    usedIds.add(id);
    return id;
  };

  const { artists, albums, tracks, bigAlbum, longAlbum, restricted } = generateMusic(rng, newId);
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
