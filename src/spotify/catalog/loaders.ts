import DataLoader from 'dataloader';
import type { CatalogCache } from '../../state/catalog-cache.js';
import type { SpotifyEndpoints } from './endpoints.js';
import { SpotifyNotFoundError } from '../upstream/errors.js';
import type { UpstreamEvents } from '../upstream/events.js';
import type {
  FullAlbum,
  FullArtist,
  FullAudiobook,
  FullChapter,
  FullEpisode,
  FullPlaylist,
  FullShow,
  FullTrack,
  SearchPage,
  SearchResponse,
  SearchType,
  SimplifiedShow,
} from './types.js';

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

/** Per-request loaders: they batch and de-duplicate within one GraphQL request, never across. */
export interface Loaders {
  artist: DataLoader<string, FullArtist | null>;
  album: DataLoader<MarketKey, FullAlbum | null>;
  track: DataLoader<MarketKey, FullTrack | null>;
  topTracks: DataLoader<MarketKey, FullTrack[]>;
  playlist: DataLoader<MarketKey, FullPlaylist | null>;
  /** Extended Quota Mode's several-shows call answers simplified shows, without episodes. */
  show: DataLoader<MarketKey, FullShow | SimplifiedShow | null>;
  episode: DataLoader<MarketKey, FullEpisode | null>;
  audiobook: DataLoader<MarketKey, FullAudiobook | null>;
  chapter: DataLoader<MarketKey, FullChapter | null>;
  /** Pages of the same search window for several types coalesce into one call. */
  search: DataLoader<SearchKey, SearchPage>;
}

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

export function createLoaders(
  api: SpotifyEndpoints,
  events: UpstreamEvents = {},
  catalog?: CatalogCache,
  validated: ValidatedEndpoint = () => false,
): Loaders {
  const several = api.capabilities.several;
  /**
   * Serves what the catalog cache holds; only the rest goes to Spotify. A kind whose single- or
   * several-items endpoint Spotify sends validators for steps aside for Spotify's own rules.
   */
  const cachedBatch =
    <K, T>(kind: string, keyOf: (key: K) => string, fetch: (keys: readonly K[]) => Promise<Slot<T>[]>) =>
    (keys: readonly K[]): Promise<Slot<T>[]> =>
      catalog && !validated(kind) && !validated(`${kind}s`)
        ? catalog.through<T>(kind, keys.map(keyOf), (missing) => fetch(missing.map((i) => keys[i])))
        : fetch(keys);

  const byMarket = <T>(
    name: string,
    single: (id: string, market: string | undefined) => Promise<T>,
    many: ((ids: string[], market: string | undefined) => Promise<(T | null)[]>) | null,
    size: number | undefined,
    /** False where Spotify's own freshness rules (conditional requests) decide instead. */
    cached = true,
  ) => {
    const batch = async (keys: readonly MarketKey[]): Promise<Slot<T>[]> => {
      events.batch?.({ loader: name, size: keys.length });
      if (!many || !size) return oneByOne(keys, (key) => single(key.id, key.market));
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
              ? await oneByOne(group, (key) => single(key.id, key.market))
              : await inChunks(group, size, (chunk) => many(chunk.map((k) => k.id), group[0].market));
          group.forEach((key, i) => found.set(marketKey(key), slots[i]));
        }),
      );
      return keys.map((key) => found.get(marketKey(key)) ?? null);
    };
    return new DataLoader<MarketKey, T | null, string>(cached ? cachedBatch<MarketKey, T>(name, marketKey, batch) : batch, { cacheKeyFn: marketKey });
  };

  return {
    artist: new DataLoader<string, FullArtist | null>(
      cachedBatch<string, FullArtist>('artist', (id) => id, async (ids) => {
        events.batch?.({ loader: 'artist', size: ids.length });
        return several
          ? inChunks(ids, several.artists, (chunk) => api.artists(chunk))
          : oneByOne(ids, (id) => api.artist(id));
      }),
    ),
    album: byMarket(
      'album',
      (id, market) => api.album(id, market),
      several && ((ids, market) => api.albums(ids, market)),
      several?.albums,
    ),
    track: byMarket(
      'track',
      (id, market) => api.track(id, market),
      several && ((ids, market) => api.tracks(ids, market)),
      several?.tracks,
    ),
    // No several-playlists endpoint exists; playlists carry an ETag and are revalidated by
    // the conditional GET, never kept by this cache past what Spotify allows.
    playlist: byMarket('playlist', (id, market) => api.playlist(id, market), null, undefined, false),
    show: byMarket<FullShow | SimplifiedShow>(
      'show',
      (id, market) => api.show(id, market),
      several && ((ids, market) => api.shows(ids, market)),
      several?.shows,
    ),
    episode: byMarket(
      'episode',
      (id, market) => api.episode(id, market),
      several && ((ids, market) => api.episodes(ids, market)),
      several?.episodes,
    ),
    audiobook: byMarket(
      'audiobook',
      (id, market) => api.audiobook(id, market),
      several && ((ids, market) => api.audiobooks(ids, market)),
      several?.audiobooks,
    ),
    chapter: byMarket(
      'chapter',
      (id, market) => api.chapter(id, market),
      several && ((ids, market) => api.chapters(ids, market)),
      several?.chapters,
    ),
    topTracks: new DataLoader<MarketKey, FullTrack[], string>(
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
