import { ConcurrencyLimiter } from './limiter.js';

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

  /** A place in the share of the user whose token has `digest` (never the token itself). */
  async acquire(digest: string, deadline: number): Promise<() => void> {
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
