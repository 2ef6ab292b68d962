// The spoken-word part of the catalog: K-pop podcasts (shows) with their episodes, and
// audiobooks with their chapters. Generated from its own seeded stream, after the music, so
// adding it left every artist, album and track exactly as it was.

import { AUDIOBOOKS, chapterName, episodeName, personName, SHOWS } from './names-spoken.js';
import { chance, hashSeed, hex, int, mulberry32, type Rng } from './random.js';

export interface ShowRecord {
  index: number;
  id: string;
  name: string;
  publisher: string;
  description: string;
  explicit: boolean;
  /** Indexes into Catalog.episodes, newest first (Spotify's order). */
  episodes: number[];
  popularity: number;
  image: string;
}

export interface EpisodeRecord {
  index: number;
  id: string;
  name: string;
  show: number;
  description: string;
  durationMs: number;
  explicit: boolean;
  releaseDate: string;
  releaseDatePrecision: 'year' | 'month' | 'day';
  language: string;
  /** 40 hex chars of a preview clip, or null. */
  preview: string | null;
  popularity: number;
  image: string;
}

export interface AudiobookRecord {
  index: number;
  id: string;
  name: string;
  authors: string[];
  narrators: string[];
  publisher: string;
  description: string;
  edition: string;
  explicit: boolean;
  /** Indexes into Catalog.chapters, in reading order. */
  chapters: number[];
  popularity: number;
  image: string;
}

export interface ChapterRecord {
  index: number;
  id: string;
  name: string;
  audiobook: number;
  chapterNumber: number;
  description: string;
  durationMs: number;
  releaseDate: string;
  preview: string | null;
  image: string;
}

export interface SpokenCatalog {
  shows: ShowRecord[];
  episodes: EpisodeRecord[];
  audiobooks: AudiobookRecord[];
  chapters: ChapterRecord[];
}

/** The first show has more episodes than two pages of 50. */
const LONG_SHOW_EPISODES = 120;
/** The first audiobook has more chapters than one page of 50. */
const LONG_AUDIOBOOK_CHAPTERS = 60;

export function generateSpoken(seed: number, newId: (label: string) => string): SpokenCatalog {
  const rng = mulberry32(hashSeed(`spoken:${seed}`));
  const shows: ShowRecord[] = [];
  const episodes: EpisodeRecord[] = [];
  SHOWS.forEach(([name, publisher], index) => {
    const show: ShowRecord = {
      index, id: newId(`show:${index}`), name, publisher,
      description: `${name}: ${publisher}'s weekly talk about K-pop, its idols and its fans.`,
      explicit: chance(rng, 0.2), episodes: [], popularity: int(rng, 20, 90), image: hex(rng, 24),
    };
    shows.push(show);
    const count = index === 0 ? LONG_SHOW_EPISODES : int(rng, 8, 40);
    // Weekly episodes counted back from the newest, so the list is newest first.
    const newest = Date.UTC(2026, 4, 1 + int(rng, 0, 20));
    for (let k = 0; k < count; k++) {
      const number = count - k;
      const day = new Date(newest - k * 7 * 86_400_000).toISOString().slice(0, 10);
      const episode = makeEpisode(rng, newId, episodes.length, show, number, day);
      show.episodes.push(episode.index);
      episodes.push(episode);
    }
  });

  const audiobooks: AudiobookRecord[] = [];
  const chapters: ChapterRecord[] = [];
  AUDIOBOOKS.forEach((name, index) => {
    const book: AudiobookRecord = {
      index, id: newId(`audiobook:${index}`), name,
      authors: chance(rng, 0.25) ? [personName(rng), personName(rng)] : [personName(rng)],
      narrators: [personName(rng)], publisher: 'Hallyu Audio Books',
      description: `${name}, read in full.`, edition: chance(rng, 0.8) ? 'Unabridged' : 'Abridged',
      explicit: false, chapters: [], popularity: int(rng, 10, 80), image: hex(rng, 24),
    };
    audiobooks.push(book);
    const count = index === 0 ? LONG_AUDIOBOOK_CHAPTERS : int(rng, 6, 30);
    const released = `${int(rng, 2018, 2025)}-${String(int(rng, 1, 12)).padStart(2, '0')}-${String(int(rng, 1, 28)).padStart(2, '0')}`;
    for (let k = 0; k < count; k++) {
      const chapter: ChapterRecord = {
        index: chapters.length, id: newId(`chapter:${chapters.length}`), name: chapterName(rng, k + 1),
        audiobook: index, chapterNumber: k, description: `${name}, part ${k + 1}.`,
        durationMs: int(rng, 60_000, 2_400_000), releaseDate: released,
        preview: chance(rng, 0.5) ? hex(rng, 40) : null, image: book.image,
      };
      book.chapters.push(chapter.index);
      chapters.push(chapter);
    }
  });
  return { shows, episodes, audiobooks, chapters };
}

function makeEpisode(
  rng: Rng, newId: (label: string) => string, index: number, show: ShowRecord, number: number, day: string,
): EpisodeRecord {
  return {
    index, id: newId(`episode:${index}`), name: episodeName(rng, number), show: show.index,
    description: `${show.name}, episode ${number}.`, durationMs: int(rng, 900_000, 5_400_000),
    explicit: show.explicit && chance(rng, 0.5), releaseDate: day, releaseDatePrecision: 'day',
    language: chance(rng, 0.7) ? 'ko' : 'en', preview: chance(rng, 0.6) ? hex(rng, 40) : null,
    popularity: clamp(show.popularity + int(rng, -20, 10)), image: chance(rng, 0.7) ? show.image : hex(rng, 24),
  };
}

const clamp = (n: number) => Math.max(0, Math.min(100, n));
