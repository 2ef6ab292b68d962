import type { GatewayContext } from '../context.js';
import { market, spotifyId } from './arguments.js';
import { clampCount, clampedNote } from './counts.js';
import { builder } from './builder.js';
import { devModeNote, marketArgument, spotifyIdArgument, spotifyIdField, spotifyUriField, spotifyUrlField } from './descriptions.js';
import { CatalogRef, type KindModel } from './catalog-kinds.js';
import { isFull, type KindFull } from '../spotify/catalog/kinds.js';

/** The full track behind a simplified one (from an album's list), loaded once per request. */
async function fullTrack(model: KindModel['track'], ctx: GatewayContext): Promise<KindFull['track'] | null> {
  return isFull('track', model.track) ? model.track : ctx.spotify.track(model.track.id, model.market);
}

CatalogRef.track.implement({
  description: 'A song or other recording on Spotify. Find one with `track(id:)`, through `search`, or in an album\'s `tracks`.',
  fields: (t) => ({
    id: t.id({ resolve: ({ track }) => track.id, description: spotifyIdField('track') }),
    name: t.string({ resolve: ({ track }) => track.name, description: "The track's title, as Spotify shows it." }),
    uri: t.string({ resolve: ({ track }) => track.uri, description: spotifyUriField('track') }),
    spotifyUrl: t.string({
      nullable: true,
      description: spotifyUrlField('track'),
      resolve: ({ track }) => track.external_urls?.spotify ?? null,
    }),
    durationMs: t.int({ resolve: ({ track }) => clampCount(track.duration_ms), description: `How long the track plays, in milliseconds (divide by 1000 for seconds). ${clampedNote}` }),
    explicit: t.boolean({ resolve: ({ track }) => track.explicit, description: 'True when Spotify marks the track explicit; false when it does not (which may also mean unknown).' }),
    trackNumber: t.int({ nullable: true, resolve: ({ track }) => track.track_number ?? null, description: "The track's position on its disc, from 1; null when Spotify does not say." }),
    discNumber: t.int({ nullable: true, resolve: ({ track }) => track.disc_number ?? null, description: 'Which disc of its album the track is on, from 1 (usually 1); null when Spotify does not say.' }),
    popularity: t.int({
      nullable: true,
      description: `How popular the track is right now, 0 to 100, from recent plays. ${devModeNote}`,
      resolve: async (model, _args, ctx) => {
        if (!isFull('track', model.track) && !ctx.spotify.capabilities.deprecatedFields) return null;
        return (await fullTrack(model, ctx))?.popularity ?? null;
      },
    }),
    previewUrl: t.string({
      nullable: true,
      description: `A link to a 30-second MP3 preview, where Spotify has one. ${devModeNote}`,
      resolve: ({ track }) => track.preview_url ?? null,
    }),
    isrc: t.string({
      nullable: true,
      description: "The recording's International Standard Recording Code, e.g. \"KRA381300001\"; null when Spotify has none. Comes with the full track: on a track from an album's list it loads the full track (once per request).",
      resolve: async (model, _args, ctx) => (await fullTrack(model, ctx))?.external_ids?.isrc ?? null,
    }),
    isPlayable: t.boolean({
      nullable: true,
      description:
        'Whether the track can be played in the market it was asked for (`market` on `track`, `album` or `search`). Null without a market: Spotify only says where a market is given. Where a track is unavailable but Spotify has a playable twin of it there (track relinking), the twin is served and this is true.',
      resolve: async (model, _args, ctx) => {
        if (model.market === undefined) return null;
        if (model.track.is_playable !== undefined) return model.track.is_playable;
        return (await fullTrack(model, ctx))?.is_playable ?? null;
      },
    }),
    restrictionReason: t.string({
      nullable: true,
      description:
        'Why Spotify will not play the track, when it will not: "market" (not available in the market asked for), "product" (not available with the listener\'s subscription) or "explicit" (explicit content is turned off). Null when nothing restricts it, or without a market, where Spotify does not judge.',
      resolve: async (model, _args, ctx) => {
        // Without a market Spotify does not judge: whatever it sent is not an answer for a place.
        if (model.market === undefined) return null;
        if (model.track.is_playable !== undefined || model.track.restrictions) return model.track.restrictions?.reason ?? null;
        return (await fullTrack(model, ctx))?.restrictions?.reason ?? null;
      },
    }),
    album: t.field({
      type: CatalogRef.album,
      // May load the full track: if that fails, this field alone is null (with its error).
      nullable: true,
      description: 'The album the track is on. Its id, name, images and other basic fields come with the track; `tracks` loads the full album.',
      resolve: async (model, _args, ctx) => {
        const album = model.album ?? (await fullTrack(model, ctx))?.album;
        if (!album) throw new Error(`Spotify returned no album for track ${model.track.id}`);
        return { album, market: model.market };
      },
    }),
    artists: t.field({
      type: [CatalogRef.artist],
      description: "The track's credited artists, in Spotify's order. Their id, name, uri and spotifyUrl come with the track; asking for any other artist field loads each full artist (once per request), which is slower.",
      resolve: ({ track }) => track.artists,
    }),
  }),
});

builder.queryFields((t) => ({
  track: t.field({
    type: CatalogRef.track,
    nullable: true,
    description: 'One track by its Spotify id; null when Spotify has no track with that id.',
    args: {
      id: t.arg.id({ required: true, description: spotifyIdArgument('track') }),
      market: t.arg.string({ description: marketArgument('the track may then be swapped for a version playable there') }),
    },
    resolve: async (_root, args, ctx) => {
      const inMarket = market(args.market);
      const track = await ctx.spotify.track(spotifyId(String(args.id)), inMarket);
      return track && { track, market: inMarket };
    },
  }),
}));
