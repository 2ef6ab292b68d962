import { isSpotifyId } from '../spotify/catalog/ids.js';
import type { PlaylistDetails } from '../spotify/user/endpoints.js';
import { clampedNote } from './counts.js';
import { builder } from './builder.js';
import { perPageItem } from './cost.js';
import { connectionType } from './descriptions.js';
import { badUserInput } from './errors.js';
import { checkedLinks, MAX_PLAYLIST_LINKS, requireSignedIn } from './user-arguments.js';
import { userListConnection } from './user-connection.js';
import { CatalogRef } from './catalog-kinds.js';
import { CurrentUserRef } from './user-refs.js';

// The user's playlists: listed (GET /me/playlists), created, their details changed, items
// added and removed. A playlist is the user's to change when they own it (or collaborate on
// it, for its items); Spotify answers FORBIDDEN otherwise.

/** Spotify's limit on a playlist's name is not published; this keeps one request reasonable. */
const MAX_NAME = 200;
const MAX_DESCRIPTION = 300;

function playlistId(value: string | number): string {
  const id = String(value);
  if (!isSpotifyId(id)) throw badUserInput(`"playlistId" must be a Spotify id (22 letters and digits), got "${id.slice(0, 40)}"`);
  return id;
}

/** The details as Spotify takes them, checked: a collaborative playlist cannot be public. */
function details(args: { name?: string | null; description?: string | null; public?: boolean | null; collaborative?: boolean | null }): PlaylistDetails {
  const out: PlaylistDetails = {};
  if (args.name != null) {
    if (args.name.trim() === '' || args.name.length > MAX_NAME) throw badUserInput(`"name" must be 1 to ${MAX_NAME} characters`);
    out.name = args.name;
  }
  if (args.description != null) {
    if (args.description.length > MAX_DESCRIPTION) throw badUserInput(`"description" takes at most ${MAX_DESCRIPTION} characters`);
    out.description = args.description;
  }
  if (args.public != null) out.public = args.public;
  if (args.collaborative != null) out.collaborative = args.collaborative;
  if (out.collaborative && out.public) throw badUserInput('A collaborative playlist cannot be public: pass "public: false"');
  return out;
}

const playlistIdDescription = "The playlist's Spotify id (22 letters and digits). A malformed id is a BAD_USER_INPUT error and costs no call.";
const itemLinksDescription = `Spotify URIs or open.spotify.com links of tracks or episodes, at most ${MAX_PLAYLIST_LINKS} (Spotify's limit per call).`;

builder.objectFields(CurrentUserRef, (t) => ({
  playlists: t.connection(
    {
      type: CatalogRef.playlist,
      nullable: true,
      extensions: perPageItem,
      description: 'The playlists the user owns or follows, in pages of up to 50 (one call each; scope playlist-read-private, and playlist-read-collaborative for collaborative ones).',
      resolve: (_me, args, ctx) => userListConnection(ctx, 'me-playlists', args, (offset, limit) => ctx.spotify.user.playlists({ offset, limit }), (playlist) => ({ node: { playlist } })),
    },
    {
      name: 'MyPlaylistsConnection',
      description: connectionType("the user's playlists", 'Pages hold up to 50.'),
      fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `How many playlists the user owns or follows in all. ${clampedNote}` }) }),
    },
    { name: 'MyPlaylistsEdge', description: 'One of the user\'s playlists, with the cursor of its place in the list.' },
  ),
}));

builder.mutationFields((t) => ({
  createPlaylist: t.field({
    type: CatalogRef.playlist,
    nullable: true,
    description:
      'Creates an empty playlist owned by the signed-in user (scope playlist-modify-public for a public one, playlist-modify-private for a private one, both for a collaborative one). Public unless `public: false`; a collaborative playlist is private. Sent once, never retried: a failure after Spotify may have received it is reported, not repeated.',
    args: {
      name: t.arg.string({ required: true, description: `The new playlist's name (1 to ${MAX_NAME} characters).` }),
      description: t.arg.string({ description: 'Its description.' }),
      public: t.arg.boolean({ description: "Whether it shows on the user's profile (default true, or false when collaborative)." }),
      collaborative: t.arg.boolean({ description: 'Whether users the owner invites may change its items (default false).' }),
    },
    resolve: async (_root, args, ctx) => {
      const checked = details(args);
      if (checked.collaborative && checked.public === undefined) checked.public = false;
      requireSignedIn(ctx);
      const playlist = await ctx.spotify.user.createPlaylist({ ...checked, name: args.name });
      return playlist && { playlist };
    },
  }),
  addPlaylistItems: t.string({
    nullable: true,
    description:
      "Adds tracks or episodes to a playlist the user owns or collaborates on, at `position` (from 0) or at the end; returns the playlist's new snapshotId. Sent once, never retried (adding twice would add the items twice).",
    args: {
      playlistId: t.arg.id({ required: true, description: playlistIdDescription }),
      links: t.arg.stringList({ required: true, description: itemLinksDescription }),
      position: t.arg.int({ description: 'Where to insert the items, from 0; at the end when left out.' }),
    },
    resolve: async (_root, args, ctx) => {
      const id = playlistId(args.playlistId);
      const uris = checkedLinks(args.links, ['track', 'episode'], MAX_PLAYLIST_LINKS).map((link) => link.uri);
      if (args.position != null && (!Number.isInteger(args.position) || args.position < 0)) throw badUserInput('"position" must be a whole number from 0');
      requireSignedIn(ctx);
      return ctx.spotify.user.addPlaylistItems(id, uris, args.position ?? undefined);
    },
  }),
  removePlaylistItems: t.string({
    nullable: true,
    description:
      "Removes every occurrence of these tracks or episodes from a playlist the user owns or collaborates on; returns the playlist's new snapshotId. With `snapshotId` Spotify removes them as they stood in that version.",
    args: {
      playlistId: t.arg.id({ required: true, description: playlistIdDescription }),
      links: t.arg.stringList({ required: true, description: itemLinksDescription }),
      snapshotId: t.arg.string({ description: 'The version of the playlist the removal is meant against (a snapshotId seen before).' }),
    },
    resolve: async (_root, args, ctx) => {
      const id = playlistId(args.playlistId);
      const uris = checkedLinks(args.links, ['track', 'episode'], MAX_PLAYLIST_LINKS).map((link) => link.uri);
      requireSignedIn(ctx);
      return ctx.spotify.user.removePlaylistItems(id, uris, args.snapshotId ?? undefined);
    },
  }),
  updatePlaylistDetails: t.boolean({
    nullable: true,
    description: "Changes a playlist's name, description, visibility or collaboration (owner only; scope playlist-modify-public or playlist-modify-private, as the playlist is). True once changed.",
    args: {
      playlistId: t.arg.id({ required: true, description: playlistIdDescription }),
      name: t.arg.string({ description: `A new name (1 to ${MAX_NAME} characters).` }),
      description: t.arg.string({ description: 'A new description.' }),
      public: t.arg.boolean({ description: "Whether it shows on the owner's profile." }),
      collaborative: t.arg.boolean({ description: 'Whether invited users may change its items (only for a private playlist).' }),
    },
    resolve: async (_root, args, ctx) => {
      const id = playlistId(args.playlistId);
      const checked = details(args);
      if (Object.keys(checked).length === 0) throw badUserInput('Pass at least one of "name", "description", "public" or "collaborative"');
      requireSignedIn(ctx);
      await ctx.spotify.user.updatePlaylistDetails(id, checked);
      return true;
    },
  }),
}));
