import { market, spotifyId } from './arguments.js';
import { clampCount, clampedNote } from './counts.js';
import { builder } from './builder.js';
import { marketArgument, spotifyIdArgument, spotifyIdField, spotifyUriField, spotifyUrlField } from './descriptions.js';
import { ReleaseDatePrecisionEnum, releaseDatePrecision } from './enums.js';
import { CatalogRef } from './catalog-kinds.js';
import { isFull } from '../spotify/catalog/kinds.js';
import { ImageRef } from './refs.js';

CatalogRef.episode.implement({
  description: "One episode of a podcast. Find one with `episode(id:)`, `lookup(link:)`, through `search`, in a show's `episodes` or in a playlist.",
  fields: (t) => ({
    id: t.id({ resolve: ({ episode }) => episode.id, description: spotifyIdField('episode') }),
    name: t.string({ resolve: ({ episode }) => episode.name, description: "The episode's title." }),
    description: t.string({ nullable: true, resolve: ({ episode }) => episode.description ?? null, description: "The episode's description as plain text (Spotify strips its HTML). Null when Spotify sends none; nullable on every `CatalogItem` member, so fragments over the union merge." }),
    durationMs: t.int({ resolve: ({ episode }) => clampCount(episode.duration_ms), description: `How long the episode plays, in milliseconds. ${clampedNote}` }),
    explicit: t.boolean({ resolve: ({ episode }) => episode.explicit, description: 'True when Spotify marks the episode explicit; false when it does not (which may also mean unknown).' }),
    releaseDate: t.string({
      nullable: true,
      description: 'When it was published, as precisely as Spotify knows: "2026", "2026-05" or "2026-05-01" (see `releaseDatePrecision`). Null when Spotify does not know.',
      resolve: ({ episode }) => episode.release_date || null,
    }),
    releaseDatePrecision: t.field({
      type: ReleaseDatePrecisionEnum,
      nullable: true,
      description: 'How precise `releaseDate` is: YEAR, MONTH or DAY. Null when Spotify does not say.',
      resolve: ({ episode }) => releaseDatePrecision(episode.release_date_precision),
    }),
    images: t.field({ type: [ImageRef], nullable: true, description: "The episode's cover in the sizes Spotify has, widest first (often the show's); empty when there is none. Nullable on every `CatalogItem` member (null only when it could not be loaded), so fragments over the union merge.", resolve: ({ episode }) => episode.images ?? [] }),
    languages: t.stringList({ description: 'The languages the episode is in, as IETF language tags such as "ko" or "en".', resolve: ({ episode }) => episode.languages ?? [] }),
    show: t.field({
      type: CatalogRef.show,
      // May load the full episode: if that fails, this field alone is null (with its error).
      nullable: true,
      description: "The podcast the episode belongs to. Known at no cost for an episode from a show's list, by id or in a playlist; an episode from a search loads the full episode for it (once per request).",
      resolve: async (model, _args, ctx) => {
        const show = model.show ?? (isFull('episode', model.episode) ? model.episode.show : (await ctx.spotify.episode(model.episode.id, model.market))?.show);
        return show ? { show, market: model.market } : null;
      },
    }),
    spotifyUrl: t.string({ nullable: true, description: spotifyUrlField('episode'), resolve: ({ episode }) => episode.external_urls?.spotify ?? null }),
    uri: t.string({ resolve: ({ episode }) => episode.uri, description: spotifyUriField('episode') }),
  }),
});

builder.queryFields((t) => ({
  episode: t.field({
    type: CatalogRef.episode,
    nullable: true,
    description: 'One podcast episode by its Spotify id; null when Spotify has no episode with that id (or none available in `market`).',
    args: {
      id: t.arg.id({ required: true, description: spotifyIdArgument('episode') }),
      market: t.arg.string({ description: marketArgument('only an episode available in that country is returned') }),
    },
    resolve: async (_root, args, ctx) => {
      const inMarket = market(args.market);
      const episode = await ctx.spotify.episode(spotifyId(String(args.id)), inMarket);
      return episode && { episode, market: inMarket };
    },
  }),
}));
