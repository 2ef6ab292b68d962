import { clampCount } from './counts.js';
import type { GatewayContext } from '../context.js';
import type { PageFetcher } from '../spotify/catalog/page-window.js';
import type { CursorPaging } from '../spotify/user/types.js';
import { DEFAULT_PAGE, MAX_PAGE, resolveConnection, type ConnectionArgs } from './connection.js';
import { badUserInput } from './errors.js';

/** Every /me list that pages by offset serves up to 50 items a call, in either app mode. */
const USER_PAGE_SIZE = 50;

/**
 * A connection over one of the user's offset-paged lists (saved items, playlists, top lists).
 * `toEdge` turns an item into its node and the edge's own fields; Spotify's null items (an
 * item no longer available) are left out, and the other cursors keep their places.
 */
export async function userListConnection<W, E extends { node: unknown }>(
  ctx: GatewayContext,
  /** Names the list, for the page size remembered across requests. */
  list: string,
  args: ConnectionArgs,
  fetchPage: PageFetcher<W>,
  toEdge: (item: NonNullable<W>) => E | null,
) {
  const connection = await resolveConnection(args, { pageSize: ctx.spotify.pageSize(list, USER_PAGE_SIZE), fetchPage }, (item: W) => item);
  const edges = connection.edges.flatMap(({ cursor, node }) => {
    const edge = node === null || node === undefined ? null : toEdge(node as NonNullable<W>);
    return edge ? [{ cursor, ...edge }] : [];
  });
  return { ...connection, edges };
}

/** Arguments of a list Spotify pages forward only, by cursor: `first` and `after`, no `last`/`before`. */
export function planForward(args: ConnectionArgs, list: string): { first: number; after: string | undefined } {
  if (args.last != null || args.before != null) {
    throw badUserInput(`${list} pages forward only (Spotify serves it by cursor, without offsets): use "first" and "after", not "last" or "before"`);
  }
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw badUserInput(`"first" must be a whole number from 0 to ${MAX_PAGE}, got ${first}`);
  return { first, after: args.after ?? undefined };
}

/** Opaque cursors over Spotify's own: `kind` tells the lists apart, `check` validates what comes back. */
export function cursorCodec(kind: string, check: RegExp) {
  const prefix = `spotify-${kind}:`;
  const encode = (value: string) => Buffer.from(`${prefix}${value}`).toString('base64url');
  return {
    encode,
    /** Spotify's own next cursor as ours, or undefined when it is not one this list could take back. */
    encodeSpotify: (value: string | null | undefined) => (typeof value === 'string' && check.test(value) ? encode(value) : undefined),
    decode: (cursor: string): string => {
      const text = /^[A-Za-z0-9_-]{1,128}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString() : '';
      const value = text.startsWith(prefix) ? text.slice(prefix.length) : '';
      if (!check.test(value)) throw badUserInput('"after" is not a cursor this list issued');
      return value;
    },
  };
}

/**
 * A page of a cursor-paged list as a connection: `cursorOf` gives each item's cursor, and
 * `spotifyNext` is Spotify's own cursor to the page after this one (from its `cursors`, as
 * ours), which ends a page served whole: a page whose items were all unusable (dropped, or no
 * edge) still says where to go on, so a client never sees `hasNextPage` without an `endCursor`.
 */
export function forwardConnection<W, E extends { node: unknown }>(
  page: CursorPaging<W>,
  first: number,
  after: string | undefined,
  cursorOf: (item: W) => string,
  toEdge: (item: W) => E | null,
  spotifyNext: string | undefined,
) {
  const listed = page.items ?? [];
  const items = listed.slice(0, first);
  const edges = items.flatMap((item) => {
    const edge = toEdge(item);
    return edge ? [{ cursor: cursorOf(item), ...edge }] : [];
  });
  const hasNextPage = (page.next !== null && page.next !== undefined) || listed.length > first;
  // A page cut short of Spotify's ends at its last item shown, usable or not; a whole one where Spotify says.
  const lastShown = items.length > 0 ? cursorOf(items[items.length - 1]) : undefined;
  const endCursor = (listed.length <= first && hasNextPage ? spotifyNext : undefined) ?? lastShown ?? null;
  return {
    edges,
    pageInfo: {
      hasNextPage: hasNextPage && endCursor !== null,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor,
    },
    totalCount: clampCount(page.total ?? edges.length),
  };
}
