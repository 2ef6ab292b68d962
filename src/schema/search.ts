import type { GatewayContext } from '../context.js';
import type {
  FullArtist,
  FullTrack,
  SearchItems,
  SearchType,
  SimplifiedAlbum,
  SimplifiedAudiobook,
  SimplifiedEpisode,
  SimplifiedPlaylist,
  SimplifiedShow,
} from '../spotify/catalog/types.js';
import { audiobookMarkets } from './audiobook.js';
import { market } from './arguments.js';
import { clampedNote } from './counts.js';
import { builder } from './builder.js';
import { perPageItem } from './cost.js';
import { connectionType, edgeType, marketArgument } from './descriptions.js';
import { badUserInput } from './errors.js';
import type { ConnectionArgs } from './connection.js';
import { resolveConnection } from './connection.js';
import { AlbumRef, ArtistRef, AudiobookRef, EpisodeRef, PlaylistRef, SearchResultsRef, ShowRef, TrackRef, type SearchModel } from './refs.js';

/** Spotify's search `q` is free text; anything longer than this is not a real query. */
const MAX_QUERY_LENGTH = 256;

/** Said of every kind of search result. */
const searchPaging =
  'Pages hold up to 50; Spotify serves Development Mode apps 10 results per call, so there a page of 50 takes five calls and answers more slowly.';

/**
 * One kind of search result as a connection. The same window for several kinds is one call.
 * Null and malformed items Spotify leaves in a page never reach it (the decoder cuts them).
 */
function searchConnection<K extends SearchType, N>(
  type: K,
  search: SearchModel,
  args: ConnectionArgs,
  ctx: GatewayContext,
  toNode: (item: SearchItems[K]) => N,
) {
  const { capabilities } = ctx.spotify;
  return resolveConnection<SearchItems[K], N>(
    args,
    {
      pageSize: ctx.spotify.pageSize('search', capabilities.searchPageSize),
      // Spotify's search offset stops at 1000: the connection ends there.
      reachable: capabilities.searchMaxOffset,
      fetchPage: (offset, limit) => ctx.spotify.searchPage({ q: search.query, market: search.market, offset, limit, type }),
    },
    toNode,
  );
}

SearchResultsRef.implement({
  description: 'What a search matched, one cursor connection per kind, best match first. Ask only for the kinds you show: each kind is fetched only when asked for, and kinds asked with the same page window share one call to Spotify.',
  fields: (t) => ({
    artists: t.connection(
      {
        // Nullable: a failed call to Spotify fails this list alone, never its parent.
        nullable: true,
        extensions: perPageItem,
        type: ArtistRef,
        description: `Artists matching the query. ${searchPaging}`,
        resolve: (search, args, ctx) => searchConnection('artist', search, args, ctx, (artist: FullArtist) => artist),
      },
      {
        name: 'ArtistSearchConnection',
        description: connectionType('artists matching a search', 'Paging stops at the first 1000 results (Spotify\'s limit).'),
        fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `Spotify's estimate of how many artists match; only the first 1000 can be paged to. ${clampedNote}` }) }),
      },
      { name: 'ArtistSearchEdge', description: edgeType('artist') },
    ),
    albums: t.connection(
      {
        // Nullable: a failed call to Spotify fails this list alone, never its parent.
        nullable: true,
        extensions: perPageItem,
        type: AlbumRef,
        description: `Albums, singles and compilations matching the query. ${searchPaging}`,
        resolve: (search, args, ctx) =>
          searchConnection('album', search, args, ctx, (album: SimplifiedAlbum) => ({ album, market: search.market })),
      },
      {
        name: 'AlbumSearchConnection',
        description: connectionType('albums matching a search', 'Paging stops at the first 1000 results (Spotify\'s limit).'),
        fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `Spotify's estimate of how many albums match; only the first 1000 can be paged to. ${clampedNote}` }) }),
      },
      { name: 'AlbumSearchEdge', description: edgeType('album') },
    ),
    tracks: t.connection(
      {
        // Nullable: a failed call to Spotify fails this list alone, never its parent.
        nullable: true,
        extensions: perPageItem,
        type: TrackRef,
        description: `Tracks matching the query. ${searchPaging}`,
        resolve: (search, args, ctx) =>
          searchConnection('track', search, args, ctx, (track: FullTrack) => ({ track, market: search.market })),
      },
      {
        name: 'TrackSearchConnection',
        description: connectionType('tracks matching a search', 'Paging stops at the first 1000 results (Spotify\'s limit).'),
        fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `Spotify's estimate of how many tracks match; only the first 1000 can be paged to. ${clampedNote}` }) }),
      },
      { name: 'TrackSearchEdge', description: edgeType('track') },
    ),
    playlists: t.connection(
      {
        // Nullable: a failed call to Spotify fails this list alone, never its parent.
        nullable: true,
        extensions: perPageItem,
        type: PlaylistRef,
        description: `Public playlists matching the query. ${searchPaging} A playlist's \`items\` follow Spotify's owner rule (see Playlist.items).`,
        resolve: (search, args, ctx) =>
          searchConnection('playlist', search, args, ctx, (playlist: SimplifiedPlaylist) => ({ playlist, market: search.market })),
      },
      {
        name: 'PlaylistSearchConnection',
        description: connectionType('playlists matching a search', 'Paging stops at the first 1000 results (Spotify\'s limit).'),
        fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `Spotify's estimate of how many playlists match; only the first 1000 can be paged to. ${clampedNote}` }) }),
      },
      { name: 'PlaylistSearchEdge', description: edgeType('playlist') },
    ),
    shows: t.connection(
      {
        // Nullable: a failed call to Spotify fails this list alone, never its parent.
        nullable: true,
        extensions: perPageItem,
        type: ShowRef,
        description: `Podcasts matching the query. ${searchPaging}`,
        resolve: (search, args, ctx) => searchConnection('show', search, args, ctx, (show: SimplifiedShow) => ({ show, market: search.market })),
      },
      {
        name: 'ShowSearchConnection',
        description: connectionType('podcasts matching a search', 'Paging stops at the first 1000 results (Spotify\'s limit).'),
        fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `Spotify's estimate of how many shows match; only the first 1000 can be paged to. ${clampedNote}` }) }),
      },
      { name: 'ShowSearchEdge', description: edgeType('show') },
    ),
    episodes: t.connection(
      {
        // Nullable: a failed call to Spotify fails this list alone, never its parent.
        nullable: true,
        extensions: perPageItem,
        type: EpisodeRef,
        description: `Podcast episodes matching the query. ${searchPaging} An episode's \`show\` loads the full episode (once per request).`,
        resolve: (search, args, ctx) =>
          searchConnection('episode', search, args, ctx, (episode: SimplifiedEpisode) => ({ episode, market: search.market })),
      },
      {
        name: 'EpisodeSearchConnection',
        description: connectionType('podcast episodes matching a search', 'Paging stops at the first 1000 results (Spotify\'s limit).'),
        fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `Spotify's estimate of how many episodes match; only the first 1000 can be paged to. ${clampedNote}` }) }),
      },
      { name: 'EpisodeSearchEdge', description: edgeType('episode') },
    ),
    audiobooks: t.connection(
      {
        // Nullable: a failed call to Spotify fails this list alone, never its parent.
        nullable: true,
        extensions: perPageItem,
        type: AudiobookRef,
        description: `Audiobooks matching the query. ${searchPaging} ${audiobookMarkets} Without a market Spotify judges by the app, so an empty answer may mean no audiobooks where the app is, not no match.`,
        resolve: (search, args, ctx) =>
          searchConnection('audiobook', search, args, ctx, (audiobook: SimplifiedAudiobook) => ({ audiobook, market: search.market })),
      },
      {
        name: 'AudiobookSearchConnection',
        description: connectionType('audiobooks matching a search', 'Paging stops at the first 1000 results (Spotify\'s limit).'),
        fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `Spotify's estimate of how many audiobooks match (0 where Spotify sells none); only the first 1000 can be paged to. ${clampedNote}` }) }),
      },
      { name: 'AudiobookSearchEdge', description: edgeType('audiobook') },
    ),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: SearchResultsRef,
    // Nullable: an empty query or a malformed market fails this field alone, never its siblings.
    nullable: true,
    description:
      'Searches Spotify\'s catalog, as the search box of the Spotify apps does. Pick the kinds of result you want inside: `search(query: "BTS") { artists(first: 5) { … } }`. Null (with BAD_USER_INPUT) when the query is empty or too long or the market is malformed; the query\'s other fields still answer.',
    args: {
      query: t.arg.string({
        required: true,
        description: `What to look for, e.g. "BTS" (1 to ${MAX_QUERY_LENGTH} characters). Spotify\'s filters work too: "artist:", "album:", "track:", "year:1990-1999", "genre:".`,
      }),
      market: t.arg.string({ description: marketArgument('only results available in that country are returned') }),
    },
    resolve: (_root, args) => {
      const query = args.query.trim();
      if (query === '') throw badUserInput('"query" must not be empty');
      if (query.length > MAX_QUERY_LENGTH) throw badUserInput(`"query" is longer than ${MAX_QUERY_LENGTH} characters`);
      return { query, market: market(args.market) };
    },
  }),
}));
