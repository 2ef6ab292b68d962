import { SpotifyBadRequestError } from '../upstream/errors.js';
import type { Paging } from './types.js';

export interface PageWindow {
  /** Index of the first item wanted. */
  offset: number;
  /** How many items from there (0 still learns the total). */
  count: number;
}

/** An item and the place in Spotify's list that it stands for: what its cursor encodes. */
export interface PlacedItem<T> {
  item: T;
  /** The Spotify offset a cursor after this item continues from, minus one. */
  position: number;
}

export interface WindowResult<T> {
  items: PlacedItem<T>[];
  /** Spotify's `total` for the whole list (which may overstate what its pages hold). */
  total: number;
}

export type PageFetcher<T> = (offset: number, limit: number) => Promise<Paging<T>>;

/**
 * The largest page Spotify serves for one kind of list. It starts at what the app's mode
 * promises and drops, for good, to the size every app gets when Spotify refuses a larger one
 * (a 400 or 422 on `limit`): the gateway chose that limit, so its caller is never blamed.
 */
export class PageSize {
  constructor(
    private size: number,
    /** What Spotify serves every app (Development Mode's 10). */
    readonly floor: number,
  ) {}

  get current(): number {
    return this.size;
  }

  /** After Spotify refused a page of `refused` items: true if a smaller size is left to try. */
  refuse(refused: number): boolean {
    if (refused <= this.floor) return false;
    this.size = Math.min(this.size, this.floor);
    return true;
  }
}

/** One remembered PageSize per kind of list, for the life of the data source. */
export class PageSizes {
  private readonly sizes = new Map<string, PageSize>();

  constructor(private readonly floor: number) {}

  /** The page size of list `name`, starting at `promised` (what the app's mode allows). */
  for(name: string, promised: number): PageSize {
    let size = this.sizes.get(name);
    if (!size) {
      size = new PageSize(promised, Math.min(this.floor, promised));
      this.sizes.set(name, size);
    }
    return size;
  }
}

/**
 * The items of one page placed at Spotify's offsets. Spotify may send fewer items than asked
 * (it withholds some; the decoder drops malformed ones) or, rarely, more. Extra items are cut;
 * a short page that is not the list's end still stands for the whole window it was asked for,
 * so its last item's cursor continues after that window: paging on neither repeats nor skips.
 */
function place<T>(page: Paging<T>, offset: number, limit: number): PlacedItem<T>[] {
  const items = page.items.slice(0, limit);
  const short = items.length < limit && offset + limit < page.total;
  return items.map((item, i) => ({ item, position: short && i === items.length - 1 ? offset + limit - 1 : offset + i }));
}

async function fetchWithSize<T>(window: PageWindow, pageSize: number, fetchPage: PageFetcher<T>): Promise<WindowResult<T>> {
  if (window.count <= 0) {
    const probe = await fetchPage(0, 1);
    return { items: [], total: probe.total };
  }
  const end = window.offset + window.count;
  const firstLimit = Math.min(pageSize, window.count);
  const first = await fetchPage(window.offset, firstLimit);
  // Later pages only where the first one's total says there are items: calls are the
  // scarce resource, so a short list never costs a call for an empty page.
  const rest: Promise<PlacedItem<T>[]>[] = [];
  for (let start = window.offset + pageSize; start < Math.min(end, first.total); start += pageSize) {
    const limit = Math.min(pageSize, end - start);
    rest.push(fetchPage(start, limit).then((page) => place(page, start, limit)));
  }
  const pages = [place(first, window.offset, firstLimit), ...(await Promise.all(rest))];
  return { items: pages.flat(), total: first.total };
}

/** Spotify's "Invalid limit" (400, or 422 from some edges): the page size, not the caller, is wrong. */
function isLimitRefusal(error: unknown): boolean {
  return error instanceof SpotifyBadRequestError && (error.status === 400 || error.status === 422) && /limit/i.test(error.message);
}

/**
 * Items [offset, offset + count) of an offset-paged Spotify list, in as few calls as the
 * page size allows. A window wider than one page (Development Mode's 10) becomes several
 * calls: the first one tells the total, the others then go out together, and none is
 * made for pages past the end of the list.
 */
export async function fetchWindow<T>(window: PageWindow, pageSize: PageSize, fetchPage: PageFetcher<T>): Promise<WindowResult<T>> {
  const size = pageSize.current;
  try {
    return await fetchWithSize(window, size, fetchPage);
  } catch (error) {
    if (isLimitRefusal(error) && pageSize.refuse(size)) {
      return fetchWithSize(window, pageSize.current, fetchPage);
    }
    throw error;
  }
}
