import type { Credential } from '../upstream/call-context.js';
import type { Decoded } from '../upstream/spec/decode.js';
import type { Endpoint } from '../upstream/spec/decoded-endpoints.js';
import type { FullAlbum, FullArtist, FullAudiobook, FullChapter, FullEpisode, FullPlaylist, FullShow, FullTrack, SimplifiedShow } from './types.js';

// The table of catalog kinds: every fact about a kind that the Spotify layer needs is one row
// here, and the loaders, the endpoints' item calls, the mode's batch sizes, the link parser and
// search take them from it. Adding a kind is a row here (and its wire type in types.ts) and its
// GraphQL side (`schema/catalog-kinds.ts` and `schema/<kind>.ts`).

/** What each kind's single-item call answers (a several-items call answers the same, or null). */
export interface KindWire {
  artist: FullArtist;
  album: FullAlbum;
  track: FullTrack;
  playlist: FullPlaylist;
  /** Extended Quota Mode's several-shows call answers simplified shows, without episodes. */
  show: FullShow | SimplifiedShow;
  episode: FullEpisode;
  audiobook: FullAudiobook;
  chapter: FullChapter;
}

export type CatalogKind = keyof KindWire;

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
  },
} as const satisfies Record<CatalogKind, KindRow>;

type Rows = typeof catalogKinds;

/**
 * Holds the table to the decoder: each kind's single-item endpoint decodes to its wire type, and
 * its several-items endpoint to a list of it under `field`. A row that disagrees fails to compile.
 */
type Agrees<K extends CatalogKind> = Decoded<Rows[K]['single']> extends KindWire[K]
  ? Rows[K]['several'] extends { endpoint: infer E extends Endpoint; field: infer F extends string }
    ? F extends keyof Decoded<E>
      ? Decoded<E>[F] extends readonly (KindWire[K] | null)[]
        ? true
        : false
      : false
    : true
  : false;
const tableAgrees: { [K in CatalogKind]: Agrees<K> } = {
  artist: true,
  album: true,
  track: true,
  playlist: true,
  show: true,
  episode: true,
  audiobook: true,
  chapter: true,
};
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
