// Public playlists: some owned by the demo user `sora`, some collaborative between `sora`
// and `minji`, the rest owned by `spotify`. Their items mix tracks and podcast episodes; one
// of sora's also holds a local file and an entry whose track is no longer available, as real
// playlists do. Generated from its own seeded stream, after the rest of the catalog.

import { PLAYLIST_NAMES } from './names-spoken.js';
import { chance, hashSeed, hex, int, mulberry32, pick, type Rng } from './random.js';

/** How the seeded descriptions name the demo users who own playlists. */
const FIRST_NAMES: Record<string, string> = { sora: 'Sora', minji: 'Minji' };

interface EntryBase {
  addedAt: string;
  addedBy: string;
}

export type PlaylistEntry = EntryBase & (
  | { kind: 'track'; track: number }
  | { kind: 'episode'; episode: number }
  /** A file on the owner's device: no id, no album, only what the file's tags said. */
  | { kind: 'local'; name: string; artist: string; album: string; durationMs: number }
  /** A track Spotify no longer has: the entry stays, its track is null. */
  | { kind: 'unavailable' }
);

/** A playlist as the API serves it: seeded in the catalog, or created by a user. */
export interface Playlist {
  id: string;
  name: string;
  description: string | null;
  owner: string;
  /** Users besides the owner who may edit (and so read) a collaborative playlist. */
  collaborators: string[];
  collaborative: boolean;
  public: boolean;
  followers: number;
  snapshotId: string;
  /** The cover's hash; null until it has one (a new playlist has no images). */
  image: string | null;
  items: PlaylistEntry[];
}

/** A seeded playlist, at `index` in the catalog. */
export interface PlaylistRecord extends Playlist {
  index: number;
  image: string;
}

interface PlaylistSpec {
  owner: string;
  collaborators?: string[];
  size: number;
  /** Share of items that are podcast episodes. */
  episodes?: number;
  /** Adds a local file and an unavailable entry. */
  untidy?: boolean;
  /** Draws BTS's most popular tracks first. */
  bts?: boolean;
}

/** By position in PLAYLIST_NAMES; the remaining names are smaller `spotify` playlists. */
const SPECS: PlaylistSpec[] = [
  { owner: 'spotify', size: 80 },
  { owner: 'spotify', size: 50, bts: true },
  { owner: 'spotify', size: 40 },
  { owner: 'sora', size: 30, episodes: 0.25, untidy: true },
  { owner: 'sora', collaborators: ['minji'], size: 45, episodes: 0.1 },
  { owner: 'spotify', size: 230 },
  { owner: 'spotify', size: 60 },
  { owner: 'minji', collaborators: ['sora'], size: 25 },
  { owner: 'sora', size: 18 },
  { owner: 'minji', size: 22, episodes: 0.2 },
];

export const PLAYLIST_FIXTURES = {
  /** Owned by sora: tracks, episodes, a local file and an unavailable entry. */
  mixed: 3,
  /** Owned by sora, collaborative with minji. */
  collaborative: 4,
  /** 230 items, owned by spotify. */
  big: 5,
  /** Owned by minji, not collaborative: sora may not read its items. */
  othersOnly: 9,
};

export function generatePlaylists(
  seed: number, newId: (label: string) => string, trackCount: number, episodeCount: number, btsTracks: number[],
): PlaylistRecord[] {
  const rng = mulberry32(hashSeed(`playlists:${seed}`));
  return PLAYLIST_NAMES.map((name, index) => {
    const spec = SPECS[index] ?? { owner: 'spotify', size: int(rng, 10, 40) };
    const pool = spec.bts ? btsTracks : undefined;
    const collaborators = spec.collaborators ?? [];
    const editors = [spec.owner, ...collaborators];
    const items: PlaylistEntry[] = [];
    let added = Date.UTC(2023, int(rng, 0, 11), int(rng, 1, 28), int(rng, 0, 23), int(rng, 0, 59));
    for (let k = 0; k < spec.size; k++) {
      added += int(rng, 1, 72) * 3_600_000;
      const base = { addedAt: new Date(added).toISOString().replace(/\.\d{3}Z$/, 'Z'), addedBy: pick(rng, editors) };
      if (chance(rng, spec.episodes ?? 0)) items.push({ ...base, kind: 'episode', episode: int(rng, 0, episodeCount - 1) });
      else items.push({ ...base, kind: 'track', track: pool && k < pool.length ? pool[k] : int(rng, 0, trackCount - 1) });
    }
    if (spec.untidy) {
      const at = (k: number) => ({ addedAt: items[k].addedAt, addedBy: spec.owner });
      items.splice(4, 0, { ...at(4), kind: 'local', name: 'Demo Tape (Voice Memo)', artist: 'Sora', album: 'Phone Recordings', durationMs: 184_000 });
      items.splice(9, 0, { ...at(9), kind: 'unavailable' });
    }
    const spotify = spec.owner === 'spotify';
    return {
      index, id: newId(`playlist:${index}`), name,
      description: spotify ? `${name}: the songs everyone is playing right now.` : chance(rng, 0.5) ? `${FIRST_NAMES[spec.owner]}'s picks` : null,
      owner: spec.owner, collaborators, collaborative: collaborators.length > 0,
      // Collaborative playlists cannot be public on Spotify.
      public: collaborators.length === 0,
      followers: spotify ? int(rng, 50_000, 9_000_000) : int(rng, 0, 40),
      snapshotId: Buffer.from(hex(rng, 36)).toString('base64url').slice(0, 32),
      image: hex(rng, 24),
      items,
    };
  });
}

/** Whether a user may read a playlist's items: its owner and collaborators only (Feb 2026). */
export function canReadPlaylistItems(playlist: Pick<Playlist, 'owner' | 'collaborators'>, userId: string | undefined): boolean {
  return userId !== undefined && (playlist.owner === userId || playlist.collaborators.includes(userId));
}
