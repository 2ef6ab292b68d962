import type { GatewayContext } from '../context.js';
import type { KindFull } from '../spotify/catalog/kinds.js';
import { clampedNote } from './counts.js';
import { builder } from './builder.js';
import { perPageItem } from './cost.js';
import { checkedIds, MAX_FOLLOW_IDS, requireSignedIn } from './user-arguments.js';
import { cursorCodec, forwardConnection, planForward } from './user-connection.js';
import { CatalogRef } from './catalog-kinds.js';
import { CurrentUserRef } from './user-refs.js';

// The artists the user follows: listed through GET /me/following (Spotify's only listing of
// them, paged by the last artist id seen), followed or unfollowed through /me/library with
// spotify:artist: URIs (Spotify's February 2026 change deprecated /me/following's writes).

/** followedArtists' cursors hold an artist id: Spotify's `after`. */
const artistCursor = cursorCodec('followed-after', /^[0-9A-Za-z]{22}$/);

builder.objectFields(CurrentUserRef, (t) => ({
  followedArtists: t.connection(
    {
      type: CatalogRef.artist,
      nullable: true,
      extensions: perPageItem,
      description:
        'The artists the user follows, in pages of up to 50 (one call each; scope user-follow-read). Spotify pages this list by cursor (the last artist seen), not by position: it pages forward only (`first`/`after`; no `last` or `before`), and a page cannot be reached without walking the ones before it.',
      resolve: async (_me, args, ctx) => {
        const { first, after } = planForward(args, 'followedArtists');
        const page = await ctx.spotify.user.followedArtists(Math.max(1, first), after === undefined ? undefined : artistCursor.decode(after));
        return forwardConnection(
          page,
          first,
          after,
          (artist: KindFull['artist']) => artistCursor.encode(artist.id),
          (artist: KindFull['artist']) => ({ node: artist }),
          // Spotify's `cursors.after` names the last artist of the page, unusable ones included.
          artistCursor.encodeSpotify(page.cursors?.after),
        );
      },
    },
    {
      name: 'FollowedArtistsConnection',
      description: 'One page of the artists the user follows, as a Relay cursor connection. For the next page pass `pageInfo.endCursor` as `after`; there is no paging backwards.',
      fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `How many artists the user follows in all. ${clampedNote}` }) }),
    },
    { name: 'FollowedArtistsEdge', description: 'One followed artist, with the cursor to page on from it.' },
  ),
}));

async function changeFollows(ctx: GatewayContext, values: readonly string[], follow: boolean): Promise<boolean> {
  const ids = checkedIds(values, 'ids', MAX_FOLLOW_IDS);
  requireSignedIn(ctx);
  await (follow ? ctx.spotify.user.followArtists(ids) : ctx.spotify.user.unfollowArtists(ids));
  return true;
}

const idsDescription = `Spotify ids of artists (22 letters and digits), at most ${MAX_FOLLOW_IDS} (Spotify's limit per call). A malformed id is a BAD_USER_INPUT error and costs no call.`;

builder.mutationFields((t) => ({
  followArtists: t.boolean({
    nullable: true,
    description: 'Makes the signed-in user follow these artists (scope user-follow-modify). True once done; following an artist already followed changes nothing.',
    args: { ids: t.arg.idList({ required: true, description: idsDescription }) },
    resolve: (_root, args, ctx) => changeFollows(ctx, args.ids.map(String), true),
  }),
  unfollowArtists: t.boolean({
    nullable: true,
    description: 'Makes the signed-in user stop following these artists (scope user-follow-modify). True once done.',
    args: { ids: t.arg.idList({ required: true, description: idsDescription }) },
    resolve: (_root, args, ctx) => changeFollows(ctx, args.ids.map(String), false),
  }),
}));
