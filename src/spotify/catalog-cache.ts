import type { UpstreamEvents } from './events.js';
import type { AppStateStore } from './store.js';
import type { AppMode } from './types.js';

/**
 * A cross-request cache of full catalog objects (artists, albums, tracks), which change
 * rarely: a full artist fetched by one request serves the next ones until its TTL ends.
 * It lives in the app's store, so replicas sharing a store share it too. Keys carry the app
 * mode (the two modes see different fields) and the market.
 */
export class CatalogCache {
  constructor(
    private readonly store: AppStateStore,
    private readonly ttlMs: number,
    private readonly mode: AppMode,
    private readonly events: UpstreamEvents = {},
  ) {}

  private key(kind: string, key: string): string {
    return `catalog:${this.mode}:${kind}:${key}`;
  }

  /**
   * Answers what the cache holds and fetches only the rest through `load`, storing what it
   * found. Positions are kept; failures are not cached.
   */
  async through<T>(kind: string, keys: readonly string[], load: (missing: number[]) => Promise<(T | null | Error)[]>): Promise<(T | null | Error)[]> {
    const cached = await Promise.all(keys.map((key) => this.store.cacheGet<T>(this.key(kind, key))));
    const missing: number[] = [];
    cached.forEach((value, i) => {
      const hit = value !== undefined;
      this.events.cache?.({ cache: `catalog-${kind}`, hit });
      if (!hit) missing.push(i);
    });
    const results: (T | null | Error)[] = cached.map((value) => value ?? null);
    if (missing.length === 0) return results;
    const loaded = await load(missing);
    await Promise.all(
      missing.map(async (index, i) => {
        const value = loaded[i];
        results[index] = value;
        if (value !== null && !(value instanceof Error)) await this.store.cacheSet(this.key(kind, keys[index]), value, this.ttlMs);
      }),
    );
    return results;
  }
}
