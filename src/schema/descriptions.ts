// Schema documentation shared by several types, written for the frontend developer who reads
// it in GraphiQL's docs or in the generated client's types.

import { DEFAULT_PAGE, MAX_PAGE } from './connection.js';

/**
 * For fields Spotify stopped sending to Development Mode apps (February 2026). The gateway
 * passes on what Spotify sends and makes no call for what it does not: the words promise the
 * null Spotify's answer gives, not one the gateway would force.
 */
export const devModeNote =
  'Since February 2026 Spotify no longer sends this field to apps in Development Mode, so there it is null (the gateway makes no call for it, and passes it on should Spotify send it); Extended Quota Mode apps get it.';

/** Said wherever audiobooks can be asked for (their types, their root fields, search). */
export const audiobookMarkets =
  'Spotify sells audiobooks only in some markets (the US, the UK, Canada, Ireland, New Zealand and Australia, and a few more): asked with a `market` outside them, an audiobook or chapter is null, a search finds none and an audiobook\'s chapters are NOT_FOUND.';

/** The same words for every market argument. */
export const marketArgument = (effect: string) =>
  `A country as an ISO 3166-1 alpha-2 code such as "US" or "KR"; ${effect}. A malformed code is a BAD_USER_INPUT error.`;

export const spotifyIdField = (kind: string) =>
  `Spotify's id for the ${kind}: 22 letters and digits, as in open.spotify.com/${kind}/<id>. Pass it to the \`${kind}(id:)\` query.`;

export const spotifyIdArgument = (kind: string) =>
  `Spotify's id of the ${kind} (22 letters and digits). A malformed id is a BAD_USER_INPUT error and costs no call to Spotify.`;

export const spotifyUriField = (kind: string) =>
  `The Spotify URI (spotify:${kind}:<id>), which opens the ${kind} in the Spotify apps.`;

export const spotifyUrlField = (kind: string) =>
  `A link to the ${kind} on open.spotify.com, for a browser; null when Spotify gives none.`;

export const connectionType = (items: string, more: string) =>
  `One page of ${items}, as a Relay cursor connection. ${more} For the next page pass \`pageInfo.endCursor\` as \`after\`; for the previous one pass \`pageInfo.startCursor\` as \`before\` with \`last\`.`;

export const edgeType = (item: string) => `One ${item} in a page, with the cursor of its place in the list.`;

/**
 * Descriptions of what the Relay plugin generates for every connection (edges, cursors,
 * PageInfo and the four paging arguments), keyed by the plugin's option names.
 */
const relayDescriptions: Record<string, string> = {
  edgesFieldOptions: 'The items of this page, in list order, each with its cursor.',
  nodeFieldOptions: 'The item itself.',
  cursorFieldOptions:
    'Where this item sits in the list, as an opaque string: pass it as `after` (or `before`) to page from here. Do not build or parse cursors; they are only valid for the same list.',
  pageInfoFieldOptions: 'Where this page sits in the whole list, and the cursors to page on from it.',
  hasNextPageFieldOptions: 'True when items follow this page: ask again with `after: endCursor`.',
  hasPreviousPageFieldOptions: 'True when items come before this page: ask with `before: startCursor` and `last`.',
  startCursorFieldOptions:
    "The cursor of the page's first place in the list (usually its first edge's; a place Spotify left empty is skipped but keeps its cursor); null when the page is empty.",
  endCursorFieldOptions:
    "The cursor of the page's last place in the list (usually its last edge's; a place Spotify left empty is skipped but keeps its cursor); null when the page is empty.",
  firstArgOptions: `How many items to return from the start of the list (or from just after \`after\`): 0 to ${MAX_PAGE}. Without \`first\` or \`last\` a page holds ${DEFAULT_PAGE}.`,
  afterArgOptions: 'A cursor from an earlier page (usually `pageInfo.endCursor`): the page starts just after that item.',
  lastArgOptions: `How many items to return from the end of the list (or from just before \`before\`): 0 to ${MAX_PAGE}. Not together with \`first\`.`,
  beforeArgOptions: 'A cursor from an earlier page (usually `pageInfo.startCursor`): the page ends just before that item.',
};

const pageInfoTypeDescription =
  'Where a page sits in its list (Relay cursor pagination): whether more items come before or after it, and the cursors to ask for them.';

/** Adds the descriptions above to the Relay plugin's options, keeping every option already set. */
export function withRelayDescriptions<const T extends object>(options: T): T {
  const merged = { ...options } as Record<string, unknown>;
  for (const [key, description] of Object.entries(relayDescriptions)) {
    merged[key] = { description, ...(merged[key] as object | undefined) };
  }
  merged.pageInfoTypeOptions = { description: pageInfoTypeDescription, ...(merged.pageInfoTypeOptions as object | undefined) };
  return merged as T;
}
