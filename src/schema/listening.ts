import type { TimeRange } from '../spotify/user/endpoints.js';
import type { PlayHistory } from '../spotify/user/types.js';
import { clampedNote } from './counts.js';
import { builder } from './builder.js';
import { perPageItem } from './cost.js';
import { connectionType } from './descriptions.js';
import { CatalogRef } from './catalog-kinds.js';
import { cursorCodec, forwardConnection, planForward } from './user-connection.js';
import { userListConnection } from './user-connection.js';
import { CurrentUserRef, PlayContextRef, TimeRangeEnum } from './user-refs.js';

// What the user listens to: top artists and tracks over a time range (scope user-top-read),
// and the recently played tracks (scope user-read-recently-played).

/** recentlyPlayed's cursors hold a play's time in epoch milliseconds: Spotify's `before`. */
const playedCursor = cursorCodec('played-at', /^\d{1,15}$/);

PlayContextRef.implement({
  description: 'Where a track was played from: an album, an artist, a playlist or a show.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'What kind of thing it is: "album", "artist", "playlist" or "show".' }),
    uri: t.exposeString('uri', { description: 'Its Spotify URI, e.g. spotify:album:<id>.' }),
    spotifyUrl: t.string({ nullable: true, description: 'A link to it on open.spotify.com; null when Spotify gives none.', resolve: (c) => c.external_urls?.spotify ?? null }),
  }),
});

const timeRangeArgument = 'Over what time the affinities are computed (Spotify\'s time_range).';

builder.objectFields(CurrentUserRef, (t) => ({
  topArtists: t.connection(
    {
      type: CatalogRef.artist,
      nullable: true,
      extensions: perPageItem,
      description: "The artists the user listens to most, by Spotify's affinity, in pages of up to 50 (scope user-top-read).",
      args: { timeRange: t.arg({ type: TimeRangeEnum, defaultValue: 'medium_term', required: true, description: timeRangeArgument }) },
      resolve: (_me, args, ctx) =>
        userListConnection(ctx, 'me-top-artists', args, (offset, limit) => ctx.spotify.user.topArtists(args.timeRange as TimeRange, { offset, limit }), (artist) => ({ node: artist })),
    },
    {
      name: 'TopArtistsConnection',
      description: connectionType("the user's top artists", 'Pages hold up to 50.'),
      fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `How many top artists Spotify has for the user over this time range. ${clampedNote}` }) }),
    },
    { name: 'TopArtistsEdge', description: 'One of the user\'s top artists, with the cursor of its place in the list.' },
  ),
  topTracks: t.connection(
    {
      type: CatalogRef.track,
      nullable: true,
      extensions: perPageItem,
      description: "The tracks the user listens to most, by Spotify's affinity, in pages of up to 50 (scope user-top-read).",
      args: { timeRange: t.arg({ type: TimeRangeEnum, defaultValue: 'medium_term', required: true, description: timeRangeArgument }) },
      resolve: (_me, args, ctx) =>
        userListConnection(ctx, 'me-top-tracks', args, (offset, limit) => ctx.spotify.user.topTracks(args.timeRange as TimeRange, { offset, limit }), (track) => ({ node: { track } })),
    },
    {
      name: 'TopTracksConnection',
      description: connectionType("the user's top tracks", 'Pages hold up to 50.'),
      fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `How many top tracks Spotify has for the user over this time range. ${clampedNote}` }) }),
    },
    { name: 'TopTracksEdge', description: 'One of the user\'s top tracks, with the cursor of its place in the list.' },
  ),
  recentlyPlayed: t.connection(
    {
      type: CatalogRef.track,
      nullable: true,
      extensions: perPageItem,
      description:
        'The tracks the user played lately, newest first, in pages of up to 50 (scope user-read-recently-played). Each next page (`after: endCursor`) walks back in time. Spotify pages this list by time, not position: there is no `last` or `before`, no going back to a newer page but from the start, and no total count.',
      resolve: async (_me, args, ctx) => {
        const { first, after } = planForward(args, 'recentlyPlayed');
        const before = after === undefined ? undefined : Number(playedCursor.decode(after));
        const page = await ctx.spotify.user.recentlyPlayed(Math.max(1, first), before);
        return forwardConnection(
          page,
          first,
          after,
          (play: PlayHistory) => playedCursor.encode(String(Date.parse(play.played_at))),
          (play: PlayHistory) => (play.track ? { node: { track: play.track }, playedAt: play.played_at, context: play.context ?? null } : null),
          // Older plays are asked for with `before`: Spotify's `cursors.before` is the page's oldest play.
          playedCursor.encodeSpotify(page.cursors?.before),
        );
      },
    },
    {
      name: 'RecentlyPlayedConnection',
      description: 'One page of the tracks the user played lately, newest first, as a Relay cursor connection. For the next (older) page pass `pageInfo.endCursor` as `after`.',
    },
    {
      name: 'RecentlyPlayedEdge',
      description: 'One play: the track, when it was played and where from.',
      fields: (e) => ({
        playedAt: e.string({ description: 'When the track was played, as an ISO 8601 date-time in UTC (with milliseconds).', resolve: (edge) => (edge as unknown as { playedAt: string }).playedAt }),
        context: e.field({
          type: PlayContextRef,
          nullable: true,
          description: 'What the track was played from (an album, a playlist, …); null when Spotify does not say.',
          resolve: (edge) => (edge as unknown as { context: PlayHistory['context'] }).context,
        }),
      }),
    },
  ),
}));
