// State that belongs to the Spotify app rather than to one request or one process:
// its access token, a rate-limit pause, the client-side call budget, each client's share of
// the calls and catalog caches.
// Everything that would have to be shared by several replicas goes through this interface,
// so a networked implementation can replace the in-process one without touching callers.

export interface StoredToken {
  accessToken: string;
  /** Epoch milliseconds after which it is not used any more: a margin before Spotify expires it. */
  expiresAt: number;
}

export interface RateLimitPause {
  /** Epoch milliseconds before which no call may reach Spotify. */
  until: number;
  /** Spotify's `reason` of the 429 that started it, e.g. QUOTA_EXCEEDED. */
  reason?: string;
}

export interface AppStateStore {
  getToken(): Promise<StoredToken | undefined>;
  setToken(token: StoredToken): Promise<void>;
  /** Forget the token, but only if it is still `accessToken` (someone may have refreshed it). */
  dropToken(accessToken: string): Promise<void>;
  /** Become the one refresher of the token for `ttlMs`; false if another holds the lock. */
  acquireTokenLock(ttlMs: number): Promise<boolean>;
  /** Hold the lock this process took for `ttlMs` more; false if it is no longer ours. */
  renewTokenLock(ttlMs: number): Promise<boolean>;
  releaseTokenLock(): Promise<void>;

  getPause(): Promise<RateLimitPause | undefined>;
  /** Extends the pause to `pause.until` (never shortens one already in force). */
  setPause(pause: RateLimitPause): Promise<void>;

  /**
   * Counts one call against a budget of `limit` calls per `windowMs`.
   * Returns 0 when the call may go now, else the milliseconds until the window frees a slot.
   */
  takeBudget(limit: number, windowMs: number): Promise<number>;

  /**
   * Takes one call from the token bucket `bucket` (a client's or a user's share of the calls
   * to Spotify): it holds up to `perMinute` calls and refills at `perMinute` a minute.
   * Returns 0 when a call was taken, else the milliseconds until one will be there (nothing
   * is taken then). Every replica sharing the store draws on the same bucket.
   */
  takeShare(bucket: string, perMinute: number): Promise<number>;

  cacheGet<T>(key: string): Promise<T | undefined>;
  cacheSet<T>(key: string, value: T, ttlMs: number): Promise<void>;

  close(): Promise<void>;
}
