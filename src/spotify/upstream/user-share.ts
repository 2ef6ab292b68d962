import { createHash } from 'node:crypto';
import { ConcurrencyLimiter } from './limiter.js';

/**
 * A short digest of a user's access token: what the gateway keys per-user state by, so the
 * token itself is never kept as a key nor shown anywhere.
 */
export function userTokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('base64url').slice(0, 22);
}

/**
 * Each signed-in user's share of the upstream connections: at most `perUser` of one user's
 * calls are in flight at once, so one user's burst queues behind itself and the other users'
 * calls (and the catalog's) still find free connections under UPSTREAM_CONCURRENCY.
 */
export class UserShares {
  private readonly limiters = new Map<string, ConcurrencyLimiter>();

  constructor(readonly perUser: number) {}

  /** The share for a total of `upstreamConcurrency`: a quarter, and at least one call. */
  static forConcurrency(upstreamConcurrency: number): UserShares {
    return new UserShares(Math.max(1, Math.floor(upstreamConcurrency / 4)));
  }

  /** Users with calls in flight or queued. */
  get users(): number {
    return this.limiters.size;
  }

  async acquire(token: string, deadline: number): Promise<() => void> {
    const digest = userTokenDigest(token);
    let limiter = this.limiters.get(digest);
    if (!limiter) this.limiters.set(digest, (limiter = new ConcurrencyLimiter(this.perUser)));
    const owned = limiter;
    const release = await owned.acquire(deadline);
    return () => {
      release();
      // Idle users hold no state: the map never outgrows the users with calls under way.
      if (owned.inFlight === 0 && owned.queued === 0 && this.limiters.get(digest) === owned) this.limiters.delete(digest);
    };
  }
}
