import type { GatewayContext } from '../context.js';
import { market, spotifyId } from './arguments.js';
import { clampCount, clampedNote } from './counts.js';
import { builder } from './builder.js';
import { resolveConnection } from './connection.js';
import { perPageItem } from './cost.js';
import { connectionType, devModeNote, edgeType, marketArgument, spotifyIdArgument, spotifyIdField, spotifyUriField, spotifyUrlField } from './descriptions.js';
import { CatalogRef, type KindModel } from './catalog-kinds.js';
import { isFull } from '../spotify/catalog/kinds.js';
import { ImageRef } from './refs.js';

/** The full show (with Spotify's `publisher` where the mode gets it), loaded once per request when needed. */
async function loadedShow(model: KindModel['show'], ctx: GatewayContext) {
  return isFull('show', model.show) ? model.show : ctx.spotify.show(model.show.id, model.market);
}

CatalogRef.show.implement({
  description: 'A podcast on Spotify, with its episodes. Find one with `show(id:)`, `lookup(link:)`, through `search` or on an episode.',
  fields: (t) => ({
    id: t.id({ resolve: ({ show }) => show.id, description: spotifyIdField('show') }),
    name: t.string({ resolve: ({ show }) => show.name, description: "The show's title." }),
    publisher: t.string({
      nullable: true,
      description: `Who publishes the show, as its publisher gave it. ${devModeNote}`,
      resolve: async (model, _args, ctx) => {
        if (model.show.publisher !== undefined || !ctx.spotify.capabilities.deprecatedFields) return model.show.publisher ?? null;
        return (await loadedShow(model, ctx))?.publisher ?? null;
      },
    }),
    description: t.string({ nullable: true, resolve: ({ show }) => show.description ?? null, description: "The show's description as plain text (Spotify strips its HTML). Null when Spotify sends none; nullable on every `CatalogItem` member, so fragments over the union merge." }),
    explicit: t.boolean({ resolve: ({ show }) => show.explicit, description: 'True when Spotify marks the show explicit; false when it does not (which may also mean unknown).' }),
    images: t.field({ type: [ImageRef], nullable: true, description: 'Cover art in the sizes Spotify has, widest first (often 640, 300 and 64 pixels); empty when there is none. Nullable on every `CatalogItem` member (null only when it could not be loaded), so fragments over the union merge.', resolve: ({ show }) => show.images ?? [] }),
    languages: t.stringList({ description: 'The languages the show is in, as IETF language tags such as "ko" or "en".', resolve: ({ show }) => show.languages ?? [] }),
    mediaType: t.string({ resolve: ({ show }) => show.media_type, description: 'What the episodes are: "audio", "video" or "mixed".' }),
    totalEpisodes: t.int({ resolve: ({ show }) => clampCount(show.total_episodes), description: `How many episodes the show has (the same as \`episodes.totalCount\`, without loading any). ${clampedNote}` }),
    spotifyUrl: t.string({ nullable: true, description: spotifyUrlField('show'), resolve: ({ show }) => show.external_urls?.spotify ?? null }),
    uri: t.string({ resolve: ({ show }) => show.uri, description: spotifyUriField('show') }),
    episodes: t.connection(
      {
        // Nullable: a failed call to Spotify fails this list alone, never its parent.
        nullable: true,
        extensions: perPageItem,
        type: CatalogRef.episode,
        description: "The show's episodes, newest first, in pages of up to 50. The first 50 arrive with a show asked for by id; each later 50 costs one more call to Spotify.",
        resolve: (model, args, ctx) => {
          const { show } = model;
          return resolveConnection(
            args,
            {
              pageSize: ctx.spotify.pageSize('show-episodes', ctx.spotify.capabilities.showEpisodesPageSize),
              firstPage: isFull('show', show) ? show.episodes : undefined,
              fetchPage: (offset, limit) => ctx.spotify.showEpisodes(show.id, { offset, limit, market: model.market }),
            },
            // A show's episode list names no show: the episode learns it from here.
            (episode) => ({ episode, market: model.market, show }),
          );
        },
      },
      {
        name: 'ShowEpisodesConnection',
        description: connectionType("a show's episodes", 'Pages hold up to 50 episodes.'),
        fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `How many episodes the show has in all. ${clampedNote}` }) }),
      },
      { name: 'ShowEpisodesEdge', description: edgeType('episode') },
    ),
  }),
});

builder.queryFields((t) => ({
  show: t.field({
    type: CatalogRef.show,
    nullable: true,
    description: 'One podcast by its Spotify id; null when Spotify has no show with that id (or none available in `market`).',
    args: {
      id: t.arg.id({ required: true, description: spotifyIdArgument('show') }),
      market: t.arg.string({ description: marketArgument('only a show available in that country is returned') }),
    },
    resolve: async (_root, args, ctx) => {
      const inMarket = market(args.market);
      const show = await ctx.spotify.show(spotifyId(String(args.id)), inMarket);
      return show && { show, market: inMarket };
    },
  }),
}));
