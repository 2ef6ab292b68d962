import type { GatewayContext } from '../context.js';
import { market, spotifyId } from './arguments.js';
import { clampCount, clampedNote } from './counts.js';
import { builder } from './builder.js';
import { resolveConnection } from './connection.js';
import { perPageItem } from './cost.js';
import { audiobookMarkets, connectionType, devModeNote, edgeType, marketArgument, spotifyIdArgument, spotifyIdField, spotifyUriField, spotifyUrlField } from './descriptions.js';
import { CatalogRef, type KindModel } from './catalog-kinds.js';
import { isFull } from '../spotify/catalog/kinds.js';
import { ImageRef } from './refs.js';

/** An author or narrator Spotify sends without a name is no one to list. */
function namesOf(people: readonly { name?: string }[] | undefined): string[] {
  return (people ?? []).flatMap((person) => (person.name === undefined ? [] : [person.name]));
}

async function loadedAudiobook(model: KindModel['audiobook'], ctx: GatewayContext) {
  return isFull('audiobook', model.audiobook) ? model.audiobook : ctx.spotify.audiobook(model.audiobook.id, model.market);
}

CatalogRef.audiobook.implement({
  description: `An audiobook on Spotify, with its chapters. Find one with \`audiobook(id:)\`, \`lookup(link:)\`, through \`search\` or on a chapter. ${audiobookMarkets}`,
  fields: (t) => ({
    id: t.id({ resolve: ({ audiobook }) => audiobook.id, description: spotifyIdField('audiobook') }),
    name: t.string({ resolve: ({ audiobook }) => audiobook.name, description: "The book's title." }),
    authors: t.stringList({ resolve: ({ audiobook }) => namesOf(audiobook.authors), description: "The book's authors, in Spotify's order." }),
    narrators: t.stringList({ resolve: ({ audiobook }) => namesOf(audiobook.narrators), description: 'Who reads the book, in Spotify\'s order.' }),
    publisher: t.string({
      nullable: true,
      description: `Who publishes the audiobook. ${devModeNote}`,
      resolve: async (model, _args, ctx) => {
        if (model.audiobook.publisher !== undefined || !ctx.spotify.capabilities.deprecatedFields) return model.audiobook.publisher ?? null;
        return (await loadedAudiobook(model, ctx))?.publisher ?? null;
      },
    }),
    description: t.string({ nullable: true, resolve: ({ audiobook }) => audiobook.description ?? null, description: "The book's description as plain text (Spotify strips its HTML). Null when Spotify sends none; nullable on every `CatalogItem` member, so fragments over the union merge." }),
    edition: t.string({ nullable: true, resolve: ({ audiobook }) => audiobook.edition || null, description: 'The edition, e.g. "Unabridged"; null when Spotify does not say.' }),
    explicit: t.boolean({ resolve: ({ audiobook }) => audiobook.explicit, description: 'True when Spotify marks the book explicit; false when it does not (which may also mean unknown).' }),
    images: t.field({ type: [ImageRef], nullable: true, description: 'Cover art in the sizes Spotify has, widest first (often 640, 300 and 64 pixels); empty when there is none. Nullable on every `CatalogItem` member (null only when it could not be loaded), so fragments over the union merge.', resolve: ({ audiobook }) => audiobook.images ?? [] }),
    languages: t.stringList({ description: 'The languages the book is read in, as IETF language tags such as "en".', resolve: ({ audiobook }) => audiobook.languages ?? [] }),
    mediaType: t.string({ resolve: ({ audiobook }) => audiobook.media_type, description: 'What the chapters are, as Spotify says: usually "audio".' }),
    totalChapters: t.int({ resolve: ({ audiobook }) => clampCount(audiobook.total_chapters), description: `How many chapters the book has (the same as \`chapters.totalCount\`, without loading any). ${clampedNote}` }),
    spotifyUrl: t.string({ nullable: true, description: spotifyUrlField('audiobook'), resolve: ({ audiobook }) => audiobook.external_urls?.spotify ?? null }),
    uri: t.string({
      resolve: ({ audiobook }) => audiobook.uri,
      description: 'The Spotify URI, which opens the audiobook in the Spotify apps. Spotify often gives audiobooks a show URI (spotify:show:<id>); `lookup` takes either form.',
    }),
    chapters: t.connection(
      {
        // Nullable: a failed call to Spotify fails this list alone, never its parent.
        nullable: true,
        extensions: perPageItem,
        type: CatalogRef.chapter,
        description: "The book's chapters in reading order, in pages of up to 50. The first 50 arrive with an audiobook asked for by id; each later 50 costs one more call to Spotify.",
        resolve: (model, args, ctx) => {
          const { audiobook } = model;
          return resolveConnection(
            args,
            {
              pageSize: ctx.spotify.pageSize('audiobook-chapters', ctx.spotify.capabilities.audiobookChaptersPageSize),
              firstPage: isFull('audiobook', audiobook) ? audiobook.chapters : undefined,
              fetchPage: (offset, limit) => ctx.spotify.audiobookChapters(audiobook.id, { offset, limit, market: model.market }),
            },
            // An audiobook's chapter list names no audiobook: the chapter learns it from here.
            (chapter) => ({ chapter, market: model.market, audiobook }),
          );
        },
      },
      {
        name: 'AudiobookChaptersConnection',
        description: connectionType("an audiobook's chapters", 'Pages hold up to 50 chapters.'),
        fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `How many chapters the book has in all. ${clampedNote}` }) }),
      },
      { name: 'AudiobookChaptersEdge', description: edgeType('chapter') },
    ),
  }),
});

builder.queryFields((t) => ({
  audiobook: t.field({
    type: CatalogRef.audiobook,
    nullable: true,
    description: `One audiobook by its Spotify id; null when Spotify has no audiobook with that id, or does not sell it in \`market\`. ${audiobookMarkets}`,
    args: {
      id: t.arg.id({ required: true, description: spotifyIdArgument('audiobook') }),
      market: t.arg.string({ description: marketArgument('only an audiobook sold in that country is returned') }),
    },
    resolve: async (_root, args, ctx) => {
      const inMarket = market(args.market);
      const audiobook = await ctx.spotify.audiobook(spotifyId(String(args.id)), inMarket);
      return audiobook && { audiobook, market: inMarket };
    },
  }),
}));
