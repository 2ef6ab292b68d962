import type { GatewayContext } from '../context.js';
import type { FullArtist } from '../spotify/types.js';
import { market, spotifyId } from './arguments.js';
import { builder } from './builder.js';
import { isFullArtist, type ArtistModel } from './models.js';
import { badUserInput } from './errors.js';
import { resolveConnection } from './pagination.js';
import { AlbumRef, ArtistRef, ImageRef, TrackRef } from './refs.js';

/** The full artist behind a possibly simplified one: loaded (once per request) only if needed. */
async function fullArtist(artist: ArtistModel, ctx: GatewayContext): Promise<FullArtist | null> {
  return isFullArtist(artist) ? artist : ctx.loaders.artist.load(artist.id);
}

/**
 * A field Spotify stopped serving to Development Mode apps: read it where present, load the
 * full artist for it only where the app's mode can get it, else null at no cost.
 */
async function deprecatedField<T>(artist: ArtistModel, ctx: GatewayContext, read: (full: FullArtist) => T | undefined): Promise<T | null> {
  if (isFullArtist(artist) || ctx.capabilities.deprecatedFields) {
    const full = await fullArtist(artist, ctx);
    return (full && read(full)) ?? null;
  }
  return null;
}

/** Upper bound on `artists(ids:)`, so one field cannot ask for an unbounded number of lookups. */
const MAX_IDS = 100;

const devModeNote = 'Null for apps in Development Mode, which Spotify no longer sends it to.';

ArtistRef.implement({
  description: 'A performer on Spotify. Inside albums and tracks Spotify lists simplified artists; asking for images, genres, popularity or followers there loads the full artist (once per request).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The Spotify id (22 base62 characters).' }),
    name: t.exposeString('name'),
    uri: t.exposeString('uri', { description: 'The Spotify URI, e.g. spotify:artist:…' }),
    spotifyUrl: t.string({
      nullable: true,
      description: 'Link to the artist on open.spotify.com.',
      resolve: (artist) => artist.external_urls?.spotify ?? null,
    }),
    images: t.field({
      type: [ImageRef],
      description: 'Pictures of the artist, widest first.',
      resolve: async (artist, _args, ctx) => (await fullArtist(artist, ctx))?.images ?? [],
    }),
    genres: t.stringList({
      nullable: true,
      description: `Genres Spotify associates with the artist. ${devModeNote}`,
      resolve: (artist, _args, ctx) => deprecatedField(artist, ctx, (full) => full.genres),
    }),
    popularity: t.int({
      nullable: true,
      description: `0–100, from the popularity of the artist's tracks. ${devModeNote}`,
      resolve: (artist, _args, ctx) => deprecatedField(artist, ctx, (full) => full.popularity),
    }),
    followers: t.int({
      nullable: true,
      description: `How many Spotify users follow the artist. ${devModeNote}`,
      resolve: (artist, _args, ctx) => deprecatedField(artist, ctx, (full) => full.followers?.total),
    }),
    albums: t.connection(
      {
        type: AlbumRef,
        description: "The artist's discography, as Spotify orders it. Pages of up to 50; in Development Mode Spotify serves 10 per call, so larger pages take several calls.",
        resolve: (artist, args, ctx) =>
          resolveConnection(
            args,
            {
              pageSize: ctx.capabilities.artistAlbumsPageSize,
              fetchPage: (offset, limit) => ctx.api.artistAlbums(artist.id, { offset, limit }, ctx.deadline),
            },
            (album) => ({ album }),
          ),
      },
      { name: 'ArtistAlbumsConnection', fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: "Spotify's count of the artist's albums." }) }) },
      { name: 'ArtistAlbumsEdge' },
    ),
    topTracks: t.field({
      type: [TrackRef],
      description:
        "The artist's most popular tracks in a market. FORBIDDEN for apps in Development Mode: Spotify removed this endpoint for them.",
      args: { market: t.arg.string({ description: 'ISO 3166-1 alpha-2 country code, e.g. "US".' }) },
      resolve: async (artist, args, ctx) => {
        const key = { id: artist.id, market: market(args.market) };
        const tracks = await ctx.loaders.topTracks.load(key);
        return tracks.map((track) => ({ track, market: key.market }));
      },
    }),
  }),
});

builder.queryFields((t) => ({
  artist: t.field({
    type: ArtistRef,
    nullable: true,
    description: 'One artist by Spotify id; null when Spotify has no such artist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.artist.load(spotifyId(String(args.id))),
  }),
  artists: t.field({
    type: [ArtistRef],
    nullable: { list: false, items: true },
    description:
      'Several artists by Spotify id, in the order asked, null for unknown ids. Extended Quota Mode fetches 50 per call; Development Mode one call per distinct id.',
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_root, args, ctx) => {
      if (args.ids.length > MAX_IDS) throw badUserInput(`"ids" takes at most ${MAX_IDS} ids, got ${args.ids.length}`);
      const ids = args.ids.map((id, i) => spotifyId(String(id), `ids[${i}]`));
      // One promise per position: a failed lookup nulls its own item, not the list.
      return ids.map((id) => ctx.loaders.artist.load(id));
    },
  }),
}));
