import type { ObjectRef } from '@pothos/core';
import type { CatalogKind } from '../spotify/catalog/kinds.js';
import type { GatewaySchemaTypes } from './builder.js';
import type { AlbumModel, ArtistModel, AudiobookModel, ChapterModel, EpisodeModel, PlaylistModel, ShowModel, TrackModel } from './models.js';
import { AlbumRef, ArtistRef, AudiobookRef, ChapterRef, EpisodeRef, PlaylistRef, ShowRef, TrackRef } from './refs.js';

// The GraphQL side of the table of kinds (spotify/catalog/kinds.ts): each kind's object type,
// how its model is made from what Spotify answers, and how the CatalogItem union tells it
// apart. `lookup` and the union take their members from here; a kind of the Spotify table
// without a row here does not compile.

/** The model behind each kind's GraphQL type. */
export interface KindModel {
  artist: ArtistModel;
  album: AlbumModel;
  track: TrackModel;
  playlist: PlaylistModel;
  show: ShowModel;
  episode: EpisodeModel;
  audiobook: AudiobookModel;
  chapter: ChapterModel;
}

export type CatalogModel = KindModel[CatalogKind];

/** What a kind's model holds its item as: a full or a simplified object (search pages hold simplified ones). */
export interface KindItem {
  artist: ArtistModel;
  album: AlbumModel['album'];
  track: TrackModel['track'];
  playlist: PlaylistModel['playlist'];
  show: ShowModel['show'];
  episode: EpisodeModel['episode'];
  audiobook: AudiobookModel['audiobook'];
  chapter: ChapterModel['chapter'];
}

interface KindSchema<K extends CatalogKind> {
  ref: ObjectRef<GatewaySchemaTypes, KindModel[K]>;
  /** The model of an item Spotify answered, asked for in `market`. */
  model: (item: KindItem[K], market: string | undefined) => KindModel[K];
  /**
   * The key a model of this kind carries its item under (`{ album, market }`); none for an
   * artist, whose model is Spotify's object itself.
   */
  key?: string;
  /** The kind whose item a model of this kind may carry beside its own (a track its album). */
  carries?: CatalogKind;
}

export const kindSchemas: { [K in CatalogKind]: KindSchema<K> } = {
  artist: { ref: ArtistRef, model: (artist) => artist },
  album: { ref: AlbumRef, model: (album, market) => ({ album, market }), key: 'album' },
  track: { ref: TrackRef, model: (track, market) => ({ track, market }), key: 'track', carries: 'album' },
  playlist: { ref: PlaylistRef, model: (playlist, market) => ({ playlist, market }), key: 'playlist' },
  show: { ref: ShowRef, model: (show, market) => ({ show, market }), key: 'show' },
  episode: { ref: EpisodeRef, model: (episode, market) => ({ episode, market }), key: 'episode', carries: 'show' },
  audiobook: { ref: AudiobookRef, model: (audiobook, market) => ({ audiobook, market }), key: 'audiobook' },
  chapter: { ref: ChapterRef, model: (chapter, market) => ({ chapter, market }), key: 'chapter', carries: 'audiobook' },
};

const rows = Object.entries(kindSchemas) as [CatalogKind, KindSchema<CatalogKind>][];

/** Every kind's object type: the members of the CatalogItem union. */
export const catalogItemTypes = rows.map(([, schema]) => schema.ref);

/**
 * Which kind's type a model is. Models of nested kinds also carry their parent (an episode its
 * show), so where two keys match, the kind that carries the other is the one.
 */
export function catalogItemType(model: CatalogModel): ObjectRef<GatewaySchemaTypes, CatalogModel> {
  const matches = rows.filter(([, schema]) => schema.key !== undefined && schema.key in model);
  const own = matches.find(([kind]) => !matches.some(([, other]) => other.carries === kind));
  return (own?.[1] ?? kindSchemas.artist).ref as ObjectRef<GatewaySchemaTypes, CatalogModel>;
}

/** A kind's model of an item of that kind. */
export const modelOf = <K extends CatalogKind>(kind: K, item: KindItem[K], market: string | undefined): KindModel[K] =>
  (kindSchemas[kind] as KindSchema<K>).model(item, market);
