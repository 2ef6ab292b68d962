import type { Paging } from './types.js';

export interface PageWindow {
  /** Index of the first item wanted. */
  offset: number;
  /** How many items from there (0 still learns the total). */
  count: number;
}

export interface WindowResult<T> {
  items: T[];
  /** Spotify's `total` for the whole list. */
  total: number;
}

export type PageFetcher<T> = (offset: number, limit: number) => Promise<Paging<T>>;

/**
 * Items [offset, offset + count) of an offset-paged Spotify list, in as few calls as the
 * page size allows. A window wider than one page (Development Mode's 10) becomes several
 * calls: the first one tells the total, the others then go out together, and none is
 * made for pages past the end of the list.
 */
export async function fetchWindow<T>(window: PageWindow, pageSize: number, fetchPage: PageFetcher<T>): Promise<WindowResult<T>> {
  if (window.count <= 0) {
    const probe = await fetchPage(0, 1);
    return { items: [], total: probe.total };
  }
  const end = window.offset + window.count;
  const first = await fetchPage(window.offset, Math.min(pageSize, window.count));
  // Later pages only where the first one's total says there are items: calls are the
  // scarce resource, so a short list never costs a call for an empty page.
  const rest: Promise<Paging<T>>[] = [];
  for (let start = window.offset + pageSize; start < Math.min(end, first.total); start += pageSize) {
    rest.push(fetchPage(start, Math.min(pageSize, end - start)));
  }
  const pages = [first, ...(await Promise.all(rest))];
  return { items: pages.flatMap((page) => page.items), total: first.total };
}
