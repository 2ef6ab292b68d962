// Each demo user's starting library, drawn deterministically from the seeded catalog: the
// same catalog seed and user id always give the same saved tracks, albums, shows, episodes
// and audiobooks, follows, top lists and history, and no two users share a taste. Only ids
// the catalog has are used.

import type { Catalog } from '../catalog.js';
import { hashSeed, int, mulberry32, type Rng } from '../random.js';
import type { DemoUser } from './demo-users.js';
import { TIME_RANGES, UserLibrary, type ListeningProfile, type Play, type TimeRange } from './library.js';

/** Saved-at and played-at times count back from this instant (the spec's release day). */
const SEED_EPOCH = Date.UTC(2026, 4, 31, 12, 0, 0);
const HOUR = 3_600_000;
const HISTORY_LENGTH = 50;

export function seedLibrary(catalog: Catalog, user: DemoUser): UserLibrary {
  const rng = mulberry32(hashSeed(`user:${catalog.seed}:${user.id}`));
  const favourites = distinct(rng, int(rng, 18, 30), () => int(rng, 0, catalog.artists.length - 1));
  const favouriteTracks = favourites.flatMap((a) => catalog.topTracks[a]);
  const favouriteAlbums = [...new Set(favourites.flatMap((a) => catalog.discography[a].map((e) => e.album)))];

  const library = new UserLibrary(profile(rng, catalog, favourites, favouriteTracks));
  const savedTracks = sample(rng, favouriteTracks, int(rng, 15, 70));
  const savedAlbums = sample(rng, favouriteAlbums, int(rng, 4, 25));
  const followed = [...sample(rng, favourites, int(rng, 8, favourites.length)),
    ...distinct(rng, int(rng, 0, 30), () => int(rng, 0, catalog.artists.length - 1))];

  fill(library.saved.track, savedTracks.map((t) => catalog.tracks[t].id), 19);
  fill(library.saved.album, savedAlbums.map((a) => catalog.albums[a].id), 71);
  fill(library.artists, followed.map((a) => catalog.artists[a].id), 53);
  seedSpoken(catalog, user, library);
  return library;
}

/**
 * Saved shows, episodes (mostly of those shows) and audiobooks, drawn from a stream of their
 * own so that the music library stays as it was before the catalog had them.
 */
function seedSpoken(catalog: Catalog, user: DemoUser, library: UserLibrary): void {
  const rng = mulberry32(hashSeed(`user-spoken:${catalog.seed}:${user.id}`));
  const shows = sample(rng, catalog.shows.map((s) => s.index), int(rng, 1, 5));
  const episodes = [...sample(rng, shows.flatMap((s) => catalog.shows[s].episodes), int(rng, 2, 12)),
    ...distinct(rng, int(rng, 0, 3), () => int(rng, 0, catalog.episodes.length - 1))];
  const audiobooks = sample(rng, catalog.audiobooks.map((b) => b.index), int(rng, 1, 3));
  fill(library.saved.show, shows.map((s) => catalog.shows[s].id), 97);
  fill(library.saved.episode, episodes.map((e) => catalog.episodes[e].id), 29);
  fill(library.saved.audiobook, audiobooks.map((b) => catalog.audiobooks[b].id), 131);
}

/** Saves `ids` oldest first, `spacingHours` apart, all before the epoch. */
function fill(map: Map<string, number>, ids: string[], spacingHours: number): void {
  ids.forEach((id, k) => {
    if (!map.has(id)) map.set(id, SEED_EPOCH - (ids.length - k) * spacingHours * HOUR);
  });
}

function profile(rng: Rng, catalog: Catalog, favourites: number[], favouriteTracks: number[]): ListeningProfile {
  const topArtists = {} as Record<TimeRange, number[]>;
  const topTracks = {} as Record<TimeRange, number[]>;
  for (const range of TIME_RANGES) {
    // Longer ranges reach further than the current favourites.
    const extra = range === 'short_term' ? 0 : range === 'medium_term' ? 10 : 25;
    topArtists[range] = [...new Set([...sample(rng, favourites, favourites.length - int(rng, 0, 6)),
      ...distinct(rng, extra, () => int(rng, 0, catalog.artists.length - 1))])].slice(0, 50);
    topTracks[range] = sample(rng, favouriteTracks, Math.min(50, favouriteTracks.length - int(rng, 0, 20)));
  }
  const history: Play[] = [];
  let at = SEED_EPOCH - int(rng, 0, 3) * HOUR;
  for (let k = 0; k < HISTORY_LENGTH; k++) {
    const track = topTracks.short_term[int(rng, 0, topTracks.short_term.length - 1)];
    const roll = rng();
    const context: Play['context'] = roll < 0.5
      ? { type: 'album', id: catalog.albums[catalog.tracks[track].album].id }
      : roll < 0.8 ? { type: 'artist', id: catalog.artists[catalog.tracks[track].artists[0]].id } : null;
    history.push({ track, playedAt: at, context });
    at -= catalog.tracks[track].durationMs + int(rng, 0, 90) * 60_000;
  }
  return { topArtists, topTracks, history };
}

function distinct(rng: Rng, n: number, draw: () => number): number[] {
  const out = new Set<number>();
  for (let tries = 0; out.size < n && tries < n * 20; tries++) out.add(draw());
  return [...out];
}

/** `n` distinct elements of `list` in a random order (Fisher-Yates on a copy). */
function sample<T>(rng: Rng, list: readonly T[], n: number): T[] {
  const copy = [...new Set(list)];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, Math.max(0, n));
}
