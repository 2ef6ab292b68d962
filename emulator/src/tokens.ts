// Access tokens issued by the emulated accounts service. Tokens are random and opaque (unlike
// the catalog they need not be reproducible); the store remembers each one's expiry so the
// API can tell "unknown" from "expired", as Spotify's error messages do. A token may belong
// to a user (user-authorised flows); client-credentials tokens belong to none.

import { randomBytes } from 'node:crypto';

export type TokenState = 'valid' | 'unknown' | 'expired';

export class TokenStore {
  private readonly tokens = new Map<string, { expiry: number; userId?: string; revoked?: true }>();

  constructor(public lifetimeSeconds: number) {}

  /** `userId` for tokens a user authorised; none for the app's own. */
  issue(userId?: string, now = Date.now()): { token: string; expiresIn: number } {
    const token = `BQ${randomBytes(48).toString('base64url')}`;
    this.tokens.set(token, { expiry: now + this.lifetimeSeconds * 1000, userId });
    return { token, expiresIn: this.lifetimeSeconds };
  }

  check(token: string, now = Date.now()): { state: TokenState; userId?: string } {
    const found = this.tokens.get(token);
    if (found === undefined || found.revoked) return { state: 'unknown' };
    return { state: now < found.expiry ? 'valid' : 'expired', userId: found.userId };
  }

  /** The token now answers "Invalid access token", as a revoked one does on Spotify. */
  revoke(token: string): void {
    const found = this.tokens.get(token);
    if (found) found.revoked = true;
  }

  /** Every token ever issued, revoked ones included. */
  issued(): string[] {
    return [...this.tokens.keys()];
  }

  /** Every token issued so far now answers "The access token expired". */
  expireAll(): void {
    for (const found of this.tokens.values()) found.expiry = 0;
  }
}
