import { MemoryStore } from './memory-store.js';
import type { AppStateStore, RateLimitPause, StoredToken } from './app-state-store.js';
import type { CircuitBreaker } from './circuit-breaker.js';

/**
 * A shared store that never takes the gateway down: every operation goes to `primary` while
 * the circuit breaker says it is usable and, when it is not or the operation fails, to an in-process
 * store instead. The Redis client reconnects by itself; once it does, operations go back.
 *
 * What this replica learns first-hand (the token it fetched from Spotify, a pause it was told
 * of) is also kept in-process, so an outage starting later does not lose it.
 */
export class FallbackStore implements AppStateStore {
  private readonly local = new MemoryStore();

  constructor(
    private readonly primary: AppStateStore,
    /** The connection `primary` uses: its status says whether it can be asked. */
    private readonly connection: { status: string },
    private readonly breaker: CircuitBreaker,
    /** Further connections to close with the store. */
    private readonly closeAlso: () => void = () => {},
  ) {}

  private use<T>(operation: string, run: (store: AppStateStore) => Promise<T>): Promise<T> {
    return this.breaker.use(operation, this.connection, this.primary, this.local, run);
  }

  getToken(): Promise<StoredToken | undefined> {
    return this.use('getToken', (s) => s.getToken());
  }
  setToken(token: StoredToken): Promise<void> {
    void this.local.setToken(token);
    return this.use('setToken', (s) => s.setToken(token));
  }
  dropToken(accessToken: string): Promise<void> {
    void this.local.dropToken(accessToken);
    return this.use('dropToken', (s) => s.dropToken(accessToken));
  }
  acquireTokenLock(ttlMs: number): Promise<boolean> {
    return this.use('acquireTokenLock', (s) => s.acquireTokenLock(ttlMs));
  }
  renewTokenLock(ttlMs: number): Promise<boolean> {
    return this.use('renewTokenLock', (s) => s.renewTokenLock(ttlMs));
  }
  releaseTokenLock(): Promise<void> {
    return this.use('releaseTokenLock', (s) => s.releaseTokenLock());
  }
  async getPause(): Promise<RateLimitPause | undefined> {
    // Both are in-process reads: the shared pause is pushed to this replica, and what it was
    // told stays true while Redis is away. Not a Redis command, so it is not a sign of Redis
    // being back either. The later pause wins.
    const [shared, local] = await Promise.all([this.primary.getPause().catch(() => undefined), this.local.getPause()]);
    if (!shared) return local;
    if (!local) return shared;
    return shared.until >= local.until ? shared : local;
  }
  setPause(pause: RateLimitPause): Promise<void> {
    void this.local.setPause(pause);
    return this.use('setPause', (s) => s.setPause(pause));
  }
  takeBudget(limit: number, windowMs: number): Promise<number> {
    return this.use('takeBudget', (s) => s.takeBudget(limit, windowMs));
  }
  takeShare(bucket: string, perMinute: number): Promise<number> {
    return this.use('takeShare', (s) => s.takeShare(bucket, perMinute));
  }
  cacheGet<T>(key: string): Promise<T | undefined> {
    return this.use('cacheGet', (s) => s.cacheGet<T>(key));
  }
  cacheSet<T>(key: string, value: T, ttlMs: number): Promise<void> {
    return this.use('cacheSet', (s) => s.cacheSet(key, value, ttlMs));
  }
  async close(): Promise<void> {
    await this.primary.close();
    await this.local.close();
    this.closeAlso();
  }
}
