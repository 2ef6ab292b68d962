import type { AppStateStore } from './app-state-store.js';

/**
 * A cross-request cache of full catalog objects (artists, albums, tracks), which change
 * rarely: a full artist fetched by one request serves the next ones until its TTL ends.
 * It lives in the app's store, so replicas sharing a store share it too. Keys carry a
 * partition (the app mode) and the market.
 */
export class CatalogCache {
  constructor(
    private readonly store: AppStateStore,
    private readonly ttlMs: number,
    /** Part of every key: the Spotify app mode, since the two modes see different fields. */
    private readonly partition: string,
    /** Told of every lookup, for the cache metrics. */
    private readonly onLookup: (cache: string, hit: boolean) => void = () => {},
  ) {}

  private key(kind: string, key: string): string {
    return `catalog:${this.partition}:${kind}:${key}`;
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
      this.onLookup(`catalog-${kind}`, hit);
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
