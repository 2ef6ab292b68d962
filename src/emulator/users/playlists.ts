// Playlists created through the API. They belong to the emulator instance rather than to one
// user: their owner edits them, other users may follow them, and collaborators of a
// collaborative one may edit its items. Every change of items or details makes a new
// snapshot id, as on Spotify.

import { randomBytes } from 'node:crypto';
import { base62Id } from '../random.js';

export interface PlaylistEntry {
  /** spotify:track:... or spotify:episode:... */
  uri: string;
  addedAt: number;
  addedBy: string;
}

export interface UserPlaylist {
  id: string;
  owner: string;
  name: string;
  /** null until one is set, as Spotify answers. */
  description: string | null;
  public: boolean;
  collaborative: boolean;
  snapshotId: string;
  entries: PlaylistEntry[];
  createdAt: number;
}

export class PlaylistStore {
  private readonly byId = new Map<string, UserPlaylist>();
  private created = 0;

  create(owner: string, details: Pick<UserPlaylist, 'name' | 'description' | 'public' | 'collaborative'>, now: number): UserPlaylist {
    // Ids look like Spotify's and never repeat within an instance, resets included.
    const id = base62Id(`playlist:${owner}:${this.created++}:${randomBytes(4).toString('hex')}`);
    const playlist: UserPlaylist = { id, owner, ...details, snapshotId: snapshot(), entries: [], createdAt: now };
    this.byId.set(id, playlist);
    return playlist;
  }

  get(id: string): UserPlaylist | undefined {
    return this.byId.get(id);
  }

  ownedBy(owner: string): UserPlaylist[] {
    return [...this.byId.values()].filter((p) => p.owner === owner);
  }

  /** Marks a change: the playlist gets a new snapshot id. */
  touch(playlist: UserPlaylist): string {
    playlist.snapshotId = snapshot();
    return playlist.snapshotId;
  }

  clear(): void {
    this.byId.clear();
  }
}

/** Snapshot ids are opaque; Spotify's are base64 text of about 32 characters. */
function snapshot(): string {
  return randomBytes(24).toString('base64');
}
