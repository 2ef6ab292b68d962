// The signed-in side of one emulator instance: demo users' libraries (seeded lazily from the
// catalog, mutated by the API), the playlists they create or change, and their grants.
// `reset` puts everything back as seeded, so tests sharing an instance can start clean.

import type { Catalog } from '../catalog.js';
import { PlaylistStore } from '../playlist-store.js';
import type { TokenStore } from '../tokens.js';
import { DEMO_USER_IDS, type DemoUser } from './demo-users.js';
import { Grants, type IssuedUserToken } from './grants.js';
import type { UserLibrary } from './library.js';
import { parseScopes } from './scopes.js';
import { seedLibrary } from './seed.js';

export class Users {
  readonly grants: Grants;
  /** Every playlist this instance serves: seeded, changed and created. */
  readonly playlists: PlaylistStore;
  private readonly libraries = new Map<string, UserLibrary>();

  constructor(private readonly catalog: Catalog, tokens: TokenStore) {
    this.grants = new Grants(tokens);
    this.playlists = new PlaylistStore(catalog);
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

  /** Libraries and playlists as seeded, created ones gone; codes, user tokens and the allowlist forgotten. */
  reset(): void {
    this.libraries.clear();
    this.playlists.clear();
    this.grants.clear();
  }
}
