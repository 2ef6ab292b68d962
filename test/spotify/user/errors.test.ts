// Every way a user field or mutation can fail, and that it fails alone: no token
// (UNAUTHENTICATED, no call), a refused token (UNAUTHENTICATED, not retried, never the app's
// token instead), a scope not granted (FORBIDDEN naming the scopes from the spec), bad input
// (BAD_USER_INPUT, no call), Development Mode's five users, a playlist that is not the user's.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OPERATION_SCOPES } from '../../../src/spotify/user/scopes.js';
import { apiStatuses, codes, startHarness, type Harness } from '../../helpers/harness.js';
import { bearer, tokenOf, userCalls } from '../../helpers/users.js';

const TRACK = '4iV5W9uYEdYUVa79Axb7Rh';

describe('user fields and mutations, when they fail', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { CACHE_TTL_SECONDS: '60', UPSTREAM_RETRIES: '2' } });
  });
  afterAll(() => h.close());
  beforeEach(() => {
    h.emulator.users.reset();
    h.emulator.faults.clear();
    h.reset();
  });

  const MUTATIONS = [
    `saveToLibrary(links: ["spotify:track:${TRACK}"])`,
    `removeFromLibrary(links: ["spotify:track:${TRACK}"])`,
    `followArtists(ids: ["${TRACK}"])`,
    `unfollowArtists(ids: ["${TRACK}"])`,
    'createPlaylist(name: "x") { id }',
    `addPlaylistItems(playlistId: "${TRACK}", links: ["spotify:track:${TRACK}"])`,
    `removePlaylistItems(playlistId: "${TRACK}", links: ["spotify:track:${TRACK}"])`,
    `updatePlaylistDetails(playlistId: "${TRACK}", name: "y")`,
  ];

  it('fails every user field and mutation UNAUTHENTICATED without a token, with no call to Spotify', async () => {
    const query = await h.gql(`{ me { id } isSaved(links: ["spotify:track:${TRACK}"]) artist(id: "${h.emulator.catalog.fixtures.btsId}") { name } }`);
    expect(query.data.me).toBeNull();
    expect(query.data.isSaved).toBeNull();
    expect(query.data.artist.name).toBe('BTS');
    expect(codes(query)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    for (const mutation of MUTATIONS) {
      const result = await h.gql(`mutation { ${mutation} }`);
      expect(codes(result), mutation).toEqual(['UNAUTHENTICATED']);
    }
    expect(userCalls(h)).toHaveLength(0);
  });

  it("fails UNAUTHENTICATED when Spotify refuses the user's token: one call, no retry, never the app's token", async () => {
    const token = tokenOf(h, 'sora');
    h.emulator.expireAllTokens();
    h.reset();
    const result = await h.gql('{ me { id savedTracks(first: 1) { totalCount } } }', {}, bearer(token));
    expect(result.data.me).toBeNull();
    expect(codes(result)).toContain('UNAUTHENTICATED');
    expect(result.errors![0].message).toMatch(/sign in again/);
    // Asked once, refused, and not asked again, with this token or a fresh app token. (The
    // saved tracks may never be sent: \`me\` is already null, the request done.)
    expect(h.emulator.countCalls({ endpoint: 'GET /v1/me' })).toBe(1);
    expect(h.emulator.countCalls({ endpoint: 'GET /v1/me/tracks' })).toBeLessThanOrEqual(1);
    expect(new Set(apiStatuses(h))).toEqual(new Set([401]));
    expect(h.tokenCalls()).toBe(0);
    // A field that fails alone keeps its siblings.
    const alone = await h.gql('{ me { savedTracks(first: 1) { totalCount } } artist(id: "' + h.emulator.catalog.fixtures.btsId + '") { name } }', {}, bearer(token));
    expect(alone.data.me.savedTracks).toBeNull();
    expect(alone.data.artist.name).toBe('BTS');
    expect(codes(alone)).toEqual(['UNAUTHENTICATED']);
  });

  it('treats a malformed Authorization header as no token', async () => {
    const result = await h.gql('{ me { id } }', {}, { authorization: 'Basic c29yYTpwdw==' });
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect(userCalls(h)).toHaveLength(0);
  });

  it("fails a field whose scope was not granted FORBIDDEN, naming the spec's scopes, and alone", async () => {
    const token = tokenOf(h, 'sora', 'user-read-private');
    const result = await h.gql(
      `{ me { id
          savedTracks(first: 1) { totalCount }
          followedArtists(first: 1) { totalCount }
          topArtists(first: 1) { totalCount }
          recentlyPlayed(first: 1) { edges { playedAt } }
          playlists(first: 1) { totalCount } }
        isSaved(links: ["spotify:track:${TRACK}"]) }`,
      {},
      bearer(token),
    );
    expect(result.data.me.id).toBe('sora');
    const byField = new Map(result.errors!.map((e) => [e.path!.at(-1), e]));
    const expected: Record<string, string> = {
      savedTracks: 'GET /me/tracks',
      followedArtists: 'GET /me/following',
      topArtists: 'GET /me/top/artists',
      recentlyPlayed: 'GET /me/player/recently-played',
      playlists: 'GET /me/playlists',
      isSaved: 'GET /me/library/contains',
    };
    for (const [field, operation] of Object.entries(expected)) {
      const error = byField.get(field)!;
      expect(error.extensions?.code, field).toBe('FORBIDDEN');
      expect(error.extensions?.scopes, field).toEqual(OPERATION_SCOPES[operation]);
      for (const scope of OPERATION_SCOPES[operation]) expect(error.message).toContain(scope);
      expect(field === 'isSaved' ? result.data.isSaved : result.data.me[field]).toBeNull();
    }
  });

  it('fails a mutation whose scope was not granted FORBIDDEN, naming the scopes', async () => {
    const token = tokenOf(h, 'sora', 'user-library-read');
    const result = await h.gql(`mutation { saveToLibrary(links: ["spotify:track:${h.emulator.catalog.tracks[0].id}"]) }`, {}, bearer(token));
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors![0].extensions?.scopes).toEqual(OPERATION_SCOPES['PUT /me/library']);
  });

  it('checks inputs before any call: links, their kinds, how many, ids, names', async () => {
    const token = tokenOf(h, 'sora');
    const tooMany = JSON.stringify(Array.from({ length: 41 }, () => `spotify:track:${TRACK}`));
    const bad = [
      '{ isSaved(links: ["not a link"]) }',
      `{ isSaved(links: ${tooMany}) }`,
      'mutation { saveToLibrary(links: []) }',
      `mutation { saveToLibrary(links: ["spotify:artist:${TRACK}"]) }`,
      `mutation { saveToLibrary(links: ${tooMany}) }`,
      'mutation { followArtists(ids: ["short"]) }',
      'mutation { createPlaylist(name: "  ") { id } }',
      'mutation { createPlaylist(name: "x", public: true, collaborative: true) { id } }',
      `mutation { addPlaylistItems(playlistId: "nope", links: ["spotify:track:${TRACK}"]) }`,
      `mutation { addPlaylistItems(playlistId: "${TRACK}", links: ["spotify:album:${TRACK}"]) }`,
      `mutation { addPlaylistItems(playlistId: "${TRACK}", links: ["spotify:track:${TRACK}"], position: -1) }`,
      `mutation { updatePlaylistDetails(playlistId: "${TRACK}") }`,
      '{ me { recentlyPlayed(first: 2, after: "bogus") { edges { playedAt } } } }',
      '{ me { savedTracks(first: 51) { totalCount } } }',
    ];
    for (const operation of bad) {
      const result = await h.gql(operation, {}, bearer(token));
      expect(codes(result), operation).toEqual(['BAD_USER_INPUT']);
    }
    expect(userCalls(h)).toHaveLength(0);
  });

  it("refuses a sixth user in Development Mode (Spotify's five-user limit) with FORBIDDEN", async () => {
    const tokens = ['sora', 'minji', 'jules', 'noor', 'theo', 'ines'].map((user) => tokenOf(h, user));
    const fifth = await h.gql('{ me { id } }', {}, bearer(tokens[4]));
    expect(fifth.data.me.id).toBe('theo');
    const sixth = await h.gql('{ me { id } }', {}, bearer(tokens[5]));
    expect(sixth.data.me).toBeNull();
    expect(codes(sixth)).toEqual(['FORBIDDEN']);
    expect(sixth.errors![0].message).toMatch(/Developer Dashboard/);
  });

  it("fails FORBIDDEN on someone else's playlist", async () => {
    const owner = tokenOf(h, 'sora');
    const created = await h.gql('mutation { createPlaylist(name: "Sora only", public: false) { id } }', {}, bearer(owner));
    const id = created.data.createPlaylist.id;
    const other = tokenOf(h, 'minji');
    const result = await h.gql(`mutation { updatePlaylistDetails(playlistId: "${id}", name: "mine now") }`, {}, bearer(other));
    expect(codes(result)).toEqual(['FORBIDDEN']);
  });

  it('retries an idempotent write after a 503, and sends a POST only once', async () => {
    const token = tokenOf(h, 'sora');
    const track = `spotify:track:${h.emulator.catalog.tracks[0].id}`;
    h.emulator.faults.add({ match: { endpoint: 'PUT /v1/me/library' }, kind: 'status', status: 503, times: 1 });
    const saved = await h.gql(`mutation { saveToLibrary(links: ["${track}"]) }`, {}, bearer(token));
    expect(saved.data.saveToLibrary).toBe(true);
    expect(h.emulator.countCalls({ endpoint: 'PUT /v1/me/library' })).toBe(2);

    const created = await h.gql('mutation { createPlaylist(name: "Once") { id } }', {}, bearer(token));
    const id = created.data.createPlaylist.id;
    h.emulator.faults.add({ match: { endpoint: 'POST /v1/playlists/{id}/items' }, kind: 'status', status: 503, times: 1 });
    const added = await h.gql(`mutation { addPlaylistItems(playlistId: "${id}", links: ["${track}"]) }`, {}, bearer(token));
    expect(added.data.addPlaylistItems).toBeNull();
    expect(codes(added)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(h.emulator.countCalls({ endpoint: 'POST /v1/playlists/{id}/items' })).toBe(1);
  });
});
