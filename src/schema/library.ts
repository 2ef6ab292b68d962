import type { ObjectRef } from '@pothos/core';
import type { GatewayContext } from '../context.js';
import type { LinkKind } from '../spotify/catalog/kinds.js';
import type { SavedItems, SavedKind } from '../spotify/user/types.js';
import { builder, type GatewaySchemaTypes } from './builder.js';
import { clampedNote } from './counts.js';
import { perIdAsked, perPageItem } from './cost.js';
import { connectionType } from './descriptions.js';
import { CatalogRef, type KindModel } from './catalog-kinds.js';
import { checkedLinks, MAX_LIBRARY_LINKS, requireSignedIn } from './user-arguments.js';
import { userListConnection } from './user-connection.js';
import { CurrentUserRef } from './user-refs.js';
import { userScoped } from './user-scoped.js';

// The user's library: saved tracks, albums, shows, episodes and audiobooks (newest first,
// with when each was saved), checks by link, and saving and removing by link through
// Spotify's current library endpoints (/me/library, which take Spotify URIs).

const addedAtDescription = 'When the user saved it, as an ISO 8601 date-time in UTC (YYYY-MM-DDTHH:MM:SSZ).';

/** Kinds Save/Remove Items to/from Library take (artists are followed, see followArtists). */
const SAVABLE: readonly LinkKind[] = ['track', 'album', 'show', 'episode', 'audiobook', 'playlist'];
/** Check User's Saved Items also knows followed artists. */
const CHECKABLE: readonly LinkKind[] = [...SAVABLE, 'artist'];

const linksDescription = (verb: string) =>
  `Spotify URIs (spotify:track:<id>) or open.spotify.com links of what to ${verb}: tracks, albums, shows, episodes, audiobooks or playlists, at most ${MAX_LIBRARY_LINKS} (Spotify's limit per call). A malformed link is a BAD_USER_INPUT error and costs no call.`;

const capitalised = (label: string) => label[0].toUpperCase() + label.slice(1);

builder.objectFields(CurrentUserRef, (t) => {
  const saved = <K extends SavedKind, N>(kind: K, ref: ObjectRef<GatewaySchemaTypes, N>, label: string, toNode: (item: SavedItems[K]) => N | null) =>
    t.connection(
      {
        type: ref,
        nullable: true,
        extensions: perPageItem,
        description: `The ${label} the user saved in their library, most recently saved first, in pages of up to 50 (one call to Spotify each; scope user-library-read).`,
        resolve: (_me, args, ctx) =>
          userListConnection(ctx, `me-saved-${kind}`, args, (offset, limit) => ctx.spotify.user.saved(kind, { offset, limit }), (item: SavedItems[K]) => {
            const node = toNode(item);
            return node === null ? null : { node, addedAt: item.added_at };
          }),
      },
      {
        name: `Saved${capitalised(label)}Connection`,
        description: connectionType(`the user's saved ${label}`, 'Pages hold up to 50.'),
        fields: (c) => ({ totalCount: c.exposeInt('totalCount', { description: `How many ${label} the user saved in all. ${clampedNote}` }) }),
      },
      {
        name: `Saved${capitalised(label)}Edge`,
        description: `One of the user's saved ${label}, with when it was saved and the cursor of its place in the list.`,
        fields: (e) => ({ addedAt: e.string({ description: addedAtDescription, resolve: (edge) => (edge as unknown as { addedAt: string }).addedAt }) }),
      },
    );
  return {
    savedTracks: saved('tracks', CatalogRef.track, 'tracks', (item): KindModel['track'] | null => (item.track ? { track: item.track } : null)),
    savedAlbums: saved('albums', CatalogRef.album, 'albums', (item): KindModel['album'] | null => (item.album ? { album: item.album } : null)),
    savedShows: saved('shows', CatalogRef.show, 'shows', (item): KindModel['show'] | null => (item.show ? { show: item.show } : null)),
    savedEpisodes: saved('episodes', CatalogRef.episode, 'episodes', (item): KindModel['episode'] | null => (item.episode ? { episode: item.episode } : null)),
    savedAudiobooks: saved('audiobooks', CatalogRef.audiobook, 'audiobooks', (item): KindModel['audiobook'] | null => (item.audiobook ? { audiobook: item.audiobook } : null)),
  };
});

builder.queryFields((t) => ({
  isSaved: t.field({
    type: ['Boolean'],
    nullable: { list: true, items: true },
    extensions: { ...perIdAsked, ...userScoped },
    description: `For each link, whether the signed-in user has it in their library (saved, or followed for artists and playlists), in the order asked, one answer per link: one call to Spotify (Check User's Saved Items). An answer is null where Spotify gave none for its link; an answer from Spotify with more or fewer places than links fails the field with UPSTREAM_BAD_RESPONSE. Links are Spotify URIs or open.spotify.com links, at most ${MAX_LIBRARY_LINKS}. Null with UNAUTHENTICATED without a user token, with FORBIDDEN when a scope it needs was not granted.`,
    args: { links: t.arg.stringList({ required: true, description: 'Spotify URIs or open.spotify.com links of tracks, albums, artists, shows, episodes, audiobooks or playlists.' }) },
    resolve: (_root, args, ctx) => {
      const links = checkedLinks(args.links, CHECKABLE, MAX_LIBRARY_LINKS);
      requireSignedIn(ctx);
      return ctx.spotify.user.libraryContains(links.map((link) => link.uri));
    },
  }),
}));

/** Save or remove: links checked first, then one call; true once Spotify has done it. */
async function changeLibrary(ctx: GatewayContext, values: readonly string[], save: boolean): Promise<boolean> {
  const uris = checkedLinks(values, SAVABLE, MAX_LIBRARY_LINKS).map((link) => link.uri);
  requireSignedIn(ctx);
  await (save ? ctx.spotify.user.saveToLibrary(uris) : ctx.spotify.user.removeFromLibrary(uris));
  return true;
}

builder.mutationFields((t) => ({
  saveToLibrary: t.boolean({
    nullable: true,
    description: `Saves items to the signed-in user's library (Save Items to Library; scope user-library-modify, or playlist-modify-public for playlists). True once saved. Saving is idempotent: saving what is saved changes nothing.`,
    args: { links: t.arg.stringList({ required: true, description: linksDescription('save') }) },
    resolve: (_root, args, ctx) => changeLibrary(ctx, args.links, true),
  }),
  removeFromLibrary: t.boolean({
    nullable: true,
    description: 'Removes items from the signed-in user\'s library (Remove Items from Library; the same scopes as saveToLibrary). True once removed; removing what is not saved changes nothing.',
    args: { links: t.arg.stringList({ required: true, description: linksDescription('remove') }) },
    resolve: (_root, args, ctx) => changeLibrary(ctx, args.links, false),
  }),
}));
