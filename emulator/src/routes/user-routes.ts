// The signed-in routes, in the router's Route shape, so the route table adds them with one
// spread: the accounts service's /authorize and the /v1/me endpoints. Playlists, which
// seeded and created ones share, are in the route table itself.

import type { Handler } from './context.js';
import { followedArtists, follow, followingContains, libraryContains, removeFromLibrary, saveToLibrary, unfollow } from './library.js';
import { currentUser, recentlyPlayed, savedAlbums, savedAudiobooks, savedEpisodes, savedShows, savedTracks, topArtists, topTracks } from './me.js';
import { authorizeDecision, authorizePage } from './oauth.js';
import { createPlaylist, myPlaylists } from './user-playlists.js';

interface UserRoute {
  method: string;
  pattern: string;
  handler: Handler;
  auth: boolean;
  extendedOnly: boolean;
}

const api = (method: string, pattern: string, handler: Handler): UserRoute => ({
  method, pattern: `/v1${pattern}`, handler, auth: true, extendedOnly: false,
});

export const USER_ROUTES: UserRoute[] = [
  { method: 'GET', pattern: '/authorize', handler: authorizePage, auth: false, extendedOnly: false },
  { method: 'POST', pattern: '/authorize', handler: authorizeDecision, auth: false, extendedOnly: false },
  api('GET', '/me', currentUser),
  api('GET', '/me/tracks', savedTracks),
  api('GET', '/me/albums', savedAlbums),
  api('GET', '/me/shows', savedShows),
  api('GET', '/me/episodes', savedEpisodes),
  api('GET', '/me/audiobooks', savedAudiobooks),
  api('GET', '/me/top/artists', topArtists),
  api('GET', '/me/top/tracks', topTracks),
  api('GET', '/me/player/recently-played', recentlyPlayed),
  api('PUT', '/me/library', saveToLibrary),
  api('DELETE', '/me/library', removeFromLibrary),
  api('GET', '/me/library/contains', libraryContains),
  api('GET', '/me/following', followedArtists),
  api('PUT', '/me/following', follow),
  api('DELETE', '/me/following', unfollow),
  api('GET', '/me/following/contains', followingContains),
  api('GET', '/me/playlists', myPlaylists),
  api('POST', '/me/playlists', createPlaylist),
];
