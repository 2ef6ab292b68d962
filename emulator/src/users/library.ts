// One user's mutable library: saved items with the time they were saved, followed artists,
// users and playlists, plus the read-only listening profile (top lists, play history) the
// seed drew for them. Lists are kept oldest first and read newest first, as Spotify pages them.

export type SavedKind = 'track' | 'album' | 'show' | 'episode' | 'audiobook';

export type TimeRange = 'short_term' | 'medium_term' | 'long_term';
export const TIME_RANGES: readonly TimeRange[] = ['short_term', 'medium_term', 'long_term'];

export interface Play {
  track: number;
  playedAt: number;
  /** The album or artist the track was played from; null when played on its own. */
  context: { type: 'album' | 'artist'; id: string } | null;
}

export interface ListeningProfile {
  /** Catalog indexes, best first, per time range. */
  topArtists: Record<TimeRange, number[]>;
  topTracks: Record<TimeRange, number[]>;
  /** Newest first. */
  history: Play[];
}

export class UserLibrary {
  /** Per kind: id -> saved-at (ms). */
  readonly saved: Record<SavedKind, Map<string, number>> = {
    track: new Map(), album: new Map(), show: new Map(), episode: new Map(), audiobook: new Map(),
  };
  /** Artist id -> followed-at (ms). */
  readonly artists = new Map<string, number>();
  readonly users = new Map<string, number>();
  /** Playlist id -> followed-at (ms); a user's own playlists are listed without following. */
  readonly playlists = new Map<string, number>();

  constructor(readonly profile: ListeningProfile) {}

  /** Newest first. */
  savedNewestFirst(kind: SavedKind): [string, number][] {
    return [...this.saved[kind]].reverse();
  }
}

/** Adds the ids not yet in `map`; saving an item again keeps its first saved-at, as Spotify does. */
export function addAll(map: Map<string, number>, ids: readonly string[], now: number): void {
  for (const id of ids) if (!map.has(id)) map.set(id, now);
}
