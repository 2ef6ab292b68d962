// A signed-in user's calls against answers the spec allows but a careful client must still
// read right: writes answered sparsely or with a body that is not JSON, Check User's Saved
// Items with nulls or a wrong count, follows through the library API.
import { describe, expect, it } from 'vitest';
import { codesOf, contract, violationsOf } from './contract-harness.js';

const TOKEN = 'user-token-a';
const TRACK = '11dFghVXANMlKmJXsNCbNl';
const ALBUM = '4aawyAB9vmqN3uQ7FjRGTy';
const ARTIST = '0TnOYISbd1XYRBk9myaseg';
const PLAYLIST = '37i9dQZF1DXcBWIGoYBM5M';
const LINKS = `["spotify:track:${TRACK}", "spotify:album:${ALBUM}", "spotify:artist:${ARTIST}"]`;

for (const mode of ['development', 'extended'] as const) {
  describe(`a signed-in user's calls (${mode})`, () => {
    // Retries on, as in production: a write Spotify answered 2xx must still go once.
    const { double, gql } = contract(mode, { UPSTREAM_RETRIES: '3' });

    it('isSaved keeps each answer on its link: a null stays null in its place', async () => {
      double().scenario = { seed: 31, untidy: false, shape: (ask) => (ask.template === '/me/library/contains' ? { status: 200, body: [true, null, false] } : undefined) };
      const result = await gql(`{ isSaved(links: ${LINKS}) }`, TOKEN);
      expect(result.errors).toBeUndefined();
      expect(result.data.isSaved).toEqual([true, null, false]);
    });

    it('isSaved with more or fewer answers than links fails with UPSTREAM_BAD_RESPONSE, never a guess', async () => {
      for (const body of [[true, false], [true, false, true, false]]) {
        double().scenario = { seed: 32, untidy: false, shape: (ask) => (ask.template === '/me/library/contains' ? { status: 200, body } : undefined) };
        const result = await gql(`{ isSaved(links: ${LINKS}) }`, TOKEN);
        expect(codesOf(result)).toEqual(['UPSTREAM_BAD_RESPONSE']);
        expect(result.data.isSaved).toBeNull();
      }
    });

    it('follows and unfollows through /me/library with artist URIs, requests the spec allows', async () => {
      double().scenario = { seed: 33, untidy: false };
      for (const field of ['followArtists', 'unfollowArtists']) {
        const result = await gql(`mutation { ${field}(ids: ["${ARTIST}"]) }`, TOKEN);
        expect(result.errors).toBeUndefined();
        expect(result.data[field]).toBe(true);
        expect(double().requests.map((r) => `${r.method} ${r.url}`)).toEqual([`${field === 'followArtists' ? 'PUT' : 'DELETE'} /v1/me/library?uris=spotify%3Aartist%3A${ARTIST}`]);
        expect(violationsOf(double())).toEqual([]);
      }
    });

    it('a write answered 200 with a body that is not JSON is done: sent once, true', async () => {
      double().scenario = { seed: 34, untidy: false, shape: (ask) => (ask.method === 'PUT' ? { status: 200, body: '<html>ok</html>' } : undefined) };
      const result = await gql(`mutation { saveToLibrary(links: ["spotify:track:${TRACK}"]) }`, TOKEN);
      expect(result.errors).toBeUndefined();
      expect(result.data.saveToLibrary).toBe(true);
      expect(double().requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
    });

    it('a created playlist answered with only its id and name is read back once, never an error', async () => {
      const id = '3cEYpjA9oz9GiPac4AsH4n';
      double().scenario = { seed: 35, untidy: false, shape: (ask) => (ask.method === 'POST' ? { status: 201, body: { id, name: 'Road trip' } } : undefined) };
      const result = await gql('mutation { createPlaylist(name: "Road trip") { id name owner { id } snapshotId } }', TOKEN);
      expect(codesOf(result)).toEqual([]);
      expect(result.data.createPlaylist).toMatchObject({ id, owner: { id: expect.any(String) }, snapshotId: expect.any(String) });
      expect(double().requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual(['POST /v1/me/playlists', `GET /v1/playlists/${id}`]);
    });

    it('a created playlist whose answer names no playlist is null without an error: it was made, never made twice', async () => {
      double().scenario = { seed: 36, untidy: false, shape: (ask) => (ask.method === 'POST' ? { status: 201, body: '' } : undefined) };
      const result = await gql('mutation { createPlaylist(name: "Road trip") { id name owner { id } } }', TOKEN);
      expect(codesOf(result)).toEqual([]);
      expect(result.data.createPlaylist).toBeNull();
      expect(double().requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    });

    it('items added, answered 201 with an empty body: a null snapshotId, no error, sent once', async () => {
      double().scenario = { seed: 37, untidy: false, shape: (ask) => (ask.method === 'POST' ? { status: 201, body: '' } : undefined) };
      const result = await gql(`mutation { addPlaylistItems(playlistId: "${PLAYLIST}", links: ["spotify:track:${TRACK}"]) }`, TOKEN);
      expect(codesOf(result)).toEqual([]);
      expect(result.data.addPlaylistItems).toBeNull();
      expect(double().requests).toHaveLength(1);
    });

    it('a followedArtists page of unusable artists pages on from Spotify\'s cursors.after', async () => {
      const after = '6HvZYsbFfjnjFrWF950C9d';
      double().scenario = {
        seed: 38,
        untidy: false,
        shape: (ask, body) => {
          if (ask.template !== '/me/following' || ask.url.searchParams.has('after')) return;
          for (const artist of body.artists.items) artist.id = 'not an id';
          body.artists.next = `https://api.spotify.com/v1/me/following?type=artist&after=${after}`;
          body.artists.cursors = { after };
        },
      };
      const first = await gql('{ me { followedArtists(first: 2) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }', TOKEN);
      expect(codesOf(first)).toEqual([]);
      const { pageInfo, edges } = first.data.me.followedArtists;
      expect(edges).toEqual([]);
      expect(pageInfo.hasNextPage).toBe(true);
      await gql(`{ me { followedArtists(first: 2, after: "${pageInfo.endCursor}") { edges { node { id } } } } }`, TOKEN);
      expect(double().requests.map((r) => r.url)).toContain(`/v1/me/following?type=artist&limit=2&after=${after}`);
    });

    it('a recentlyPlayed page of unusable plays pages on from Spotify\'s cursors.before', async () => {
      double().scenario = {
        seed: 39,
        untidy: false,
        shape: (ask, body) => {
          if (ask.template !== '/me/player/recently-played' || ask.url.searchParams.has('before')) return;
          for (const play of body.items) delete play.played_at;
          body.next = 'https://api.spotify.com/v1/me/player/recently-played?before=1700000000000';
          body.cursors = { after: '1700000009999', before: '1700000000000' };
        },
      };
      const first = await gql('{ me { recentlyPlayed(first: 2) { pageInfo { hasNextPage endCursor } edges { playedAt } } } }', TOKEN);
      expect(codesOf(first)).toEqual([]);
      const { pageInfo, edges } = first.data.me.recentlyPlayed;
      expect(edges).toEqual([]);
      expect(pageInfo.hasNextPage).toBe(true);
      await gql(`{ me { recentlyPlayed(first: 2, after: "${pageInfo.endCursor}") { edges { playedAt } } } }`, TOKEN);
      expect(double().requests.map((r) => r.url)).toContain('/v1/me/player/recently-played?limit=2&before=1700000000000');
    });
  });
}
