import DataLoader from 'dataloader';
import type { CatalogCache } from '../../state/catalog-cache.js';
import type { SpotifyEndpoints } from './endpoints.js';
import { SpotifyNotFoundError } from '../upstream/errors.js';
import type { UpstreamEvents } from '../upstream/events.js';
import { staleReasonOf, type StaleReason, type Staleness } from '../upstream/staleness.js';
import { catalogKindNames, kindRow, type CatalogKind, type KindWire, type SearchType, type KindFull } from './kinds.js';
import type { SearchPage, SearchResponse } from './search-types.js';

/** Album and track answers depend on the market, so their keys carry it. */
export interface MarketKey {
  id: string;
  market?: string;
}

export interface SearchKey {
  q: string;
  market?: string;
  limit: number;
  offset: number;
  type: SearchType;
}

/** One loader per catalog kind (kinds.ts), keyed by id and market. */
export type KindLoaders = { [K in CatalogKind]: DataLoader<MarketKey, KindWire[K] | null, string> };

/** Per-request loaders: they batch and de-duplicate within one GraphQL request, never across. */
export type Loaders = KindLoaders & {
  topTracks: DataLoader<MarketKey, KindFull['track'][], string>;
  /** Pages of the same search window for several types coalesce into one call. */
  search: DataLoader<SearchKey, SearchPage, string>;
};

/**
 * Single-item calls in Development Mode run at most this many at once per batch: as many ids as
 * one several-items call would carry, so a batch costs one round trip of latency, not several
 * (40 artists at 8 at a time were five round trips). UPSTREAM_CONCURRENCY still bounds the total.
 */
const SINGLE_ITEM_CONCURRENCY = 50;

type Slot<T> = T | null | Error;

const marketKey = (key: MarketKey) => `${key.market ?? ''}|${key.id}`;

/** Runs `fn` over `items` with at most `limit` in flight, keeping positions. */
async function mapBounded<I, O>(items: readonly I[], limit: number, fn: (item: I) => Promise<O>): Promise<O[]> {
  const results = new Array<O>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One item per call; an unknown id becomes null, any other failure stays with its key. */
function oneByOne<K, T>(keys: readonly K[], load: (key: K) => Promise<T>): Promise<Slot<T>[]> {
  return mapBounded(keys, SINGLE_ITEM_CONCURRENCY, async (key) => {
    try {
      return await load(key);
    } catch (error) {
      if (error instanceof SpotifyNotFoundError) return null;
      return error as Error;
    }
  });
}

/** Several items per call in chunks of `size`; a failed chunk fails only its own keys. */
async function inChunks<K, T>(keys: readonly K[], size: number, load: (chunk: K[]) => Promise<(T | null)[]>): Promise<Slot<T>[]> {
  const parts = await Promise.all(
    chunks(keys, size).map(async (chunk): Promise<Slot<T>[]> => {
      try {
        const found = await load(chunk);
        return chunk.map((_, i) => found[i] ?? null);
      } catch (error) {
        return chunk.map(() => error as Error);
      }
    }),
  );
  return parts.flat();
}

/**
 * Whether Spotify has sent HTTP validators (ETag, Cache-Control) for an endpoint: its answers
 * are then kept by Spotify's freshness (conditional-get.ts), not by the catalog cache's TTL.
 */
export type ValidatedEndpoint = (endpoint: string) => boolean;

/** Whether an endpoint's answers are kept by these loaders (a kept kind's single- or several-items GET). */
export function keptByLoaders(endpoint: string): boolean {
  return catalogKindNames.some((kind) => {
    const row = kindRow(kind);
    return row.kept && (row.single === endpoint || row.several?.endpoint === endpoint);
  });
}

/**
 * What lets the catalog cache serve kept facts past their TTL: the same endpoints bound to no
 * request (a background refresh charges no one and outlives the request that noticed the need),
 * and whom to tell that a kept fact answered (its endpoint, its path, how stale).
 */
export interface StaleServing {
  background: SpotifyEndpoints;
  onStale(endpoint: string, path: string, staleness: Staleness): void;
}

export function createLoaders(
  api: SpotifyEndpoints,
  events: UpstreamEvents = {},
  catalog?: CatalogCache,
  validated: ValidatedEndpoint = () => false,
  stale?: StaleServing,
): Loaders {
  const several = api.capabilities.several;
  /**
   * Serves what the catalog cache holds; only the rest goes to Spotify (`fetch` is given the
   * endpoints to use: the request's, or the background ones of a refresh). Past their TTL, kept
   * facts answer while one refresh runs, or in place of an error Spotify could not avoid.
   */
  const cachedBatch =
    <K, T>(kind: string, keyOf: (key: K) => string, pathOf: (key: K) => string, fetch: (via: SpotifyEndpoints, keys: readonly K[]) => Promise<Slot<T>[]>) =>
    (keys: readonly K[]): Promise<Slot<T>[]> =>
      catalog!.through<T, StaleReason>(kind, keys.map(keyOf), (missing) => fetch(api, missing.map((i) => keys[i])), {
        refresh: stale && ((indexes) => fetch(stale.background, indexes.map((i) => keys[i]))),
        staleReason: staleReasonOf,
        onStale: stale && ((index, ageMs, reason) => stale.onStale(kind, pathOf(keys[index]), { ageMs, reason })),
      });

  /** A kind's loader, from its row in the table of kinds. */
  const kindLoader = <K extends CatalogKind>(kind: K): DataLoader<MarketKey, KindWire[K] | null, string> => {
    type T = KindWire[K];
    const row = kindRow(kind);
    // Spotify's answers of a kind asked without a market do not depend on one: the key drops it.
    const keyOf = row.byMarket ? marketKey : (key: MarketKey) => key.id;
    const size = row.several ? several?.[kind] : undefined;
    const batch = async (via: SpotifyEndpoints, keys: readonly MarketKey[]): Promise<Slot<T>[]> => {
      const single = (key: MarketKey) => via.item(kind, key.id, key.market);
      events.batch?.({ loader: kind, size: keys.length });
      if (!size) return oneByOne(keys, single);
      // Several-items calls take one market: group the keys by it, keep positions.
      const groups = new Map<string, MarketKey[]>();
      for (const key of keys) groups.set(key.market ?? '', [...(groups.get(key.market ?? '') ?? []), key]);
      const found = new Map<string, Slot<T>>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          // One id is one call either way, and the single-item answer is the fuller one (a
          // show's several-items answer leaves out its episodes).
          const slots =
            group.length === 1
              ? await oneByOne(group, single)
              : await inChunks(group, size, (chunk) => via.items(kind, chunk.map((k) => k.id), group[0].market));
          group.forEach((key, i) => found.set(keyOf(key), slots[i]));
        }),
      );
      return keys.map((key) => found.get(keyOf(key)) ?? null);
    };
    // A kind whose single- or several-items endpoint Spotify sends validators for steps aside
    // for Spotify's own freshness rules (conditional-get.ts).
    const kept = catalog && row.kept && !validated(row.single) && !(row.several && validated(row.several.endpoint));
    // Spotify's path of a kept fact, as `extensions.stale` names it.
    const pathOf = (key: MarketKey) => `${row.path}/${key.id}${row.byMarket && key.market ? `?market=${key.market}` : ''}`;
    return new DataLoader<MarketKey, T | null, string>(kept ? cachedBatch<MarketKey, T>(kind, keyOf, pathOf, batch) : (keys) => batch(api, keys), {
      cacheKeyFn: keyOf,
    });
  };

  const kindLoaders = Object.fromEntries(catalogKindNames.map((kind) => [kind, kindLoader(kind)])) as KindLoaders;

  return {
    ...kindLoaders,
    topTracks: new DataLoader<MarketKey, KindFull['track'][], string>(
      (keys) => Promise.all(keys.map((key) => api.artistTopTracks(key.id, key.market).catch((error: Error) => error))),
      { cacheKeyFn: marketKey },
    ),
    search: new DataLoader<SearchKey, SearchPage, string>(
      async (keys) => {
        // One call per distinct window, asking for every type wanted in that window.
        const windows = new Map<string, { key: SearchKey; types: Set<SearchType>; answer?: Promise<SearchResponse> }>();
        const windowOf = (k: SearchKey) => JSON.stringify([k.q, k.market ?? '', k.limit, k.offset]);
        for (const key of keys) {
          const window = windows.get(windowOf(key)) ?? { key, types: new Set<SearchType>() };
          window.types.add(key.type);
          windows.set(windowOf(key), window);
        }
        for (const window of windows.values()) {
          const { q, market, limit, offset } = window.key;
          window.answer = api.search({ q, market, limit, offset, types: [...window.types] });
          window.answer.catch(() => undefined);
        }
        return Promise.all(
          keys.map(async (key) => {
            try {
              const response = await windows.get(windowOf(key))!.answer!;
              return response[`${key.type}s`] ?? emptyPage(key);
            } catch (error) {
              return error as Error;
            }
          }),
        );
      },
      { cacheKeyFn: (k) => JSON.stringify([k.q, k.market ?? '', k.limit, k.offset, k.type]) },
    ),
  };
}

function emptyPage(key: SearchKey): SearchPage {
  return { href: '', items: [], limit: key.limit, next: null, offset: key.offset, previous: null, total: 0 };
}
