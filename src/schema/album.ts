import type { GatewayContext } from '../context.js';
import type { FullAlbum } from '../spotify/types.js';
import { market, spotifyId } from './arguments.js';
import { builder } from './builder.js';
import { isFullAlbum, type AlbumModel } from './models.js';
import { resolveConnection } from './pagination.js';
import { AlbumRef, ArtistRef, ImageRef, TrackRef } from './refs.js';

/** The full album behind a possibly simplified one, loaded once per request when needed. */
async function fullAlbum(model: AlbumModel, ctx: GatewayContext): Promise<FullAlbum | null> {
  return isFullAlbum(model.album) ? model.album : ctx.loaders.album.load({ id: model.album.id, market: model.market });
}

AlbumRef.implement({
  description: 'An album, single or compilation.',
  fields: (t) => ({
    id: t.id({ resolve: ({ album }) => album.id, description: 'The Spotify id (22 base62 characters).' }),
    name: t.string({ resolve: ({ album }) => album.name }),
    uri: t.string({ resolve: ({ album }) => album.uri, description: 'The Spotify URI, e.g. spotify:album:…' }),
    spotifyUrl: t.string({
      nullable: true,
      description: 'Link to the album on open.spotify.com.',
      resolve: ({ album }) => album.external_urls?.spotify ?? null,
    }),
    albumType: t.string({ resolve: ({ album }) => album.album_type, description: '"album", "single" or "compilation".' }),
    releaseDate: t.string({
      nullable: true,
      description: 'When it was first released: a year, year-month or full date, as precise as Spotify knows.',
      resolve: ({ album }) => album.release_date || null,
    }),
    totalTracks: t.int({ resolve: ({ album }) => album.total_tracks }),
    images: t.field({ type: [ImageRef], description: 'Cover art, widest first.', resolve: ({ album }) => album.images ?? [] }),
    artists: t.field({
      type: [ArtistRef],
      description: 'The album\'s artists. Their id, name and uri cost nothing; other fields load the full artists.',
      resolve: ({ album }) => album.artists,
    }),
    tracks: t.connection(
      {
        type: TrackRef,
        description: "The album's tracks in order. The first 50 come with the album itself; later pages cost one call per 50.",
        resolve: async (model, args, ctx) => {
          const album = await fullAlbum(model, ctx);
          if (!album) return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };
          return resolveConnection(
            args,
            {
              pageSize: ctx.capabilities.albumTracksPageSize,
              firstPage: album.tracks,
              fetchPage: (offset, limit) => ctx.api.albumTracks(album.id, { offset, limit, market: model.market }, ctx.deadline),
            },
            (track) => ({ track, market: model.market, album }),
          );
        },
      },
      { name: 'AlbumTracksConnection', fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: 'How many tracks the album has.' }) }) },
      { name: 'AlbumTracksEdge' },
    ),
  }),
});

builder.queryFields((t) => ({
  album: t.field({
    type: AlbumRef,
    nullable: true,
    description: 'One album by Spotify id; null when Spotify has no such album.',
    args: {
      id: t.arg.id({ required: true }),
      market: t.arg.string({ description: 'ISO 3166-1 alpha-2 country code; limits tracks to those playable there.' }),
    },
    resolve: async (_root, args, ctx) => {
      const key = { id: spotifyId(String(args.id)), market: market(args.market) };
      const album = await ctx.loaders.album.load(key);
      return album && { album, market: key.market };
    },
  }),
}));
