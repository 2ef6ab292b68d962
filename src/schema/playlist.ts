import type { GatewayContext } from '../context.js';
import type { Paging, PlaylistEntry, PlaylistUser } from '../spotify/catalog/types.js';
import { market, spotifyId } from './arguments.js';
import { clampCount, clampedNote } from './counts.js';
import { builder } from './builder.js';
import { resolveConnection, type ConnectionArgs } from './connection.js';
import { perPageItem } from './cost.js';
import { connectionType, marketArgument, spotifyIdArgument, spotifyIdField, spotifyUriField, spotifyUrlField } from './descriptions.js';
import { CatalogRef, type KindModel } from './catalog-kinds.js';
import { isFull } from '../spotify/catalog/kinds.js';
import { ImageRef, PlaylistUserRef } from './refs.js';

/** An edge of a playlist's items: who added the item and when, beside the item itself. */
interface PlaylistEdgeFacts {
  addedAt: string | null;
  addedBy: PlaylistUser | null;
}

/** Who may read a playlist's items, said wherever they are. */
const itemsRule =
  "Since February 2026 Spotify serves a playlist's items only to its owner and its collaborators: for a Spotify app in Development Mode, this field alone fails with FORBIDDEN, saying so, while the playlist's other fields answer, when the request has no signed-in user (then at no cost: the app's own token never gets them) or one who is neither. Signed in as the owner or a collaborator (the user's Spotify access token as `Authorization: Bearer <token>`), the items answer.";

const PlaylistItemUnion = builder.unionType('PlaylistItem', {
  description: 'What a playlist holds at one place: a track or a podcast episode.',
  types: [CatalogRef.track, CatalogRef.episode],
  resolveType: (item) => ('track' in item ? CatalogRef.track : CatalogRef.episode),
});

/**
 * The schema's item at one place of a playlist, or null to skip the place: a local file (a
 * file on the owner's device, with no Spotify id), an entry whose track Spotify no longer has,
 * or an episode in the track-shaped form Spotify sends clients that did not ask for episodes
 * (the gateway always asks, so this is a safeguard).
 */
function playlistNode(entry: PlaylistEntry, inMarket: string | undefined): KindModel['track'] | KindModel['episode'] | null {
  const item = entry.item ?? entry.track;
  if (!item || entry.is_local || ('is_local' in item && item.is_local) || !item.id) return null;
  if (item.type === 'track') return { track: item, market: inMarket };
  if (item.type === 'episode' && 'show' in item && !('album' in item)) return { episode: item, market: inMarket };
  return null;
}

function playlistItems(model: KindModel['playlist'], args: ConnectionArgs, ctx: GatewayContext) {
  const { playlist } = model;
  // A full playlist embeds its first page (when the token may read it); a playlist from a
  // search does not, and its items are asked for directly rather than loading it first.
  const embedded = isFull('playlist', playlist) ? (playlist.items ?? playlist.tracks) : undefined;
  const firstPage: Paging<PlaylistEntry | null> | undefined = embedded && 'offset' in embedded ? embedded : undefined;
  return resolveConnection<PlaylistEntry | null, KindModel['track'] | KindModel['episode'], PlaylistEdgeFacts>(
    args,
    {
      pageSize: ctx.spotify.pageSize('playlist-items', ctx.spotify.capabilities.playlistItemsPageSize),
      firstPage,
      fetchPage: (offset, limit) => ctx.spotify.playlistItems(playlist.id, { offset, limit, market: model.market }),
    },
    (entry) => playlistNode(entry, model.market),
    (entry) => ({ addedAt: entry.added_at ?? null, addedBy: entry.added_by ?? null }),
  );
}

PlaylistUserRef.implement({
  description: "A Spotify user as a playlist names them: its owner, or who added an item. Only the id, the display name and the profile link; a user's other data needs that user to sign in.",
  fields: (t) => ({
    id: t.exposeID('id', { description: "The user's Spotify user id (as in open.spotify.com/user/<id>)." }),
    displayName: t.string({
      nullable: true,
      description: "The name the user shows on Spotify; null when Spotify does not say (it names a playlist's owner, not who added an item).",
      resolve: (user) => user.display_name ?? null,
    }),
    spotifyUrl: t.string({ nullable: true, description: spotifyUrlField("user's profile"), resolve: (user) => user.external_urls?.spotify ?? null }),
  }),
});

CatalogRef.playlist.implement({
  description: "A playlist on Spotify, by a user or by Spotify's editors. Find one with `playlist(id:)`, `lookup(link:)` or through `search`. Its items are a track or an episode each; who may read them is Spotify's rule, see `items`.",
  fields: (t) => ({
    id: t.id({ resolve: ({ playlist }) => playlist.id, description: spotifyIdField('playlist') }),
    name: t.string({ resolve: ({ playlist }) => playlist.name, description: "The playlist's name, as its owner set it." }),
    description: t.string({
      nullable: true,
      description: "The owner's description of the playlist, as Spotify sends it (it may contain HTML entities and links); null when there is none.",
      resolve: ({ playlist }) => playlist.description || null,
    }),
    owner: t.field({ type: PlaylistUserRef, description: 'The user who owns the playlist.', resolve: ({ playlist }) => playlist.owner }),
    public: t.boolean({
      nullable: true,
      description: "True when the playlist is public (on the owner's profile), false when it is not; null when Spotify does not say (it only knows for its owner).",
      resolve: ({ playlist }) => playlist.public ?? null,
    }),
    collaborative: t.boolean({
      description: 'True when users besides the owner may edit it (a collaborative playlist is never public).',
      // Spotify's default: a playlist is collaborative only when its owner makes it so.
      resolve: ({ playlist }) => playlist.collaborative ?? false,
    }),
    images: t.field({
      type: [ImageRef],
      nullable: true,
      description: 'The cover in the sizes Spotify has, widest first (often 640, 300 and 60 pixels, or a single one without sizes); empty when there is none. Nullable on every `CatalogItem` member (null only when it could not be loaded), so fragments over the union merge.',
      resolve: ({ playlist }) => playlist.images ?? [],
    }),
    snapshotId: t.string({
      description: 'The version of the playlist: it changes whenever its items change, so an unchanged snapshotId means unchanged items.',
      resolve: ({ playlist }) => playlist.snapshot_id,
    }),
    totalItems: t.int({
      nullable: true,
      description: "How many items the playlist holds, as Spotify counts them (its list's count, read at no cost); null when Spotify does not say (a full playlist whose items the token may not read).",
      resolve: ({ playlist }) => clampCount((playlist.items ?? playlist.tracks)?.total),
    }),
    followers: t.int({
      // A playlist from a search lacks it and loads the full one: if that fails, this alone is null.
      nullable: true,
      description: `How many users follow the playlist. A playlist from a search loads the full playlist for it (once per request). ${clampedNote}`,
      resolve: async (model, _args, ctx) => {
        const full = isFull('playlist', model.playlist) ? model.playlist : await ctx.spotify.playlist(model.playlist.id, model.market);
        return clampCount(full?.followers?.total);
      },
    }),
    spotifyUrl: t.string({ nullable: true, description: spotifyUrlField('playlist'), resolve: ({ playlist }) => playlist.external_urls?.spotify ?? null }),
    uri: t.string({ resolve: ({ playlist }) => playlist.uri ?? `spotify:playlist:${playlist.id}`, description: spotifyUriField('playlist') }),
    items: t.connection(
      {
        // Nullable: a refused or failed call fails this list alone, never the playlist.
        nullable: true,
        extensions: perPageItem,
        type: PlaylistItemUnion,
        description: `The playlist's tracks and episodes in playlist order, in pages of up to 50 (the first 50 usually arrive with the playlist). ${itemsRule} Local files (on the owner's device, without a Spotify id) and entries whose track Spotify no longer has are skipped but keep their place: cursors are Spotify's positions, so a page may hold fewer edges than asked for, and \`totalCount\` counts them.`,
        resolve: (model, args, ctx) => playlistItems(model, args, ctx),
      },
      {
        name: 'PlaylistItemsConnection',
        description: connectionType("a playlist's items", 'Pages hold up to 50 items.'),
        fields: (c) => ({
          totalCount: c.exposeInt('totalCount', { description: `How many places the playlist has in all, Spotify's count (local files and unavailable entries included). ${clampedNote}` }),
        }),
      },
      {
        name: 'PlaylistItemsEdge',
        description: 'One item of a playlist, with who added it, when, and the cursor of its place in the list.',
        fields: (e) => ({
          addedAt: e.string({
            nullable: true,
            description: 'When the item was added, as an ISO 8601 UTC time such as "2023-04-01T12:00:00Z"; null for items added before Spotify recorded it (around 2014).',
            resolve: (edge) => (edge as unknown as PlaylistEdgeFacts).addedAt,
          }),
          addedBy: e.field({
            type: PlaylistUserRef,
            nullable: true,
            description: 'The user who added the item; null when Spotify does not say.',
            resolve: (edge) => (edge as unknown as PlaylistEdgeFacts).addedBy,
          }),
        }),
      },
    ),
  }),
});

builder.queryFields((t) => ({
  playlist: t.field({
    type: CatalogRef.playlist,
    nullable: true,
    description: `One playlist by its Spotify id; null when Spotify has no playlist with that id (or it is private and the request is not its owner's). ${itemsRule}`,
    args: {
      id: t.arg.id({ required: true, description: spotifyIdArgument('playlist') }),
      market: t.arg.string({ description: marketArgument("the playlist's tracks are swapped for versions playable there") }),
    },
    resolve: async (_root, args, ctx) => {
      const inMarket = market(args.market);
      const playlist = await ctx.spotify.playlist(spotifyId(String(args.id)), inMarket);
      return playlist && { playlist, market: inMarket };
    },
  }),
}));
