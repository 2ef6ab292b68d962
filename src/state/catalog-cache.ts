import type { AppStateStore } from './app-state-store.js';

/**
 * An answer Spotify sent with validators or a freshness lifetime, kept as Spotify's HTTP
 * caching rules say (see spotify/upstream/conditional-get.ts), or the last answer of a GET no
 * other cache keeps, kept only to stand in when Spotify cannot answer (never fresh).
 */
export interface ValidatedAnswer {
  body: unknown;
  /** Spotify's ETag, to revalidate with If-None-Match once the answer is stale. */
  etag?: string;
  /** Epoch milliseconds until which Spotify's Cache-Control lets it be used without asking. */
  freshUntil: number;
  /** Epoch milliseconds when Spotify last confirmed it (a 200 or a 304). */
  storedAt?: number;
}

/** How long kept facts serve: fresh, then while one refresh runs, then in place of an error. */
export interface CacheWindows {
  ttlMs: number;
  /** Past the TTL, served at once while one refresh runs in the background. */
  staleWhileRevalidateMs: number;
  /** Past the TTL, served when Spotify cannot answer (the reason said by `staleReason`). */
  staleIfErrorMs: number;
}

/** A catalog fact as kept: the value and when Spotify gave it. */
interface Kept<T> {
  value: T;
  storedAt: number;
}

function isKept<T>(entry: unknown): entry is Kept<T> {
  return typeof entry === 'object' && entry !== null && 'storedAt' in entry && 'value' in entry;
}

type Slot<T> = T | null | Error;

/** What `through` needs beyond the keys: how to refresh in the background, and whom to tell of stale answers. */
export interface ThroughOptions<T, R extends string> {
  /** Fetches keys (by position) for a background refresh, with no request's context. */
  refresh?: (indexes: number[]) => Promise<Slot<T>[]>;
  /** Why a failed fetch may be answered by a kept value (undefined: it may not). */
  staleReason?: (error: Error) => R | undefined;
  /** Told of every key answered by a kept value past its TTL. */
  onStale?: (index: number, ageMs: number, reason: R | 'revalidating') => void;
}

/**
 * A cross-request cache of full catalog objects (artists, albums, tracks, shows, …), which
 * change rarely: a full artist fetched by one request serves the next ones until its TTL ends,
 * then for `staleWhileRevalidateMs` more while one refresh runs, and past that only in place of
 * an error for `staleIfErrorMs`. It also keeps answers Spotify sent with an ETag or
 * Cache-Control (playlists, search), for their own freshness rather than this TTL. It lives in
 * the app's store, so replicas sharing a store share it too; the store's bounds (bytes and
 * entries in memory, Redis's own) hold whatever the windows are: they only say how long an
 * entry may be used once kept. Keys carry a partition (the app mode) and the market. Only the
 * app's own answers ever come here.
 */
export class CatalogCache {
  /** Keys whose background refresh runs in this process: one at a time each. */
  private readonly refreshing = new Set<string>();
  readonly windows: CacheWindows;

  constructor(
    private readonly store: AppStateStore,
    windows: CacheWindows | number,
    /** Part of every key: the Spotify app mode, since the two modes see different fields. */
    private readonly partition: string,
    /** Told of every lookup, for the cache metrics. */
    private readonly onLookup: (cache: string, hit: boolean) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {
    this.windows = typeof windows === 'number' ? { ttlMs: windows, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 } : windows;
  }

  private key(kind: string, key: string): string {
    return `catalog:${this.partition}:${kind}:${key}`;
  }

  /** How long the store holds an entry: as long as any window may still use it. */
  private storeTtl(usableMs: number): number {
    const { staleWhileRevalidateMs, staleIfErrorMs } = this.windows;
    return usableMs + Math.max(staleWhileRevalidateMs, staleIfErrorMs);
  }

  /**
   * The validated answer kept for a GET (its full URL), if any; counted as a hit only when
   * still fresh (`counted` false: a look for a stand-in after an error, not a lookup).
   */
  async validated(url: string, now = this.now(), counted = true): Promise<ValidatedAnswer | undefined> {
    const entry = await this.store.cacheGet<ValidatedAnswer>(this.key('http', url));
    if (counted) this.onLookup('catalog-http', entry !== undefined && entry.freshUntil > now);
    return entry;
  }

  async keepValidated(url: string, entry: ValidatedAnswer): Promise<void> {
    const usable = Math.max(this.windows.ttlMs, entry.freshUntil - this.now());
    await this.store.cacheSet(this.key('http', url), entry, this.storeTtl(usable));
  }

  /**
   * Answers what the cache holds and fetches only the rest through `load`, storing what it
   * found. Positions are kept; failures are not cached. A fact past its TTL but within the
   * stale-while-revalidate window answers at once and is refreshed in the background (one
   * refresh per key in this process); a failed fetch that Spotify could not answer is answered
   * by the fact kept within the stale-if-error window.
   */
  async through<T, R extends string = string>(
    kind: string,
    keys: readonly string[],
    load: (missing: number[]) => Promise<Slot<T>[]>,
    options: ThroughOptions<T, R> = {},
  ): Promise<Slot<T>[]> {
    const { ttlMs, staleWhileRevalidateMs, staleIfErrorMs } = this.windows;
    const now = this.now();
    const kept = await Promise.all(keys.map((key) => this.store.cacheGet<unknown>(this.key(kind, key))));
    const results: Slot<T>[] = keys.map(() => null);
    const missing: number[] = [];
    const revalidate: number[] = [];
    kept.forEach((entry, i) => {
      const age = isKept<T>(entry) ? now - entry.storedAt : Infinity;
      const hit = age < ttlMs;
      this.onLookup(`catalog-${kind}`, hit);
      if (hit) results[i] = (entry as Kept<T>).value;
      else if (options.refresh && age < ttlMs + staleWhileRevalidateMs) {
        results[i] = (entry as Kept<T>).value;
        options.onStale?.(i, age, 'revalidating');
        revalidate.push(i);
      } else missing.push(i);
    });
    if (revalidate.length > 0) this.refreshInBackground(kind, keys, revalidate, options.refresh!);
    if (missing.length === 0) return results;
    const loaded = await load(missing);
    await Promise.all(
      missing.map(async (index, i) => {
        const value = loaded[i];
        const entry = kept[index];
        const reason = value instanceof Error ? options.staleReason?.(value) : undefined;
        if (reason !== undefined && isKept<T>(entry) && now - entry.storedAt < ttlMs + staleIfErrorMs) {
          results[index] = entry.value;
          options.onStale?.(index, now - entry.storedAt, reason);
          return;
        }
        results[index] = value;
        if (value !== null && !(value instanceof Error)) await this.keep(kind, keys[index], value);
      }),
    );
    return results;
  }

  private keep<T>(kind: string, key: string, value: T): Promise<void> {
    const entry: Kept<T> = { value, storedAt: this.now() };
    return this.store.cacheSet(this.key(kind, key), entry, this.storeTtl(this.windows.ttlMs));
  }

  /** Refreshes kept facts no request waits for; a failure leaves the kept ones as they are. */
  private refreshInBackground<T>(kind: string, keys: readonly string[], indexes: number[], refresh: (indexes: number[]) => Promise<Slot<T>[]>): void {
    const due = indexes.filter((i) => !this.refreshing.has(this.key(kind, keys[i])));
    if (due.length === 0) return;
    for (const i of due) this.refreshing.add(this.key(kind, keys[i]));
    void refresh(due)
      .then((values) => Promise.all(due.map((index, i) => (values[i] !== null && !(values[i] instanceof Error) ? this.keep(kind, keys[index], values[i]) : undefined))))
      .catch(() => undefined)
      .finally(() => {
        for (const i of due) this.refreshing.delete(this.key(kind, keys[i]));
      });
  }
}
