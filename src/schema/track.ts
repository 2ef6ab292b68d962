import type { GatewayContext } from '../context.js';
import type { FullTrack } from '../spotify/types.js';
import { market, spotifyId } from './arguments.js';
import { builder } from './builder.js';
import { isFullTrack, type TrackModel } from './models.js';
import { AlbumRef, ArtistRef, TrackRef } from './refs.js';

/** The full track behind a simplified one (from an album's list), loaded once per request. */
async function fullTrack(model: TrackModel, ctx: GatewayContext): Promise<FullTrack | null> {
  return isFullTrack(model.track) ? model.track : ctx.loaders.track.load({ id: model.track.id, market: model.market });
}

const devModeNote = 'Null for apps in Development Mode, which Spotify no longer sends it to.';

TrackRef.implement({
  description: 'A song or other recording.',
  fields: (t) => ({
    id: t.id({ resolve: ({ track }) => track.id, description: 'The Spotify id (22 base62 characters).' }),
    name: t.string({ resolve: ({ track }) => track.name }),
    uri: t.string({ resolve: ({ track }) => track.uri, description: 'The Spotify URI, e.g. spotify:track:…' }),
    spotifyUrl: t.string({
      nullable: true,
      description: 'Link to the track on open.spotify.com.',
      resolve: ({ track }) => track.external_urls?.spotify ?? null,
    }),
    durationMs: t.int({ resolve: ({ track }) => track.duration_ms, description: 'Length in milliseconds.' }),
    explicit: t.boolean({ resolve: ({ track }) => track.explicit, description: 'True when the lyrics are explicit (false also means unknown).' }),
    trackNumber: t.int({ nullable: true, resolve: ({ track }) => track.track_number ?? null, description: 'Position on its disc.' }),
    discNumber: t.int({ nullable: true, resolve: ({ track }) => track.disc_number ?? null, description: 'Disc of the album it is on (usually 1).' }),
    popularity: t.int({
      nullable: true,
      description: `0–100, from recent plays. ${devModeNote}`,
      resolve: async (model, _args, ctx) => {
        if (!isFullTrack(model.track) && !ctx.capabilities.deprecatedFields) return null;
        return (await fullTrack(model, ctx))?.popularity ?? null;
      },
    }),
    previewUrl: t.string({
      nullable: true,
      description: `A 30-second MP3 preview, where Spotify has one. ${devModeNote}`,
      resolve: ({ track }) => track.preview_url ?? null,
    }),
    album: t.field({
      type: AlbumRef,
      description: 'The album the track is on (simplified until fields need more).',
      resolve: async (model, _args, ctx) => {
        const album = model.album ?? (await fullTrack(model, ctx))?.album;
        if (!album) throw new Error(`Spotify returned no album for track ${model.track.id}`);
        return { album, market: model.market };
      },
    }),
    artists: t.field({
      type: [ArtistRef],
      description: "The track's artists. Their id, name and uri cost nothing; other fields load the full artists, each once per request.",
      resolve: ({ track }) => track.artists,
    }),
  }),
});

builder.queryFields((t) => ({
  track: t.field({
    type: TrackRef,
    nullable: true,
    description: 'One track by Spotify id; null when Spotify has no such track.',
    args: {
      id: t.arg.id({ required: true }),
      market: t.arg.string({ description: 'ISO 3166-1 alpha-2 country code; relinks the track to one playable there.' }),
    },
    resolve: async (_root, args, ctx) => {
      const key = { id: spotifyId(String(args.id)), market: market(args.market) };
      const track = await ctx.loaders.track.load(key);
      return track && { track, market: key.market };
    },
  }),
}));
