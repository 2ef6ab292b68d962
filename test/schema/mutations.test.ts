// The mutations on Spotify's current library API and on the user's playlists, each followed by
// a read that shows the change; and a request's user reads forgotten after a write.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startHarness, type Harness } from '../helpers/harness.js';
import { bearer, libraryOf, tokenOf } from '../helpers/users.js';
import { userCaller } from '../../src/http/caller.js';

describe("the signed-in user's mutations", () => {
  let h: Harness;
  let token: string;
  beforeAll(async () => {
    h = await startHarness({ env: { CACHE_TTL_SECONDS: '60' } });
  });
  afterAll(() => h.close());
  beforeEach(() => {
    h.emulator.users.reset();
    token = tokenOf(h, 'sora');
    h.reset();
  });
  const as = (query: string, variables: Record<string, unknown> = {}) => h.gql(query, variables, bearer(token));

  it('saves and removes by URI or open.spotify.com link, and isSaved follows', async () => {
    const saved = new Set(libraryOf(h, 'sora').saved.track.keys());
    const fresh = h.emulator.catalog.tracks.find((t) => !saved.has(t.id))!;
    const links = [`https://open.spotify.com/track/${fresh.id}?si=x`, `spotify:track:${fresh.id}`];
    const IS_SAVED = 'query($links: [String!]!) { isSaved(links: $links) }';
    expect((await as(IS_SAVED, { links })).data.isSaved).toEqual([false, false]);
    expect((await as('mutation($links: [String!]!) { saveToLibrary(links: $links) }', { links: [links[0]] })).data.saveToLibrary).toBe(true);
    expect((await as(IS_SAVED, { links })).data.isSaved).toEqual([true, true]);
    const newest = await as('{ me { savedTracks(first: 1) { edges { node { id } } } } }');
    expect(newest.data.me.savedTracks.edges[0].node.id).toBe(fresh.id);
    expect((await as('mutation($links: [String!]!) { removeFromLibrary(links: $links) }', { links: [links[1]] })).data.removeFromLibrary).toBe(true);
    expect((await as(IS_SAVED, { links })).data.isSaved).toEqual([false, false]);
    // Every write went to Spotify's current library endpoint with URIs.
    const writes = h.emulator.calls.filter((c) => c.endpoint.endsWith(' /v1/me/library'));
    expect(writes.map((c) => [c.method, c.query.uris])).toEqual([['PUT', `spotify:track:${fresh.id}`], ['DELETE', `spotify:track:${fresh.id}`]]);
  });

  it('follows and unfollows artists, and followedArtists follows', async () => {
    const followed = new Set(libraryOf(h, 'sora').artists.keys());
    const artist = h.emulator.catalog.artists.find((a) => !followed.has(a.id))!;
    const total = async () => (await as('{ me { followedArtists(first: 1) { totalCount } } }')).data.me.followedArtists.totalCount;
    const before = await total();
    expect((await as(`mutation { followArtists(ids: ["${artist.id}"]) }`)).data.followArtists).toBe(true);
    expect(await total()).toBe(before + 1);
    expect(libraryOf(h, 'sora').artists.has(artist.id)).toBe(true);
    expect((await as(`mutation { unfollowArtists(ids: ["${artist.id}"]) }`)).data.unfollowArtists).toBe(true);
    expect(await total()).toBe(before);
    // Through Save/Remove Items to Library with artist URIs, never the deprecated /me/following writes.
    expect(h.emulator.calls.filter((c) => c.method !== 'GET' && /\/v1\/me\/(library|following)$/.test(c.endpoint)).map((c) => [c.method, c.endpoint.split(' ')[1], c.query.uris])).toEqual([
      ['PUT', '/v1/me/library', `spotify:artist:${artist.id}`],
      ['DELETE', '/v1/me/library', `spotify:artist:${artist.id}`],
    ]);
  });

  it('creates a playlist, adds and removes items (each with a new snapshotId) and changes its details', async () => {
    const created = await as('mutation { createPlaylist(name: "Road trip", description: "long drives", public: false) { id name description public collaborative snapshotId totalItems owner { id } } }');
    expect(created.errors).toBeUndefined();
    const playlist = created.data.createPlaylist;
    expect(playlist).toMatchObject({ name: 'Road trip', description: 'long drives', public: false, collaborative: false, totalItems: 0, owner: { id: 'sora' } });
    const [a, b] = h.emulator.catalog.tracks.slice(0, 2).map((t) => `spotify:track:${t.id}`);
    const added = await as(`mutation { addPlaylistItems(playlistId: "${playlist.id}", links: ["${a}", "${b}"]) }`);
    expect(added.data.addPlaylistItems).toEqual(expect.any(String));
    expect(added.data.addPlaylistItems).not.toBe(playlist.snapshotId);
    const first = await as(`mutation { addPlaylistItems(playlistId: "${playlist.id}", links: ["${b}"], position: 0) }`);
    const removed = await as(`mutation { removePlaylistItems(playlistId: "${playlist.id}", links: ["${b}"], snapshotId: "${first.data.addPlaylistItems}") }`);
    expect(removed.data.removePlaylistItems).toEqual(expect.any(String));
    expect(removed.data.removePlaylistItems).not.toBe(first.data.addPlaylistItems);
    const renamed = await as(`mutation { updatePlaylistDetails(playlistId: "${playlist.id}", name: "Road trip 2", collaborative: true) }`);
    expect(renamed.data.updatePlaylistDetails).toBe(true);
    const listed = await as('{ me { playlists(first: 50) { edges { node { id name collaborative totalItems } } } } }');
    const mine = listed.data.me.playlists.edges.map((e: any) => e.node).find((p: any) => p.id === playlist.id);
    expect(mine).toEqual({ id: playlist.id, name: 'Road trip 2', collaborative: true, totalItems: 1 });
    // Bodies went as JSON: both items, then the one removed by URI.
    expect(h.emulator.countCalls({ endpoint: 'POST /v1/playlists/{id}/items' })).toBe(2);
  });

  it("forgets the request's user reads after a write, so a read after it sees the change", async () => {
    const facade = h.gateway.dataSource.forRequest({ deadline: Date.now() + 10_000, user: userCaller(token) });
    const saved = new Set(libraryOf(h, 'sora').saved.album.keys());
    const album = h.emulator.catalog.albums.find((x) => !saved.has(x.id))!;
    const uri = `spotify:album:${album.id}`;
    expect(await facade.user.libraryContains([uri])).toEqual([false]);
    expect(await facade.user.libraryContains([uri])).toEqual([false]);
    expect(h.emulator.countCalls({ endpoint: 'GET /v1/me/library/contains' })).toBe(1);
    await facade.user.saveToLibrary([uri]);
    expect(await facade.user.libraryContains([uri])).toEqual([true]);
    expect(h.emulator.countCalls({ endpoint: 'GET /v1/me/library/contains' })).toBe(2);
  });

  it("forgets a playlist's items read with the user's token (user-or-app) after a write in the same request", async () => {
    const facade = h.gateway.dataSource.forRequest({ deadline: Date.now() + 10_000, user: userCaller(token) });
    const created = await facade.user.createPlaylist({ name: 'Re-read' });
    // The emulator answers the playlist whole; null is only for an answer without an id.
    if (!created) throw new Error('the emulator answered createPlaylist without a playlist');
    const page = { limit: 10, offset: 0 };
    expect((await facade.playlistItems(created.id, page)).total).toBe(0);
    expect((await facade.playlistItems(created.id, page)).total).toBe(0);
    expect(h.emulator.countCalls({ endpoint: 'GET /v1/playlists/{id}/items' })).toBe(1);
    await facade.user.addPlaylistItems(created.id, [`spotify:track:${h.emulator.catalog.tracks[0].id}`], undefined);
    expect((await facade.playlistItems(created.id, page)).total).toBe(1);
    expect(h.emulator.countCalls({ endpoint: 'GET /v1/playlists/{id}/items' })).toBe(2);
  });

  it('answers what Spotify refuses about the input as BAD_USER_INPUT', async () => {
    // Well-formed but unknown to Spotify: "Payload contains a non-existing ID".
    const result = await as('mutation { saveToLibrary(links: ["spotify:track:0000000000000000000000"]) }');
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });
});
