import type { AppStateStore } from './app-state-store.js';

/**
 * An answer Spotify sent with validators or a freshness lifetime, kept as Spotify's HTTP
 * caching rules say (see spotify/upstream/conditional-get.ts).
 */
export interface ValidatedAnswer {
  body: unknown;
  /** Spotify's ETag, to revalidate with If-None-Match once the answer is stale. */
  etag?: string;
  /** Epoch milliseconds until which Spotify's Cache-Control lets it be used without asking. */
  freshUntil: number;
}

/**
 * A cross-request cache of full catalog objects (artists, albums, tracks, shows, …), which
 * change rarely: a full artist fetched by one request serves the next ones until its TTL ends.
 * It also keeps answers Spotify sent with an ETag or Cache-Control (playlists), for their own
 * freshness rather than this TTL: the TTL only bounds how long they are kept to revalidate.
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

  /** The validated answer kept for a GET (its full URL), if any; counted as a hit only when still fresh. */
  async validated(url: string, now = Date.now()): Promise<ValidatedAnswer | undefined> {
    const entry = await this.store.cacheGet<ValidatedAnswer>(this.key('http', url));
    this.onLookup('catalog-http', entry !== undefined && entry.freshUntil > now);
    return entry;
  }

  async keepValidated(url: string, entry: ValidatedAnswer): Promise<void> {
    await this.store.cacheSet(this.key('http', url), entry, this.ttlMs);
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
