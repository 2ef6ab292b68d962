import { clampCount } from './counts.js';
import { fetchWindow, type PageFetcher, type PageSize } from '../spotify/catalog/page-window.js';
import type { Paging } from '../spotify/catalog/types.js';
import { badUserInput } from './errors.js';

/** Relay's four arguments, as Pothos hands them over. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export const MAX_PAGE = 50;
export const DEFAULT_PAGE = 10;

export interface Connection<T, E extends object = object> {
  edges: ({ cursor: string; node: T } & E)[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const CURSOR_PREFIX = 'spotify-offset:';

/** Cursors are opaque to clients; inside they are an item's index in Spotify's list. */
export function encodeCursor(index: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${index}`).toString('base64url');
}

export function decodeCursor(cursor: string, argument: 'after' | 'before'): number {
  const text = /^[A-Za-z0-9_-]{1,64}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString() : '';
  const match = /^spotify-offset:(0|[1-9]\d{0,6})$/.exec(text);
  if (!match) throw badUserInput(`"${argument}" is not a cursor this API issued`);
  return Number(match[1]);
}

function pageSize(value: number | null | undefined, argument: 'first' | 'last'): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE) {
    throw badUserInput(`"${argument}" must be a whole number from 0 to ${MAX_PAGE}, got ${value}`);
  }
  return value;
}

/** Checked arguments: where the wanted slice starts and ends, in item indexes. */
interface Plan {
  /** First index allowed (after `after`). */
  lowest: number;
  /** One past the last index allowed (before `before`), if bounded. */
  bound?: number;
  first?: number;
  last?: number;
}

/** Validates Relay arguments; throws BAD_USER_INPUT before any upstream call. */
export function planConnection(args: ConnectionArgs): Plan {
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  if (first !== undefined && last !== undefined) throw badUserInput('Pass "first" or "last", not both');
  const lowest = args.after == null ? 0 : decodeCursor(args.after, 'after') + 1;
  const bound = args.before == null ? undefined : decodeCursor(args.before, 'before');
  if (first === undefined && last === undefined) return { lowest, bound, first: DEFAULT_PAGE };
  return { lowest, bound, first, last };
}

export interface ListSource<T> {
  /** Largest page Spotify serves for this list in this app mode (lowered if Spotify refuses it). */
  pageSize: PageSize;
  /** Items past this index are out of Spotify's reach (search's offset limit); none for most lists. */
  reachable?: number;
  fetchPage: PageFetcher<T>;
  /** A first page already at hand (an album's embedded tracks), served without a call. */
  firstPage?: Paging<T>;
}

/**
 * Starts fetching the first page `resolveConnection` will ask for, when it can be known from
 * the arguments alone (a forward page with no total needed): a parent that must load itself
 * first (an artist, before its albums) then costs one round trip of latency, not two. The
 * facade sends an identical GET once, so the connection later picks up this very call.
 */
export function prefetchFirstPage<T>(args: ConnectionArgs, source: ListSource<T>): void {
  let plan: Plan;
  try {
    plan = planConnection(args);
  } catch {
    return; // the connection itself will say what is wrong with its arguments
  }
  const count = plan.last === undefined && plan.bound === undefined ? (plan.first ?? DEFAULT_PAGE) : 0;
  if (count <= 0 || source.firstPage || plan.lowest >= (source.reachable ?? Infinity)) return;
  source.fetchPage(plan.lowest, Math.min(source.pageSize.current, count)).catch(() => undefined);
}

/**
 * A Relay connection over an offset-paged Spotify list. Cursors are Spotify offsets, so pages
 * shorter than asked (items withheld or dropped as malformed) neither repeat nor skip items
 * when paging on. `last` without `before` needs the list's length first, which costs one small
 * call unless a first page is at hand.
 *
 * Places Spotify leaves empty (a null item) or that are no item of the schema (`toNode`
 * answers null, e.g. a local file in a playlist) are skipped, yet keep their place: the page's
 * start and end cursors are those of its first and last placed item even when that item was
 * skipped, so the next page starts where Spotify's does. A page may therefore hold fewer
 * edges than asked for while `hasNextPage` is true.
 */
export async function resolveConnection<T, N, E extends object = object>(
  args: ConnectionArgs,
  source: ListSource<T>,
  toNode: (item: NonNullable<T>) => N | null,
  /** Facts of the edge itself beside its node (a playlist item's `addedAt`). */
  edgeOf?: (item: NonNullable<T>) => E,
): Promise<Connection<N, E>> {
  const plan = planConnection(args);
  const fetchPage: PageFetcher<T> = (offset, limit) => {
    const first = source.firstPage;
    if (first && first.offset === 0 && (offset + limit <= first.items.length || offset >= first.total)) {
      return Promise.resolve({ ...first, items: first.items.slice(offset, offset + limit), offset, limit });
    }
    return source.fetchPage(offset, limit);
  };
  const reachable = source.reachable ?? Infinity;
  let total = source.firstPage?.total;
  let end = Math.min(plan.bound ?? Infinity, reachable);
  let start: number;
  if (plan.last !== undefined) {
    // Counting back from the end needs the end: the list's length, not how far paging reaches.
    if (plan.bound === undefined) {
      total ??= (await fetchPage(0, 1)).total;
      end = Math.min(total, reachable);
    }
    start = Math.max(plan.lowest, end - plan.last);
  } else {
    start = plan.lowest;
    end = Math.min(end, start + (plan.first ?? DEFAULT_PAGE));
  }
  if (total !== undefined) end = Math.min(end, total);
  const window = await fetchWindow({ offset: start, count: Math.max(0, end - start) }, source.pageSize, fetchPage);
  total = window.total;
  const listEnd = Math.min(total, reachable);
  const edges: Connection<N, E>['edges'] = [];
  for (const { item, position } of window.items) {
    if (item === null || item === undefined) continue;
    const node = toNode(item);
    if (node !== null) edges.push({ ...(edgeOf?.(item) as E), cursor: encodeCursor(position), node });
  }
  const first = window.items[0]?.position;
  const last = window.items.at(-1)?.position;
  return {
    edges,
    pageInfo: {
      hasPreviousPage: start > 0 && total > 0,
      hasNextPage: (last === undefined ? start : last + 1) < listEnd,
      startCursor: first === undefined ? null : encodeCursor(first),
      endCursor: last === undefined ? null : encodeCursor(last),
    },
    // GraphQL's Int is 32 bits: a larger (lying) total would fail the whole connection.
    totalCount: clampCount(total),
  };
}
