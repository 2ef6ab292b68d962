import type { ObjectRef } from '@pothos/core';
import type { CatalogKind, KindItem, KindSimplified, SearchType } from '../spotify/catalog/kinds.js';
import { builder, type GatewaySchemaTypes } from './builder.js';
import { audiobookMarkets } from './descriptions.js';

// The GraphQL side of the table of kinds (spotify/catalog/kinds.ts): each kind's object type,
// the shape of the model behind it, and the words search says of it. The refs, the models,
// `lookup`, the CatalogItem union and search's connections are made from these rows; a kind of
// the Spotify table without a row here does not compile. Kind files (`schema/<kind>.ts`)
// implement the refs made here, so this file imports none of them.

/** How search describes one kind of result. */
export interface SearchWords {
  lead: string;
  more?: string;
  /** What the results are, in "… matching a search". */
  matching: string;
  /** The end of "Spotify's estimate of how many …". */
  total: string;
}

interface Shape {
  /**
   * The model is Spotify's object itself. Otherwise it is `{ <kind>: object, market }`: the
   * object (full, or simplified as lists and search pages hold it) and the market it was asked
   * in, so what is loaded for it later is asked for in the same market.
   */
  bare?: true;
  /**
   * The kind whose simplified object the model may carry beside its own, under that kind's
   * name: the list it came from (a track its album; album track lists omit it).
   */
  carries?: CatalogKind;
  /** The words of its search connection; every kind GET /search finds has them. */
  search?: SearchWords;
}

/** The model a row's shape makes for a kind. */
type ModelOf<K extends CatalogKind, S extends Shape> = S extends { bare: true }
  ? KindItem[K]
  : { [P in K]: KindItem[K] } & { market?: string } & (S extends { carries: infer C extends CatalogKind } ? { [P in C]?: KindSimplified[C] } : unknown);

/** A row: the shape, and the kind's object type named `name`, whose model the shape makes. */
const row = <K extends CatalogKind, const S extends Shape>(kind: K, name: string, shape: S) => ({ ...shape, kind, ref: builder.objectRef<ModelOf<K, S>>(name) });

export const kindSchemas = {
  artist: row('artist', 'Artist', {
    bare: true,
    search: { lead: 'Artists matching the query.', matching: 'artists', total: 'artists match' },
  }),
  album: row('album', 'Album', {
    search: { lead: 'Albums, singles and compilations matching the query.', matching: 'albums', total: 'albums match' },
  }),
  track: row('track', 'Track', {
    carries: 'album',
    search: { lead: 'Tracks matching the query.', matching: 'tracks', total: 'tracks match' },
  }),
  playlist: row('playlist', 'Playlist', {
    search: {
      lead: 'Public playlists matching the query.',
      more: "A playlist's `items` follow Spotify's owner rule (see Playlist.items).",
      matching: 'playlists',
      total: 'playlists match',
    },
  }),
  show: row('show', 'Show', {
    search: { lead: 'Podcasts matching the query.', matching: 'podcasts', total: 'shows match' },
  }),
  episode: row('episode', 'Episode', {
    carries: 'show',
    search: {
      lead: 'Podcast episodes matching the query.',
      more: "An episode's `show` loads the full episode (once per request).",
      matching: 'podcast episodes',
      total: 'episodes match',
    },
  }),
  audiobook: row('audiobook', 'Audiobook', {
    search: {
      lead: 'Audiobooks matching the query.',
      more: `${audiobookMarkets} Without a market Spotify judges by the app, so an empty answer may mean no audiobooks where the app is, not no match.`,
      matching: 'audiobooks',
      total: 'audiobooks match (0 where Spotify sells none)',
    },
  }),
  chapter: row('chapter', 'Chapter', { carries: 'audiobook' }),
} satisfies { [K in CatalogKind]: { kind: K } & (K extends SearchType ? { search: SearchWords } : { search?: never }) };

type Rows = typeof kindSchemas;

/** The model behind each kind's GraphQL type. */
export type KindModel = { [K in CatalogKind]: ModelOf<K, Rows[K]> };

export type CatalogModel = KindModel[CatalogKind];

type Row = Shape & { kind: CatalogKind; ref: ObjectRef<GatewaySchemaTypes, CatalogModel> };
const rows = Object.values(kindSchemas) as Row[];
const shapeOf = (kind: CatalogKind): Shape => kindSchemas[kind];

/** Each kind's object type: implemented in `schema/<kind>.ts`, pointed at from anywhere. */
export const CatalogRef = Object.fromEntries<unknown>(rows.map((schema) => [schema.kind, schema.ref])) as { [K in CatalogKind]: Rows[K]['ref'] };

/** Every kind's object type: the members of the CatalogItem union. */
export const catalogItemTypes = rows.map((schema) => schema.ref);

/** The kinds whose model wraps their object, by the key it is under (the kind's name). */
const wrapping = rows.filter((schema) => !schema.bare);
/** The kind whose model is Spotify's object itself: what a model under no key is. */
const bareRow = rows.find((schema) => schema.bare)!;

/**
 * Which kind's type a model is. Models of nested kinds also carry their parent (an episode its
 * show), so where two keys match, the kind that carries the other is the one.
 */
export function catalogItemType(model: CatalogModel): ObjectRef<GatewaySchemaTypes, CatalogModel> {
  const matches = wrapping.filter((schema) => schema.kind in model);
  const own = matches.find((schema) => !matches.some((other) => other.carries === schema.kind));
  return (own ?? bareRow).ref;
}

/** A kind's model of an object of that kind. */
export const modelOf = <K extends CatalogKind>(kind: K, item: KindItem[K], market: string | undefined): KindModel[K] =>
  (shapeOf(kind).bare ? item : { [kind]: item, market }) as KindModel[K];
