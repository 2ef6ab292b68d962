// The playlists one emulator instance serves: the catalog's seeded ones and those its users
// create. The catalog is shared by every instance and never changes, so the first change to
// a seeded playlist works on this instance's copy; `clear` drops the copies and the created
// playlists alike. Every change of items or details makes a new snapshot id, as on Spotify.

import { randomBytes } from 'node:crypto';
import type { Catalog } from './catalog.js';
import type { Playlist } from './catalog-playlists.js';
import { ApiError, requireId } from './http.js';
import { base62Id } from './random.js';

type PlaylistDetails = Pick<Playlist, 'name' | 'description' | 'public' | 'collaborative'>;

export class PlaylistStore {
  /** Seeded playlists changed here, by id. */
  private readonly changed = new Map<string, Playlist>();
  /** Playlists created here, by id, with their creation time. */
  private readonly created = new Map<string, { playlist: Playlist; createdAt: number }>();
  private createdCount = 0;

  constructor(private readonly catalog: Catalog) {}

  /** 400 for a malformed id, 404 for an unknown one. */
  find(id: string): Playlist {
    const found = this.get(requireId(id));
    if (!found) throw new ApiError(404, 'Resource not found');
    return found;
  }

  get(id: string): Playlist | undefined {
    const created = this.created.get(id);
    if (created) return created.playlist;
    const changed = this.changed.get(id);
    if (changed) return changed;
    const index = this.catalog.playlistIndex.get(id);
    return index === undefined ? undefined : this.catalog.playlists[index];
  }

  /** The playlist to change in place: this instance's own copy of a seeded one. */
  editable(p: Playlist): Playlist {
    if (this.created.has(p.id) || this.changed.get(p.id) === p) return p;
    const copy: Playlist = { ...p, collaborators: [...p.collaborators], items: [...p.items] };
    this.changed.set(p.id, copy);
    return copy;
  }

  create(owner: string, details: PlaylistDetails, now: number): Playlist {
    // Ids look like Spotify's and never repeat within an instance, clears included.
    const id = base62Id(`playlist:${owner}:${this.createdCount++}:${randomBytes(4).toString('hex')}`);
    const playlist: Playlist = {
      id, owner, ...details, collaborators: [], followers: 0, snapshotId: snapshot(), image: null, items: [],
    };
    this.created.set(id, { playlist, createdAt: now });
    return playlist;
  }

  /** Seeded playlists (as changed here), in catalog order. */
  seeded(): Playlist[] {
    return this.catalog.playlists.map((p) => this.changed.get(p.id) ?? p);
  }

  /** When a playlist was created here; undefined for seeded ones. */
  createdAt(id: string): number | undefined {
    return this.created.get(id)?.createdAt;
  }

  createdPlaylists(): Playlist[] {
    return [...this.created.values()].map((c) => c.playlist);
  }

  /** Marks a change of `p` (an editable one): it gets a new snapshot id. */
  touch(p: Playlist): string {
    p.snapshotId = snapshot();
    return p.snapshotId;
  }

  clear(): void {
    this.changed.clear();
    this.created.clear();
  }
}

/** Snapshot ids are opaque; Spotify's are about 32 base64 characters. */
function snapshot(): string {
  return randomBytes(24).toString('base64url');
}
