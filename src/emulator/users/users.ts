// The signed-in side of one emulator instance: demo users' libraries (seeded lazily from the
// catalog, mutated by the API), the playlists they create, and their grants. `reset` puts
// everything back as seeded, so tests sharing an instance can start clean.

import type { AppMode } from '../../spotify/types.js';
import type { Catalog } from '../catalog.js';
import type { TokenStore } from '../tokens.js';
import { DEMO_USER_IDS, type DemoUser } from './demo-users.js';
import { Grants, type IssuedUserToken } from './grants.js';
import type { UserLibrary } from './library.js';
import { PlaylistStore } from './playlists.js';
import { parseScopes } from './scopes.js';
import { seedLibrary } from './seed.js';

/**
 * Playlists kept outside this module (the catalog's seeded ones) that `userId` owns or
 * collaborates on, as SimplifiedPlaylistObject JSON texts: /me/playlists lists them first.
 */
export type SeededPlaylists = (userId: string, mode: AppMode) => string[];

export class Users {
  readonly grants: Grants;
  readonly playlists = new PlaylistStore();
  /** Replaced at wiring time by whoever seeds catalog playlists. */
  seededPlaylists: SeededPlaylists = () => [];
  private readonly libraries = new Map<string, UserLibrary>();

  constructor(private readonly catalog: Catalog, tokens: TokenStore) {
    this.grants = new Grants(tokens);
  }

  library(user: DemoUser): UserLibrary {
    let library = this.libraries.get(user.id);
    if (!library) this.libraries.set(user.id, (library = seedLibrary(this.catalog, user)));
    return library;
  }

  /** A user access token (with refresh token) for `userId` and space-separated `scope`. */
  mintToken(userId: string, scope = ''): IssuedUserToken {
    if (!DEMO_USER_IDS.has(userId)) throw new Error(`Unknown demo user ${userId}`);
    const scopes = parseScopes(scope);
    if (!scopes) throw new Error(`Unknown scope in "${scope}"`);
    return this.grants.mint({ userId, scopes: new Set(scopes) });
  }

  /** Libraries and created playlists as seeded; codes, user tokens and the allowlist forgotten. */
  reset(): void {
    this.libraries.clear();
    this.playlists.clear();
    this.grants.clear();
  }
}
