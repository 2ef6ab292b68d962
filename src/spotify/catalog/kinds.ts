import type { Credential } from '../upstream/call-context.js';
import type { Decoded } from '../upstream/spec/decode.js';
import type { Endpoint } from '../upstream/spec/decoded-endpoints.js';
import type { components } from '../upstream/spec/openapi.js';

// The table of catalog kinds: every fact about a kind that the Spotify layer needs is one row
// here, and the loaders, the endpoints' item calls, the mode's batch sizes, the link parser,
// search and the kind's wire types take them from it. Adding a kind is a row here and its
// GraphQL side (a row of `schema/catalog-kinds.ts` and `schema/<kind>.ts`).

type Schemas = components['schemas'];

interface KindRow {
  /** The single-item GET: its endpoint name (metrics, logs, the decoder) and its path's prefix (`<path>/<id>`). */
  single: Endpoint;
  path: string;
  /** The several-items GET (`<path>?ids=…`), answering a list under `field`, with its batch size in Extended Quota Mode; none in Development Mode. */
  several: { endpoint: Endpoint; field: string; batch: number } | null;
  /** Whether Spotify answers by market (the calls take `market`, the loader keys carry it). */
  byMarket: boolean;
  /** Whose token reads it: the app's, or the signed-in user's where the request has one (their private playlists answer too). */
  credential: Credential;
  /** Asked of every call besides ids and market. */
  query?: Record<string, string>;
  /**
   * Whether the catalog cache keeps it by its TTL. False where Spotify sends validators (an ETag)
   * and so its own freshness rules decide (conditional-get.ts).
   */
  kept: boolean;
  /**
   * The names open.spotify.com links and `spotify:` URIs give it. Spotify links audiobooks as
   * shows too and chapters as episodes, so a link of one name is tried as each kind it may be,
   * in table order.
   */
  linkedAs: readonly string[];
  /** Whether GET /search finds it (`type=<kind>`). */
  searchable: boolean;
  /**
   * The spec's schema of the simplified object that lists and search pages hold (the full one
   * is what `single` answers), and a field only the full one has: resolvers load the full
   * object only when a field needs what the simplified one lacks.
   */
  simplified: keyof Schemas;
  fullWhen: string;
}

/** Playlist items are asked for episodes too, so an episode comes as an episode, not track-shaped. */
export const PLAYLIST_ITEM_TYPES = 'track,episode';

export const catalogKinds = {
  artist: {
    single: 'artist',
    path: '/artists',
    several: { endpoint: 'artists', field: 'artists', batch: 50 },
    byMarket: false,
    credential: 'app',
    kept: true,
    linkedAs: ['artist'],
    searchable: true,
    simplified: 'SimplifiedArtistObject',
    fullWhen: 'images',
  },
  album: {
    single: 'album',
    path: '/albums',
    several: { endpoint: 'albums', field: 'albums', batch: 20 },
    byMarket: true,
    credential: 'app',
    kept: true,
    linkedAs: ['album'],
    searchable: true,
    simplified: 'SimplifiedAlbumObject',
    fullWhen: 'tracks',
  },
  track: {
    single: 'track',
    path: '/tracks',
    several: { endpoint: 'tracks', field: 'tracks', batch: 50 },
    byMarket: true,
    credential: 'app',
    kept: true,
    linkedAs: ['track'],
    searchable: true,
    simplified: 'SimplifiedTrackObject',
    fullWhen: 'album',
  },
  playlist: {
    single: 'playlist',
    path: '/playlists',
    // No several-playlists endpoint exists.
    several: null,
    byMarket: true,
    credential: 'user-or-app',
    query: { additional_types: PLAYLIST_ITEM_TYPES },
    // Playlists carry an ETag and are revalidated by the conditional GET, never kept past what Spotify allows.
    kept: false,
    linkedAs: ['playlist'],
    searchable: true,
    // A simplified playlist's `items` (formerly `tracks`) only says where the items are and how
    // many. Since February 2026 a full one's `items` page comes only to the owner and
    // collaborators of the playlist (or Extended Quota Mode apps); others get the rest.
    simplified: 'SimplifiedPlaylistObject',
    fullWhen: 'followers',
  },
  show: {
    single: 'show',
    path: '/shows',
    several: { endpoint: 'shows', field: 'shows', batch: 50 },
    byMarket: true,
    credential: 'app',
    kept: true,
    linkedAs: ['show'],
    searchable: true,
    simplified: 'SimplifiedShowObject',
    // GET /shows/{id} embeds the first page of episodes.
    fullWhen: 'episodes',
  },
  episode: {
    single: 'episode',
    path: '/episodes',
    several: { endpoint: 'episodes', field: 'episodes', batch: 50 },
    byMarket: true,
    credential: 'app',
    kept: true,
    linkedAs: ['episode'],
    searchable: true,
    simplified: 'SimplifiedEpisodeObject',
    fullWhen: 'show',
  },
  audiobook: {
    single: 'audiobook',
    path: '/audiobooks',
    several: { endpoint: 'audiobooks', field: 'audiobooks', batch: 50 },
    byMarket: true,
    credential: 'app',
    kept: true,
    linkedAs: ['audiobook', 'show'],
    searchable: true,
    simplified: 'SimplifiedAudiobookObject',
    // GET /audiobooks/{id} embeds the first page of chapters.
    fullWhen: 'chapters',
  },
  chapter: {
    single: 'chapter',
    path: '/chapters',
    several: { endpoint: 'chapters', field: 'chapters', batch: 50 },
    byMarket: true,
    credential: 'app',
    kept: true,
    // Chapters have no link of their own: Spotify links them as episodes.
    linkedAs: ['episode'],
    searchable: false,
    // Spotify's `type` of a chapter says "episode".
    simplified: 'SimplifiedChapterObject',
    fullWhen: 'audiobook',
  },
} as const satisfies Record<string, KindRow>;

type Rows = typeof catalogKinds;

export type CatalogKind = keyof Rows;

/** What an item of the several-items call is, if the row has one. */
type SeveralItem<R> = R extends { several: { endpoint: infer E extends Endpoint; field: infer F } }
  ? F extends keyof Decoded<E>
    ? Decoded<E>[F] extends readonly (infer I)[]
      ? NonNullable<I>
      : never
    : never
  : never;

/** Each kind's full object: what its single-item call answers. */
export type KindFull = { [K in CatalogKind]: Decoded<Rows[K]['single']> };
/** Each kind's simplified object, as lists and search pages hold it. */
export type KindSimplified = { [K in CatalogKind]: Schemas[Rows[K]['simplified']] };
/** An object of each kind as Spotify hands it out: the full one or the simplified one. */
export type KindItem = { [K in CatalogKind]: KindFull[K] | KindSimplified[K] };
/**
 * What each kind's reads answer: its full object, or an item of its several-items call
 * (Extended Quota Mode's several-shows call answers simplified shows, without episodes).
 */
export type KindWire = { [K in CatalogKind]: KindFull[K] | SeveralItem<Rows[K]> };

/** Whether an object Spotify answered is the full one of its kind. */
export const isFull = <K extends CatalogKind>(kind: K, item: KindItem[K]): item is KindFull[K] => catalogKinds[kind].fullWhen in (item as object);

/**
 * Holds the table to the decoder: a several-items endpoint answers a list under `field` of the
 * kind's objects, and `fullWhen` is a field of the full object the simplified one lacks.
 */
type Agrees<K extends CatalogKind> = [
  Rows[K]['several'] extends null ? true : [SeveralItem<Rows[K]>] extends [never] ? false : SeveralItem<Rows[K]> extends KindItem[K] ? true : false,
  Rows[K]['fullWhen'] extends Exclude<keyof KindFull[K], keyof KindSimplified[K]> ? true : false,
] extends [true, true]
  ? true
  : false;
/** A row that disagrees fails to compile here: "property '<kind>' is missing". */
type Disagreeing = { [K in CatalogKind]: Agrees<K> extends true ? never : K }[CatalogKind];
const tableAgrees: { [K in Disagreeing]: 'agrees with the decoder' } = {};
void tableAgrees;

/** Every kind, in table order (the order links are tried in). */
export const catalogKindNames = Object.keys(catalogKinds) as CatalogKind[];

/** The rows of the table, for code that reads a row by a kind it holds as a variable. */
export const kindRow = (kind: CatalogKind): KindRow => catalogKinds[kind];

/** What a Spotify link can name: the names of every row's `linkedAs`. */
export type LinkKind = Rows[CatalogKind]['linkedAs'][number];

/** The kinds GET /search finds. */
export type SearchType = { [K in CatalogKind]: Rows[K]['searchable'] extends true ? K : never }[CatalogKind];

export const searchTypes = catalogKindNames.filter((kind): kind is SearchType => catalogKinds[kind].searchable);

export const linkKinds: readonly LinkKind[] = [...new Set(catalogKindNames.flatMap((kind) => catalogKinds[kind].linkedAs))];

/** The kinds a link of this name may be, in the order to try them. */
export const kindsLinkedAs = (link: LinkKind): CatalogKind[] => catalogKindNames.filter((kind) => (catalogKinds[kind].linkedAs as readonly string[]).includes(link));
