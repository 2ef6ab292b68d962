import type { AppStateStore, RateLimitPause, StoredToken } from './app-state-store.js';

interface CacheEntry {
  value: unknown;
  expiresAt: number;
}

/** The in-process AppStateStore: right for one replica, and the fallback for several. */
export class MemoryStore implements AppStateStore {
  private token: StoredToken | undefined;
  private tokenLockUntil = 0;
  private pause: RateLimitPause | undefined;
  private windowStart = 0;
  private windowCount = 0;
  // Map keeps insertion order, which makes it a cheap LRU: re-insert on read, evict the first.
  private readonly cache = new Map<string, CacheEntry>();

  constructor(private readonly maxCacheEntries = 10_000) {}

  async getToken(): Promise<StoredToken | undefined> {
    return this.token;
  }

  async setToken(token: StoredToken): Promise<void> {
    this.token = token;
  }

  async dropToken(accessToken: string): Promise<void> {
    if (this.token?.accessToken === accessToken) this.token = undefined;
  }

  async acquireTokenLock(ttlMs: number): Promise<boolean> {
    const now = Date.now();
    if (this.tokenLockUntil > now) return false;
    this.tokenLockUntil = now + ttlMs;
    return true;
  }

  async renewTokenLock(ttlMs: number): Promise<boolean> {
    // One process: whoever holds the lock is the one asking.
    if (this.tokenLockUntil <= Date.now()) return false;
    this.tokenLockUntil = Date.now() + ttlMs;
    return true;
  }

  async releaseTokenLock(): Promise<void> {
    this.tokenLockUntil = 0;
  }

  async getPause(): Promise<RateLimitPause | undefined> {
    if (this.pause && this.pause.until <= Date.now()) this.pause = undefined;
    return this.pause;
  }

  async setPause(pause: RateLimitPause): Promise<void> {
    if (!this.pause || pause.until > this.pause.until) this.pause = pause;
  }

  async takeBudget(limit: number, windowMs: number): Promise<number> {
    const now = Date.now();
    if (now - this.windowStart >= windowMs) {
      this.windowStart = now;
      this.windowCount = 0;
    }
    if (this.windowCount < limit) {
      this.windowCount += 1;
      return 0;
    }
    return this.windowStart + windowMs - now;
  }

  async cacheGet<T>(key: string): Promise<T | undefined> {
    const entry = this.cache.get(key);
    if (!entry) return undefined;
    this.cache.delete(key);
    if (entry.expiresAt <= Date.now()) return undefined;
    this.cache.set(key, entry);
    return entry.value as T;
  }

  async cacheSet<T>(key: string, value: T, ttlMs: number): Promise<void> {
    if (ttlMs <= 0) return;
    this.cache.delete(key);
    this.cache.set(key, { value, expiresAt: Date.now() + ttlMs });
    while (this.cache.size > this.maxCacheEntries) {
      const oldest = this.cache.keys().next().value as string;
      this.cache.delete(oldest);
    }
  }

  async close(): Promise<void> {
    this.cache.clear();
  }
}
