// Access tokens issued by the emulated accounts service. Tokens are random and opaque (unlike
// the catalog they need not be reproducible); the store remembers each one's expiry so the
// API can tell "unknown" from "expired", as Spotify's error messages do. A token may belong
// to a user (user-authorised flows); client-credentials tokens belong to none.

import { randomBytes } from 'node:crypto';

export type TokenState = 'valid' | 'unknown' | 'expired';

export class TokenStore {
  private readonly tokens = new Map<string, { expiry: number; userId?: string }>();

  constructor(public lifetimeSeconds: number) {}

  issue(now = Date.now()): { token: string; expiresIn: number } {
    const token = `BQ${randomBytes(48).toString('base64url')}`;
    this.tokens.set(token, { expiry: now + this.lifetimeSeconds * 1000 });
    return { token, expiresIn: this.lifetimeSeconds };
  }

  check(token: string, now = Date.now()): { state: TokenState; userId?: string } {
    const found = this.tokens.get(token);
    if (found === undefined) return { state: 'unknown' };
    return { state: now < found.expiry ? 'valid' : 'expired', userId: found.userId };
  }

  issued(): string[] {
    return [...this.tokens.keys()];
  }

  /** Every token issued so far now answers "The access token expired". */
  expireAll(): void {
    for (const found of this.tokens.values()) found.expiry = 0;
  }
}
