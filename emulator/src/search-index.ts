// Word-prefix search over the catalog. A query matches an item when every query word is a
// prefix of some word of the item's name (tracks and albums also count their artists'
// names; episodes their show's, audiobooks their authors'). Results: exact name match
// first, then popularity (followers, for playlists) descending, then id.
//
// Built once per catalog: a sorted vocabulary with posting lists of popularity ranks, so a
// query is a binary search plus a merge rather than a scan of every name. Match lists are
// cached per (type, normalised query), since benchmarks repeat the same few queries.

import type { Catalog } from './catalog.js';

export type IndexedType = 'artist' | 'album' | 'track' | 'playlist' | 'show' | 'episode' | 'audiobook';

/** Lower-cased words: letters and digits, everything else separates. */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

interface Item {
  id: string;
  name: string;
  popularity: number;
}

class TypeIndex {
  /** rank → item index; rank 0 is the most popular item. */
  private readonly order: Int32Array;
  /** Every distinct word, sorted, with the ascending ranks of the items containing it. */
  private readonly vocab: string[];
  private readonly postings: Int32Array[];
  /** Normalised name per item index, for the exact-match-first rule. */
  private readonly names: string[];

  constructor(items: Item[], extraWords: (i: number) => string[]) {
    const ranked = items.map((_, i) => i).sort((x, y) =>
      items[y].popularity - items[x].popularity || (items[x].id < items[y].id ? -1 : 1));
    this.order = Int32Array.from(ranked);
    this.names = items.map((item) => words(item.name).join(' '));
    const byWord = new Map<string, number[]>();
    ranked.forEach((item, rank) => {
      for (const w of new Set([...words(items[item].name), ...extraWords(item)])) {
        let list = byWord.get(w);
        if (!list) byWord.set(w, (list = []));
        list.push(rank);
      }
    });
    this.vocab = [...byWord.keys()].sort();
    this.postings = this.vocab.map((w) => Int32Array.from(byWord.get(w)!));
  }

  match(queryWords: string[], normalised: string): Int32Array {
    let ranks: Int32Array | null = null;
    for (const w of queryWords) {
      ranks = this.intersect(ranks, w);
      if (ranks.length === 0) break;
    }
    if (ranks === null) return new Int32Array(0);
    const exact: number[] = [];
    const rest: number[] = [];
    for (const rank of ranks) {
      const item = this.order[rank];
      (this.names[item] === normalised ? exact : rest).push(item);
    }
    return Int32Array.from(exact.concat(rest));
  }

  /** Ranks (ascending) in `previous` (or all, when null) whose item has a word starting with w. */
  private intersect(previous: Int32Array | null, w: string): Int32Array {
    const hit = new Uint8Array(this.order.length);
    for (let k = lowerBound(this.vocab, w); k < this.vocab.length && this.vocab[k].startsWith(w); k++) {
      for (const rank of this.postings[k]) hit[rank] = 1;
    }
    const out: number[] = [];
    if (previous === null) {
      for (let rank = 0; rank < hit.length; rank++) if (hit[rank]) out.push(rank);
    } else {
      for (const rank of previous) if (hit[rank]) out.push(rank);
    }
    return Int32Array.from(out);
  }
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const CACHE_LIMIT = 10_000;

export class SearchIndex {
  private readonly indexes: Record<IndexedType, TypeIndex>;
  private readonly cache = new Map<string, Int32Array>();

  constructor(catalog: Catalog) {
    const artistWords = catalog.artists.map((a) => words(a.name));
    const wordsOf = (artists: number[]) => artists.flatMap((a) => artistWords[a]);
    this.indexes = {
      artist: new TypeIndex(catalog.artists, () => []),
      album: new TypeIndex(catalog.albums, (i) => wordsOf(catalog.albums[i].artists)),
      track: new TypeIndex(catalog.tracks, (i) => wordsOf(catalog.tracks[i].artists)),
      playlist: new TypeIndex(catalog.playlists.map((p) => ({ ...p, popularity: p.followers })), () => []),
      show: new TypeIndex(catalog.shows, () => []),
      episode: new TypeIndex(catalog.episodes, (i) => words(catalog.shows[catalog.episodes[i].show].name)),
      audiobook: new TypeIndex(catalog.audiobooks, (i) => catalog.audiobooks[i].authors.flatMap(words)),
    };
  }

  /** Item indexes (into the catalog's list of that type) matching q, in result order. */
  search(type: IndexedType, q: string): Int32Array {
    const queryWords = words(q);
    const normalised = queryWords.join(' ');
    const key = `${type}\u0000${normalised}`;
    let result = this.cache.get(key);
    if (result === undefined) {
      result = this.indexes[type].match(queryWords, normalised);
      // A crude bound: forget everything when full. Real workloads repeat few queries.
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(key, result);
    }
    return result;
  }
}

const indexes = new WeakMap<Catalog, SearchIndex>();

/** The index of a catalog, built on first use and shared by every emulator using it. */
export function searchIndexFor(catalog: Catalog): SearchIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = new SearchIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}
