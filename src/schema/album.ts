import type { GatewayContext } from '../context.js';
import { market, spotifyId } from './arguments.js';
import { clampCount, clampedNote } from './counts.js';
import { builder } from './builder.js';
import { perPageItem } from './cost.js';
import { connectionType, devModeNote, edgeType, marketArgument, spotifyIdArgument, spotifyIdField, spotifyUriField, spotifyUrlField } from './descriptions.js';
import { AlbumTypeEnum, ReleaseDatePrecisionEnum, releaseDatePrecision } from './enums.js';
import { CatalogRef, type KindModel } from './catalog-kinds.js';
import { isFull, type KindFull } from '../spotify/catalog/kinds.js';
import { CopyrightRef, ImageRef } from './refs.js';
import { resolveConnection } from './connection.js';
import type { AlbumType } from '../spotify/catalog/types.js';

/** The full album behind a possibly simplified one, loaded once per request when needed. */
async function fullAlbum(model: KindModel['album'], ctx: GatewayContext): Promise<KindFull['album'] | null> {
  return isFull('album', model.album) ? model.album : ctx.spotify.album(model.album.id, model.market);
}

/** Spotify's album type; some payloads spell it in capitals ("ALBUM"). */
function albumType(value: string): AlbumType {
  const lower = value?.toLowerCase();
  if (lower === 'album' || lower === 'single' || lower === 'compilation') return lower;
  throw new Error(`Spotify sent an album type the gateway does not know: "${String(value).slice(0, 40)}"`);
}

CatalogRef.album.implement({
  description: 'A release on Spotify: an album, a single or a compilation. Find one with `album(id:)`, through `search`, on a track or in an artist\'s discography.',
  fields: (t) => ({
    id: t.id({ resolve: ({ album }) => album.id, description: spotifyIdField('album') }),
    name: t.string({ resolve: ({ album }) => album.name, description: "The album's title, as Spotify shows it." }),
    uri: t.string({ resolve: ({ album }) => album.uri, description: spotifyUriField('album') }),
    spotifyUrl: t.string({
      nullable: true,
      description: spotifyUrlField('album'),
      resolve: ({ album }) => album.external_urls?.spotify ?? null,
    }),
    albumType: t.field({
      type: AlbumTypeEnum,
      resolve: ({ album }) => albumType(album.album_type),
      description: 'What kind of release it is: an album, a single (EPs included) or a compilation.',
    }),
    releaseDate: t.string({
      nullable: true,
      description: 'When it was first released, as precisely as Spotify knows: "2013", "2013-06" or "2013-06-13" (see `releaseDatePrecision`). Null when Spotify does not know.',
      resolve: ({ album }) => album.release_date || null,
    }),
    releaseDatePrecision: t.field({
      type: ReleaseDatePrecisionEnum,
      nullable: true,
      description: 'How precise `releaseDate` is: YEAR, MONTH or DAY. Null when Spotify does not say.',
      resolve: ({ album }) => releaseDatePrecision(album.release_date_precision),
    }),
    label: t.string({
      nullable: true,
      description: `The record label that released the album. Comes with the full album: on an album from a list it loads the full album (once per request). ${devModeNote}`,
      resolve: async (model, _args, ctx) => {
        if (!isFull('album', model.album) && !ctx.spotify.capabilities.deprecatedFields) return null;
        return (await fullAlbum(model, ctx))?.label ?? null;
      },
    }),
    copyrights: t.field({
      type: [CopyrightRef],
      // Loads the full album: if that fails, this field alone is null (with its error).
      nullable: true,
      description: "The album's copyright statements (empty when Spotify lists none). Comes with the full album: on an album from a list or search it loads the full album, once per request.",
      resolve: async (model, _args, ctx) => (await fullAlbum(model, ctx))?.copyrights ?? [],
    }),
    upc: t.string({
      nullable: true,
      description: "The album's Universal Product Code (its barcode number); null when Spotify has none. Comes with the full album: on an album from a list or search it loads the full album, once per request.",
      resolve: async (model, _args, ctx) => (await fullAlbum(model, ctx))?.external_ids?.upc ?? null,
    }),
    totalTracks: t.int({ resolve: ({ album }) => clampCount(album.total_tracks), description: `How many tracks the album has (the same as \`tracks.totalCount\`, without loading any). ${clampedNote}` }),
    images: t.field({ type: [ImageRef], nullable: true, description: 'Cover art in the sizes Spotify has, widest first (often 640, 300 and 64 pixels); empty when there is none. Nullable on every `CatalogItem` member (null only when it could not be loaded), so fragments over the union merge.', resolve: ({ album }) => album.images ?? [] }),
    artists: t.field({
      type: [CatalogRef.artist],
      description: "The album's credited artists, in Spotify's order. Their id, name, uri and spotifyUrl come with the album; asking for any other artist field loads each full artist (once per request), which is slower.",
      resolve: ({ album }) => album.artists,
    }),
    tracks: t.connection(
      {
        // Nullable: a failed call to Spotify fails this list alone, never its parent.
        nullable: true,
        extensions: perPageItem,
        type: CatalogRef.track,
        description: "The album's tracks in disc and track order, in pages of up to 50. The first 50 arrive with the album itself; each later 50 costs one more call to Spotify.",
        resolve: async (model, args, ctx) => {
          const album = await fullAlbum(model, ctx);
          if (!album) return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };
          return resolveConnection(
            args,
            {
              pageSize: ctx.spotify.pageSize('album-tracks', ctx.spotify.capabilities.albumTracksPageSize),
              firstPage: album.tracks,
              fetchPage: (offset, limit) => ctx.spotify.albumTracks(album.id, { offset, limit, market: model.market }),
            },
            (track) => ({ track, market: model.market, album }),
          );
        },
      },
      {
        name: 'AlbumTracksConnection',
        description: connectionType("an album's tracks", 'Pages hold up to 50 tracks.'),
        fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `How many tracks the album has in all. ${clampedNote}` }) }),
      },
      { name: 'AlbumTracksEdge', description: edgeType('track') },
    ),
  }),
});

builder.queryFields((t) => ({
  album: t.field({
    type: CatalogRef.album,
    nullable: true,
    description: 'One album by its Spotify id; null when Spotify has no album with that id.',
    args: {
      id: t.arg.id({ required: true, description: spotifyIdArgument('album') }),
      market: t.arg.string({ description: marketArgument('only what is available in that country is returned, and tracks are swapped for versions playable there') }),
    },
    resolve: async (_root, args, ctx) => {
      const inMarket = market(args.market);
      const album = await ctx.spotify.album(spotifyId(String(args.id)), inMarket);
      return album && { album, market: inMarket };
    },
  }),
}));
