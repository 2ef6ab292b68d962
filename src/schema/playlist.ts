import type { PlaylistOwner } from '../spotify/user-types.js';
import { builder } from './builder.js';
import { ImageRef } from './refs.js';
import { PlaylistRef } from './user-refs.js';

// A playlist as Spotify lists it (SimplifiedPlaylistObject): what the user's playlists and
// createPlaylist return. (The catalog's playlist lookups, with their items, add to this.)

const PlaylistOwnerRef = builder.objectRef<PlaylistOwner>('PlaylistOwner');

PlaylistOwnerRef.implement({
  description: 'The Spotify user who owns a playlist.',
  fields: (t) => ({
    id: t.exposeID('id', { description: "The owner's Spotify user id." }),
    displayName: t.string({ nullable: true, description: "The name on the owner's profile; null when they have none.", resolve: (owner) => owner.display_name ?? null }),
    uri: t.exposeString('uri', { description: "The owner's Spotify URI (spotify:user:<id>)." }),
  }),
});

PlaylistRef.implement({
  description: 'A playlist on Spotify, as the lists of playlists carry it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: "Spotify's id for the playlist: 22 letters and digits, as in open.spotify.com/playlist/<id>." }),
    name: t.exposeString('name', { description: "The playlist's name." }),
    description: t.string({ nullable: true, description: "The playlist's description; null when it has none.", resolve: (p) => p.description || null }),
    public: t.boolean({ nullable: true, description: "True when it shows on the owner's profile, false when private, null when Spotify does not say.", resolve: (p) => p.public ?? null }),
    collaborative: t.exposeBoolean('collaborative', { description: 'True when users the owner invites may change its items.' }),
    snapshotId: t.exposeString('snapshot_id', { description: "The version of the playlist's items: changes with every write; pass it to removePlaylistItems to remove against this version." }),
    totalItems: t.int({ nullable: true, description: 'How many items the playlist holds; null when Spotify does not say.', resolve: (p) => p.items?.total ?? p.tracks?.total ?? null }),
    images: t.field({ type: [ImageRef], description: "The playlist's cover in the sizes Spotify has, widest first; empty when there is none. Spotify's image addresses for playlists expire within a day.", resolve: (p) => p.images ?? [] }),
    owner: t.field({ type: PlaylistOwnerRef, description: 'The user who owns the playlist.', resolve: (p) => p.owner }),
    uri: t.exposeString('uri', { description: 'The Spotify URI (spotify:playlist:<id>), which opens the playlist in the Spotify apps.' }),
    spotifyUrl: t.string({ nullable: true, description: 'A link to the playlist on open.spotify.com; null when Spotify gives none.', resolve: (p) => p.external_urls?.spotify ?? null }),
  }),
});
