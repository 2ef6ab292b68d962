import type { GatewayContext } from '../context.js';
import type { PrivateUser } from '../spotify/user/types.js';
import { clampCount, clampedNote } from './counts.js';
import { builder } from './builder.js';
import { ImageRef } from './refs.js';
import { requireSignedIn } from './user-arguments.js';
import { CurrentUserRef } from './user-refs.js';
import { userScoped } from './user-scoped.js';

/** The user's profile (GET /me), asked once per request however many of its fields are selected. */
const profile = (ctx: GatewayContext): Promise<PrivateUser> => ctx.spotify.user.profile();

const devModeProfileNote =
  'Null when Spotify does not send it: since 2026 it no longer does to apps in Development Mode, nor when the user did not grant the scope it needs.';

CurrentUserRef.implement({
  description:
    "The signed-in user: the owner of the access token the request carries (`Authorization: Bearer <token>`). Every field is read from Spotify with that token and is never cached or shared with another user. A field whose scope the user did not grant fails alone with FORBIDDEN, naming the scope (`extensions.scopes`).",
  fields: (t) => ({
    id: t.id({ description: "The user's Spotify user id (as in open.spotify.com/user/<id>).", resolve: async (_me, _args, ctx) => (await profile(ctx)).id }),
    displayName: t.string({
      nullable: true,
      description: 'The name on the user\'s profile; null when they have none.',
      resolve: async (_me, _args, ctx) => (await profile(ctx)).display_name ?? null,
    }),
    email: t.string({
      nullable: true,
      description: `The email address of the account, unverified (scope user-read-email). ${devModeProfileNote}`,
      resolve: async (_me, _args, ctx) => (await profile(ctx)).email ?? null,
    }),
    country: t.string({
      nullable: true,
      description: `The country of the account, as an ISO 3166-1 alpha-2 code (scope user-read-private). ${devModeProfileNote}`,
      resolve: async (_me, _args, ctx) => (await profile(ctx)).country ?? null,
    }),
    product: t.string({
      nullable: true,
      description: `The subscription: "premium", "free" (or "open", the same as free) (scope user-read-private). ${devModeProfileNote}`,
      resolve: async (_me, _args, ctx) => (await profile(ctx)).product ?? null,
    }),
    followers: t.int({
      nullable: true,
      description: `How many people follow the user. ${clampedNote} ${devModeProfileNote}`,
      resolve: async (_me, _args, ctx) => clampCount((await profile(ctx)).followers?.total),
    }),
    images: t.field({
      type: [ImageRef],
      description: "The user's profile pictures, widest first; empty for the default avatar.",
      resolve: async (_me, _args, ctx) => (await profile(ctx)).images ?? [],
    }),
    spotifyUrl: t.string({
      nullable: true,
      description: "A link to the user's profile on open.spotify.com; null when Spotify gives none.",
      resolve: async (_me, _args, ctx) => (await profile(ctx)).external_urls?.spotify ?? null,
    }),
    uri: t.string({
      description: 'The Spotify URI of the user (spotify:user:<id>).',
      resolve: async (_me, _args, ctx) => {
        const me = await profile(ctx);
        return me.uri ?? `spotify:user:${me.id}`;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  me: t.field({
    type: CurrentUserRef,
    nullable: true,
    extensions: userScoped,
    description:
      'The signed-in user (their profile, library, follows, top lists and listening history), for a request carrying the user\'s Spotify access token as `Authorization: Bearer <token>`. Without one it is null with an UNAUTHENTICATED error, and the catalog fields beside it answer as usual. Signing in (Authorization Code with PKCE) is the frontend\'s part: the gateway only passes the token on.',
    resolve: (_root, _args, ctx) => {
      requireSignedIn(ctx);
      return { signedIn: true } as const;
    },
  }),
}));
