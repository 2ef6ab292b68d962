// Access tokens issued by the emulated accounts service. Tokens are random and opaque (unlike
// the catalog they need not be reproducible); the store remembers each one's expiry so the
// API can tell "unknown" from "expired", as Spotify's error messages do.

import { randomBytes } from 'node:crypto';

export type TokenState = 'valid' | 'unknown' | 'expired';

export class TokenStore {
  private readonly expiries = new Map<string, number>();

  constructor(public lifetimeSeconds: number) {}

  issue(now = Date.now()): { token: string; expiresIn: number } {
    const token = `BQ${randomBytes(48).toString('base64url')}`;
    this.expiries.set(token, now + this.lifetimeSeconds * 1000);
    return { token, expiresIn: this.lifetimeSeconds };
  }

  check(token: string, now = Date.now()): TokenState {
    const expiry = this.expiries.get(token);
    if (expiry === undefined) return 'unknown';
    return now < expiry ? 'valid' : 'expired';
  }

  issued(): string[] {
    return [...this.expiries.keys()];
  }

  /** Every token issued so far now answers "The access token expired". */
  expireAll(): void {
    for (const token of this.expiries.keys()) this.expiries.set(token, 0);
  }
}
