import { LRUCache } from 'lru-cache';
import type { AppStateStore, RateLimitPause, StoredToken } from './app-state-store.js';

/**
 * What the cache may hold in all, by the size of its values as JSON: entries differ a
 * hundredfold (an artist against an album with its first 50 tracks), so a count alone would
 * let varied traffic grow the heap by hundreds of MB.
 */
const DEFAULT_CACHE_BYTES = 24 * 1024 * 1024;

/** A value's weight in the cache: its JSON length, paid once when it is stored (after a miss). */
const jsonSize = (value: unknown) => Math.max(1, JSON.stringify(value)?.length ?? 1);

const MINUTE_MS = 60_000;

/** A token bucket: the calls left in it at `at` (epoch ms). */
interface ShareBucket {
  calls: number;
  at: number;
}

/** Refills `bucket` for the time since it was last drawn on, then takes one call if there is one. */
function takeFromBucket(bucket: ShareBucket, perMinute: number, now: number): { bucket: ShareBucket; waitMs: number } {
  const at = Math.max(now, bucket.at);
  const calls = Math.min(perMinute, bucket.calls + ((at - bucket.at) * perMinute) / MINUTE_MS);
  if (calls >= 1) return { bucket: { calls: calls - 1, at }, waitMs: 0 };
  return { bucket: { calls, at }, waitMs: Math.ceil(((1 - calls) * MINUTE_MS) / perMinute) };
}

/** The in-process AppStateStore: right for one replica, and the fallback for several. */
export class MemoryStore implements AppStateStore {
  private token: StoredToken | undefined;
  private tokenLockUntil = 0;
  private pause: RateLimitPause | undefined;
  private windowStart = 0;
  private windowCount = 0;
  private readonly cache: LRUCache<string, { value: unknown }>;
  /**
   * Each client's bucket of calls. One untouched for a minute is full again, so it may be
   * forgotten then; at most this many clients are remembered at once (the least recent go, full).
   */
  private readonly shares = new LRUCache<string, ShareBucket>({ max: 100_000, ttl: MINUTE_MS });

  /** At most `maxCacheEntries` values and `maxCacheBytes` of them, least recently used evicted. */
  constructor(maxCacheEntries = 10_000, maxCacheBytes = DEFAULT_CACHE_BYTES) {
    this.cache = new LRUCache({ max: maxCacheEntries, maxSize: maxCacheBytes, sizeCalculation: (entry) => jsonSize(entry.value) });
  }

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

  async takeShare(bucket: string, perMinute: number): Promise<number> {
    const now = Date.now();
    const share = this.shares.get(bucket) ?? { calls: perMinute, at: now };
    const refilled = takeFromBucket(share, perMinute, now);
    this.shares.set(bucket, refilled.bucket);
    return refilled.waitMs;
  }

  async cacheGet<T>(key: string): Promise<T | undefined> {
    return this.cache.get(key)?.value as T | undefined;
  }

  async cacheSet<T>(key: string, value: T, ttlMs: number): Promise<void> {
    if (ttlMs <= 0) return;
    this.cache.set(key, { value }, { ttl: ttlMs });
  }

  async close(): Promise<void> {
    this.cache.clear();
  }
}
