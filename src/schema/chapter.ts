import { market, spotifyId } from './arguments.js';
import { clampCount, clampedNote } from './counts.js';
import { builder } from './builder.js';
import { audiobookMarkets, marketArgument, spotifyIdArgument, spotifyUrlField } from './descriptions.js';
import { ReleaseDatePrecisionEnum, releaseDatePrecision } from './enums.js';
import { CatalogRef } from './catalog-kinds.js';
import { isFull } from '../spotify/catalog/kinds.js';
import { ImageRef } from './refs.js';

CatalogRef.chapter.implement({
  description: `One chapter of an audiobook. Find one with \`chapter(id:)\` or in an audiobook's \`chapters\`. ${audiobookMarkets}`,
  fields: (t) => ({
    id: t.id({ resolve: ({ chapter }) => chapter.id, description: "Spotify's id for the chapter: 22 letters and digits. Pass it to the `chapter(id:)` query." }),
    name: t.string({ resolve: ({ chapter }) => chapter.name, description: "The chapter's title." }),
    chapterNumber: t.int({ resolve: ({ chapter }) => chapter.chapter_number, description: 'The chapter\'s number in its book, as Spotify numbers them (from 0 for the first).' }),
    description: t.string({ nullable: true, resolve: ({ chapter }) => chapter.description ?? null, description: "The chapter's description as plain text (Spotify strips its HTML). Null when Spotify sends none; nullable on every `CatalogItem` member, so fragments over the union merge." }),
    durationMs: t.int({ resolve: ({ chapter }) => clampCount(chapter.duration_ms), description: `How long the chapter plays, in milliseconds. ${clampedNote}` }),
    explicit: t.boolean({ resolve: ({ chapter }) => chapter.explicit, description: 'True when Spotify marks the chapter explicit; false when it does not (which may also mean unknown).' }),
    releaseDate: t.string({
      nullable: true,
      description: 'When it was published, as precisely as Spotify knows: "2024", "2024-05" or "2024-05-01" (see `releaseDatePrecision`). Null when Spotify does not know.',
      resolve: ({ chapter }) => chapter.release_date || null,
    }),
    releaseDatePrecision: t.field({
      type: ReleaseDatePrecisionEnum,
      nullable: true,
      description: 'How precise `releaseDate` is: YEAR, MONTH or DAY. Null when Spotify does not say.',
      resolve: ({ chapter }) => releaseDatePrecision(chapter.release_date_precision),
    }),
    images: t.field({ type: [ImageRef], nullable: true, description: "The chapter's cover in the sizes Spotify has, widest first (usually the book's); empty when there is none. Nullable on every `CatalogItem` member (null only when it could not be loaded), so fragments over the union merge.", resolve: ({ chapter }) => chapter.images ?? [] }),
    audiobook: t.field({
      type: CatalogRef.audiobook,
      // May load the full chapter: if that fails, this field alone is null (with its error).
      nullable: true,
      description: "The audiobook the chapter belongs to. Known at no cost for a chapter asked for by id or from an audiobook's list.",
      resolve: async (model, _args, ctx) => {
        const audiobook =
          model.audiobook ?? (isFull('chapter', model.chapter) ? model.chapter.audiobook : (await ctx.spotify.chapter(model.chapter.id, model.market))?.audiobook);
        return audiobook ? { audiobook, market: model.market } : null;
      },
    }),
    spotifyUrl: t.string({ nullable: true, description: spotifyUrlField('chapter'), resolve: ({ chapter }) => chapter.external_urls?.spotify ?? null }),
    uri: t.string({
      resolve: ({ chapter }) => chapter.uri,
      description: 'The Spotify URI, which opens the chapter in the Spotify apps. Spotify gives chapters an episode URI (spotify:episode:<id>); `lookup` takes it.',
    }),
  }),
});

builder.queryFields((t) => ({
  chapter: t.field({
    type: CatalogRef.chapter,
    nullable: true,
    description: `One audiobook chapter by its Spotify id; null when Spotify has no chapter with that id, or does not sell its book in \`market\`. ${audiobookMarkets}`,
    args: {
      id: t.arg.id({ required: true, description: spotifyIdArgument('chapter') }),
      market: t.arg.string({ description: marketArgument('only a chapter sold in that country is returned') }),
    },
    resolve: async (_root, args, ctx) => {
      const inMarket = market(args.market);
      const chapter = await ctx.spotify.chapter(spotifyId(String(args.id)), inMarket);
      return chapter && { chapter, market: inMarket };
    },
  }),
}));
