// What a user's consent produces: single-use authorization codes bound to a redirect URI and
// a PKCE challenge, then access tokens (issued by the emulator's TokenStore, so expiry and
// `expireAllTokens` apply to them too) and refresh tokens, each carrying the user and the
// scopes granted. It also keeps the Development Mode allowlist: the first five distinct
// users who authorize; any other user's token is refused by the Web API.

import { createHash, randomBytes } from 'node:crypto';
import type { TokenStore } from '../tokens.js';
import type { Scope } from './scopes.js';

export interface Grant {
  userId: string;
  scopes: ReadonlySet<Scope>;
}

interface PendingCode extends Grant {
  redirectUri: string;
  /** base64url(SHA-256(verifier)); undefined when the client did not use PKCE. */
  challenge?: string;
  expiresAt: number;
}

interface RefreshGrant extends Grant {
  /** Public (PKCE) clients get a new refresh token on every refresh and the old one dies; clients with a secret keep theirs. */
  rotates: boolean;
}

export interface IssuedUserToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  refresh_token?: string;
}

/** Spotify's authorization codes live for ten minutes. */
export const CODE_LIFETIME_MS = 10 * 60_000;
export const DEVELOPMENT_MODE_USER_LIMIT = 5;

/** A failed grant: the OAuth error code and its description. */
export type Redemption = { token: IssuedUserToken } | { error: 'invalid_grant' | 'invalid_scope'; description: string };

const invalidGrant = (description: string): Redemption => ({ error: 'invalid_grant', description });

export class Grants {
  private readonly codes = new Map<string, PendingCode>();
  private readonly access = new Map<string, Grant>();
  private readonly refresh = new Map<string, RefreshGrant>();
  /** Users who authorized, in order: the first five form the Development Mode allowlist. */
  private readonly authorized: string[] = [];
  /** Per user, every scope they have approved so far. */
  private readonly approved = new Map<string, Set<Scope>>();

  constructor(private readonly tokens: TokenStore) {}

  newCode(grant: Grant, redirectUri: string, challenge: string | undefined, now = Date.now()): string {
    this.noteAuthorized(grant.userId);
    const approved = this.approved.get(grant.userId) ?? new Set();
    for (const scope of grant.scopes) approved.add(scope);
    this.approved.set(grant.userId, approved);
    const code = `AQ${randomBytes(48).toString('base64url')}`;
    this.codes.set(code, { ...grant, redirectUri, challenge, expiresAt: now + CODE_LIFETIME_MS });
    return code;
  }

  /**
   * The authorization_code grant. A code is spent by any attempt, right or wrong. A client
   * without its secret (`confidential` false) must prove itself with the PKCE verifier.
   */
  redeem(code: string, redirectUri: string | undefined, verifier: string | undefined, confidential: boolean, now = Date.now()): Redemption {
    const pending = this.codes.get(code);
    if (!pending) return invalidGrant('Invalid authorization code');
    this.codes.delete(code);
    if (now >= pending.expiresAt) return invalidGrant('Authorization code expired');
    if (redirectUri !== pending.redirectUri) return invalidGrant('Invalid redirect URI');
    if (pending.challenge !== undefined || !confidential) {
      if (verifier === undefined || verifier === '' || pending.challenge === undefined) return invalidGrant('code_verifier required');
      if (challengeOf(verifier) !== pending.challenge) return invalidGrant('code_verifier was incorrect');
    }
    return { token: this.issue(pending, !confidential, true) };
  }

  /** The refresh_token grant: same user and scopes (or fewer, when `scope` narrows them). */
  renew(refreshToken: string, narrowed?: Scope[]): Redemption {
    const grant = this.refresh.get(refreshToken);
    if (!grant) return invalidGrant('Invalid refresh token');
    if (narrowed && narrowed.some((s) => !grant.scopes.has(s))) return { error: 'invalid_scope', description: 'Invalid scope' };
    const scopes = narrowed && narrowed.length > 0 ? new Set(narrowed) : grant.scopes;
    if (grant.rotates) this.refresh.delete(refreshToken);
    return { token: this.issue({ userId: grant.userId, scopes }, grant.rotates, grant.rotates) };
  }

  /** A token for `userId` without the browser round trip (tests, demo tooling), as a PKCE client gets it. */
  mint(grant: Grant): IssuedUserToken {
    this.noteAuthorized(grant.userId);
    return this.issue(grant, true, true);
  }

  /** The scopes granted with an access token; none for app (client-credentials) tokens. */
  scopesOf(accessToken: string): ReadonlySet<Scope> {
    return this.access.get(accessToken)?.scopes ?? new Set();
  }

  /** Whether `userId` approved all of `scopes` before (so the dialog may be skipped). */
  hasApproved(userId: string, scopes: readonly Scope[]): boolean {
    const approved = this.approved.get(userId);
    return approved !== undefined && scopes.every((s) => approved.has(s));
  }

  /** False for a user outside the Development Mode allowlist. */
  isAllowlisted(userId: string): boolean {
    const at = this.authorized.indexOf(userId);
    return at >= 0 && at < DEVELOPMENT_MODE_USER_LIMIT;
  }

  /** Forgets every code and grant; the user tokens issued so far stop working. */
  clear(): void {
    for (const token of this.access.keys()) this.tokens.revoke(token);
    this.codes.clear();
    this.access.clear();
    this.refresh.clear();
    this.authorized.length = 0;
    this.approved.clear();
  }

  private noteAuthorized(userId: string): void {
    if (!this.authorized.includes(userId)) this.authorized.push(userId);
  }

  private issue(grant: Grant, rotates: boolean, withRefresh: boolean): IssuedUserToken {
    const issued = this.tokens.issue(grant.userId);
    const owned: Grant = { userId: grant.userId, scopes: new Set(grant.scopes) };
    this.access.set(issued.token, owned);
    const token: IssuedUserToken = {
      access_token: issued.token, token_type: 'Bearer', expires_in: issued.expiresIn, scope: [...owned.scopes].join(' '),
    };
    if (withRefresh) {
      token.refresh_token = `AQ${randomBytes(64).toString('base64url')}`;
      this.refresh.set(token.refresh_token, { ...owned, rotates });
    }
    return token;
  }
}

/** The S256 transform of RFC 7636. */
function challengeOf(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}
