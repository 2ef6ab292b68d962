import type { GatewayContext } from '../context.js';
import { getArgumentValues, Kind, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { AlbumGroup } from '../spotify/catalog/endpoints.js';
import type { ArtistDiscographyAlbum } from '../spotify/catalog/types.js';
import { market, spotifyId } from './arguments.js';
import { clampCount, clampedNote } from './counts.js';
import { builder } from './builder.js';
import { perIdAsked, perPageItem } from './cost.js';
import { connectionType, devModeNote, edgeType, marketArgument, spotifyIdArgument, spotifyIdField, spotifyUriField, spotifyUrlField } from './descriptions.js';
import { CatalogRef, type KindModel } from './catalog-kinds.js';
import { isFull, type KindFull } from '../spotify/catalog/kinds.js';
import { ImageRef } from './refs.js';
import { badUserInput } from './errors.js';
import { prefetchFirstPage, resolveConnection, type ConnectionArgs, type ListSource } from './connection.js';
import { AlbumGroupEnum } from './enums.js';

/** The full artist behind a possibly simplified one: loaded (once per request) only if needed. */
async function fullArtist(artist: KindModel['artist'], ctx: GatewayContext): Promise<KindFull['artist'] | null> {
  return isFull('artist', artist) ? artist : ctx.spotify.artist(artist.id);
}

/**
 * A field Spotify stopped serving to Development Mode apps: read it where present, load the
 * full artist for it only where the app's mode can get it, else null at no cost.
 */
async function deprecatedField<T>(artist: KindModel['artist'], ctx: GatewayContext, read: (full: KindFull['artist']) => T | undefined): Promise<T | null> {
  if (isFull('artist', artist) || ctx.spotify.capabilities.deprecatedFields) {
    const full = await fullArtist(artist, ctx);
    return (full && read(full)) ?? null;
  }
  return null;
}

type AlbumsArgs = ConnectionArgs & { includeGroups?: readonly AlbumGroup[] | null; market?: string | null };

/** An artist's discography as a list source: the one place its page calls are formed. */
function albumsOf(artistId: string, args: AlbumsArgs, ctx: GatewayContext): ListSource<ArtistDiscographyAlbum> {
  const inMarket = market(args.market);
  const includeGroups = args.includeGroups ? [...new Set(args.includeGroups)] : undefined;
  return {
    pageSize: ctx.spotify.pageSize('artist-albums', ctx.spotify.capabilities.artistAlbumsPageSize),
    fetchPage: (offset, limit) => ctx.spotify.artistAlbums(artistId, { offset, limit, market: inMarket, includeGroups }),
  };
}

/**
 * `artist(id) { albums(…) }` would wait for the artist before asking for its albums; the
 * albums need only the id, so their first page is asked for at once, beside the artist.
 */
function prefetchAlbums(artistId: string, info: GraphQLResolveInfo, ctx: GatewayContext): void {
  const albumsField = (info.schema.getType('Artist') as GraphQLObjectType).getFields().albums;
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || selection.name.value !== 'albums' || selection.directives?.length) continue;
      let args: AlbumsArgs;
      try {
        args = getArgumentValues(albumsField, selection, info.variableValues) as AlbumsArgs;
        market(args.market);
      } catch {
        continue; // the field itself will report its bad arguments
      }
      prefetchFirstPage(args, albumsOf(artistId, args, ctx));
    }
  }
}

/** Upper bound on `artists(ids:)`, so one field cannot ask for an unbounded number of lookups. */
const MAX_IDS = 100;

CatalogRef.artist.implement({
  description: 'A performer on Spotify: a musician, a band, a composer. Under albums and tracks an artist\'s id, name, uri and spotifyUrl come free; its other fields (images, albums, …) load the full artist, once per request.',
  fields: (t) => ({
    id: t.exposeID('id', { description: spotifyIdField('artist') }),
    name: t.exposeString('name', { description: "The artist's name, as Spotify shows it." }),
    uri: t.exposeString('uri', { description: spotifyUriField('artist') }),
    spotifyUrl: t.string({
      nullable: true,
      description: spotifyUrlField('artist'),
      resolve: (artist) => artist.external_urls?.spotify ?? null,
    }),
    images: t.field({
      type: [ImageRef],
      // Loads the full artist: if that fails, this field alone is null (with its error).
      nullable: true,
      description: 'Pictures of the artist in the sizes Spotify has, widest first (often 640, 320 and 160 pixels); empty when there is none. Nullable on every `CatalogItem` member (null only when it could not be loaded), so fragments over the union merge.',
      resolve: async (artist, _args, ctx) => (await fullArtist(artist, ctx))?.images ?? [],
    }),
    genres: t.stringList({
      nullable: true,
      description: `Genres Spotify associates with the artist, e.g. "k-pop"; often empty. ${devModeNote}`,
      resolve: (artist, _args, ctx) => deprecatedField(artist, ctx, (full) => full.genres),
    }),
    popularity: t.int({
      nullable: true,
      description: `How popular the artist is right now, 0 to 100, from plays of their tracks. ${devModeNote}`,
      resolve: (artist, _args, ctx) => deprecatedField(artist, ctx, (full) => full.popularity),
    }),
    followers: t.int({
      nullable: true,
      description: `How many Spotify users follow the artist. ${clampedNote} ${devModeNote}`,
      resolve: async (artist, _args, ctx) => clampCount(await deprecatedField(artist, ctx, (full) => full.followers?.total)),
    }),
    albums: t.connection(
      {
        // Nullable: a failed call to Spotify fails this list alone, never its parent.
        nullable: true,
        extensions: perPageItem,
        type: CatalogRef.album,
        description: "The artist's albums, singles, compilations and appearances, in Spotify's order. Pages hold up to 50; Spotify serves Development Mode apps 10 per call, so there a page of 50 takes five calls and answers more slowly.",
        args: {
          includeGroups: t.arg({
            type: [AlbumGroupEnum],
            description: 'Only these kinds of release, e.g. `[ALBUM, SINGLE]` for the artist\'s own releases without appearances; all of them when left out. Cursors are only valid for the same groups.',
          }),
          market: t.arg.string({ description: marketArgument('only releases available in that country are listed') }),
        },
        resolve: (artist, args, ctx) => {
          const inMarket = market(args.market);
          return resolveConnection(args, albumsOf(artist.id, args, ctx), (album) => ({ album, market: inMarket }));
        },
      },
      {
        name: 'ArtistAlbumsConnection',
        description: connectionType("an artist's discography", 'Pages hold up to 50 albums.'),
        fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `How many releases Spotify lists for the artist in all. ${clampedNote}` }) }),
      },
      { name: 'ArtistAlbumsEdge', description: edgeType('album') },
    ),
    topTracks: t.field({
      type: [CatalogRef.track],
      nullable: true,
      description:
        "The artist's most popular tracks in a country (up to 10). Not available when the gateway runs for a Spotify app in Development Mode: Spotify removed this endpoint for such apps in February 2026, so the field answers a FORBIDDEN error that says so (the rest of the query still answers).",
      args: { market: t.arg.string({ description: marketArgument('popularity is counted there') }) },
      resolve: async (artist, args, ctx) => {
        const inMarket = market(args.market);
        const tracks = await ctx.spotify.artistTopTracks(artist.id, inMarket);
        return tracks.map((track) => ({ track, market: inMarket }));
      },
    }),
  }),
});

builder.queryFields((t) => ({
  artist: t.field({
    type: CatalogRef.artist,
    nullable: true,
    description: 'One artist by its Spotify id; null when Spotify has no artist with that id.',
    args: { id: t.arg.id({ required: true, description: spotifyIdArgument('artist') }) },
    resolve: (_root, args, ctx, info) => {
      const id = spotifyId(String(args.id));
      prefetchAlbums(id, info, ctx);
      return ctx.spotify.artist(id);
    },
  }),
  artists: t.field({
    type: [CatalogRef.artist],
    extensions: perIdAsked,
    // Nullable: a malformed id fails this field alone, never the siblings beside it.
    nullable: { list: true, items: true },
    description:
      `Several artists by Spotify id, in the order asked; null in the place of an id Spotify does not know. Null itself (with BAD_USER_INPUT) when an id is malformed or there are too many; the query's other fields still answer. Up to ${MAX_IDS} ids. Extended Quota Mode apps fetch 50 per call to Spotify; Development Mode apps, which Spotify no longer lets fetch several at once, make one call per distinct id, so long lists answer more slowly there.`,
    args: { ids: t.arg.idList({ required: true, description: `Spotify ids of the artists, at most ${MAX_IDS}; repeats are fetched once.` }) },
    resolve: (_root, args, ctx) => {
      if (args.ids.length > MAX_IDS) throw badUserInput(`"ids" takes at most ${MAX_IDS} ids, got ${args.ids.length}`);
      const ids = args.ids.map((id, i) => spotifyId(String(id), `ids[${i}]`));
      // One promise per position: a failed lookup nulls its own item, not the list.
      return ids.map((id) => ctx.spotify.artist(id));
    },
  }),
}));
