import { MemoryStore } from '../spotify/memory-store.js';
import type { AppStateStore, RateLimitPause, StoredToken } from '../spotify/store.js';

export interface FallbackEvents {
  /** The shared store failed and the in-process one answered instead. */
  fallback(operation: string, error: Error): void;
}

/**
 * A shared store that never takes the gateway down: every operation goes to `primary` while
 * it is healthy and, when it fails or is not connected, to an in-process store instead.
 * `isUp` lets the caller say when the primary is reachable again (the Redis client reconnects
 * by itself), after which operations go back to it.
 */
export class FallbackStore implements AppStateStore {
  private readonly local = new MemoryStore();

  constructor(
    private readonly primary: AppStateStore,
    private readonly isUp: () => boolean,
    private readonly events: FallbackEvents,
    /** Further connections to close with the store. */
    private readonly closeAlso: () => void = () => {},
  ) {}

  private async use<T>(operation: string, run: (store: AppStateStore) => Promise<T>): Promise<T> {
    if (this.isUp()) {
      try {
        return await run(this.primary);
      } catch (error) {
        this.events.fallback(operation, error as Error);
      }
    } else {
      this.events.fallback(operation, new Error('not connected'));
    }
    return run(this.local);
  }

  getToken(): Promise<StoredToken | undefined> {
    return this.use('getToken', (s) => s.getToken());
  }
  setToken(token: StoredToken): Promise<void> {
    // The local copy keeps serving if the shared store goes away later.
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
  releaseTokenLock(): Promise<void> {
    return this.use('releaseTokenLock', (s) => s.releaseTokenLock());
  }
  async getPause(): Promise<RateLimitPause | undefined> {
    // Both are local reads; the later pause wins.
    const [shared, local] = await Promise.all([this.use('getPause', (s) => s.getPause()), this.local.getPause()]);
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
