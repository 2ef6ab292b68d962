// Two demo users through one gateway with the response cache on: each sees their own
// profile and library, read with their own token, and nothing of one is served to the other
// or to an anonymous caller.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { USER_SCOPED } from '../../src/schema/user-scoped.js';
import { codes, startHarness, type Harness } from '../helpers/harness.js';
import { bearer, libraryOf, tokenOf, userCalls } from '../helpers/users.js';

const ME = `query Me {
  me {
    id displayName email country product followers uri spotifyUrl images { url }
    savedTracks(first: 3) { totalCount edges { addedAt node { id name } } pageInfo { hasNextPage endCursor } }
    savedAlbums(first: 2) { totalCount edges { addedAt node { id name } } }
    playlists(first: 5) { totalCount edges { node { id name owner { id } } } }
  }
}`;

describe('me, for two users through one gateway with the response cache on', () => {
  let h: Harness;
  let sora: string;
  let minji: string;
  beforeAll(async () => {
    h = await startHarness({ emulator: { mode: 'extended' }, env: { CACHE_TTL_SECONDS: '60' } });
  });
  afterAll(() => h.close());
  beforeEach(() => {
    h.emulator.users.reset();
    sora = tokenOf(h, 'sora');
    minji = tokenOf(h, 'minji');
    h.reset();
  });

  it("gives each user their own profile and library, and asks Spotify with that user's token every time", async () => {
    const first = await h.gql(ME, {}, bearer(sora));
    const second = await h.gql(ME, {}, bearer(minji));
    const again = await h.gql(ME, {}, bearer(sora));
    expect(first.errors).toBeUndefined();
    expect(first.data.me).toMatchObject({ id: 'sora', displayName: 'Sora Aoki', uri: 'spotify:user:sora', country: 'JP', email: 'sora@example.com' });
    expect(second.data.me).toMatchObject({ id: 'minji', displayName: 'Minji Park', country: 'KR' });
    expect(again.data).toEqual(first.data);

    const expected = (user: string) => libraryOf(h, user).savedNewestFirst('track').slice(0, 3).map(([id]) => id);
    expect(first.data.me.savedTracks.edges.map((e: any) => e.node.id)).toEqual(expected('sora'));
    expect(second.data.me.savedTracks.edges.map((e: any) => e.node.id)).toEqual(expected('minji'));
    expect(first.data.me.savedTracks.totalCount).toBe(libraryOf(h, 'sora').saved.track.size);
    expect(first.data.me.savedTracks.edges[0].addedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // No answer came from the response cache: the third request asked Spotify again.
    expect(h.emulator.countCalls({ endpoint: 'GET /v1/me/tracks' })).toBe(3);
    expect(h.emulator.countCalls({ endpoint: 'GET /v1/me' })).toBe(3);
  });

  it('answers an anonymous caller UNAUTHENTICATED for me alone, with no call and nothing of a user', async () => {
    await h.gql(ME, {}, bearer(sora));
    h.reset();
    const anonymous = await h.gql(`{ me { id } search(query: "BTS") { artists(first: 1) { edges { node { name } } } } }`);
    expect(anonymous.data.me).toBeNull();
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.data.search.artists.edges).toHaveLength(1);
    expect(userCalls(h)).toHaveLength(0);
    // The exact text a user sent is not answered from the cache either.
    const same = await h.gql(ME);
    expect(same.data.me).toBeNull();
    expect(codes(same)).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps serving catalog answers from the response cache to anonymous callers', async () => {
    const CATALOG = '{ search(query: "BTS") { artists(first: 2) { edges { node { name } } } } }';
    await h.gql(CATALOG);
    await h.gql(CATALOG);
    expect(h.emulator.countCalls({ endpoint: 'GET /v1/search' })).toBe(1);
    // With a user token the same text is not answered from there (a user's request never is).
    await h.gql(CATALOG, {}, bearer(sora));
    expect(h.emulator.countCalls({ endpoint: 'GET /v1/search' })).toBe(2);
  });

  it('pages saved tracks with after, and each page is one call of up to 50', async () => {
    const PAGE = 'query($after: String) { me { savedTracks(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }';
    const one = await h.gql(PAGE, { after: null }, bearer(sora));
    const two = await h.gql(PAGE, { after: one.data.me.savedTracks.pageInfo.endCursor }, bearer(sora));
    const ids = libraryOf(h, 'sora').savedNewestFirst('track').map(([id]) => id);
    expect([...one.data.me.savedTracks.edges, ...two.data.me.savedTracks.edges].map((e: any) => e.node.id)).toEqual(ids.slice(0, 4));
    const big = await h.gql('{ me { savedTracks(first: 50) { edges { node { id } } } } }', {}, bearer(sora));
    expect(big.data.me.savedTracks.edges).toHaveLength(Math.min(50, ids.length));
    expect(h.emulator.countCalls({ endpoint: 'GET /v1/me/tracks' })).toBe(3);
  });

  it("lists followed artists by Spotify's cursor, forward only", async () => {
    const PAGE = 'query($after: String) { me { followedArtists(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }';
    const one = await h.gql(PAGE, { after: null }, bearer(sora));
    expect(one.errors).toBeUndefined();
    const followed = [...libraryOf(h, 'sora').artists.keys()].sort();
    expect(one.data.me.followedArtists.totalCount).toBe(followed.length);
    expect(one.data.me.followedArtists.pageInfo).toMatchObject({ hasNextPage: followed.length > 2, hasPreviousPage: false });
    const two = await h.gql(PAGE, { after: one.data.me.followedArtists.pageInfo.endCursor }, bearer(sora));
    expect([...one.data.me.followedArtists.edges, ...two.data.me.followedArtists.edges].map((e: any) => e.node.id)).toEqual(followed.slice(0, 4));
    expect(two.data.me.followedArtists.pageInfo.hasPreviousPage).toBe(true);
    const backwards = await h.gql('{ me { followedArtists(last: 2) { edges { node { id } } } } }', {}, bearer(sora));
    expect(backwards.data.me.followedArtists).toBeNull();
    expect(codes(backwards)).toEqual(['BAD_USER_INPUT']);
  });

  it('lists top artists and tracks per time range, MEDIUM_TERM by default', async () => {
    const TOP = `{ me {
      medium: topArtists(first: 3) { edges { node { id } } }
      short: topArtists(first: 3, timeRange: SHORT_TERM) { edges { node { id } } }
      tracks: topTracks(first: 2, timeRange: LONG_TERM) { totalCount edges { node { id name } } }
    } }`;
    const result = await h.gql(TOP, {}, bearer(sora));
    expect(result.errors).toBeUndefined();
    const { profile } = libraryOf(h, 'sora');
    const artistId = (i: number) => h.emulator.catalog.artists[i].id;
    expect(result.data.me.medium.edges.map((e: any) => e.node.id)).toEqual(profile.topArtists.medium_term.slice(0, 3).map(artistId));
    expect(result.data.me.short.edges.map((e: any) => e.node.id)).toEqual(profile.topArtists.short_term.slice(0, 3).map(artistId));
    expect(result.data.me.tracks.edges).toHaveLength(2);
    const ranges = h.emulator.calls.filter((c) => c.endpoint === 'GET /v1/me/top/artists').map((c) => c.query.time_range);
    expect(ranges.sort()).toEqual(['medium_term', 'short_term']);
  });

  it('walks recently played back in time with after, each edge with playedAt and context', async () => {
    const PAGE = 'query($after: String) { me { recentlyPlayed(first: 3, after: $after) { edges { playedAt context { type uri } node { id } } pageInfo { hasNextPage endCursor } } } }';
    const one = await h.gql(PAGE, { after: null }, bearer(sora));
    expect(one.errors).toBeUndefined();
    const two = await h.gql(PAGE, { after: one.data.me.recentlyPlayed.pageInfo.endCursor }, bearer(sora));
    const times = [...one.data.me.recentlyPlayed.edges, ...two.data.me.recentlyPlayed.edges].map((e: any) => Date.parse(e.playedAt));
    const history = libraryOf(h, 'sora').profile.history;
    expect(times).toEqual(history.slice(0, 6).map((p) => p.playedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const befores = h.emulator.calls.filter((c) => c.endpoint === 'GET /v1/me/player/recently-played').map((c) => c.query.before);
    expect(befores).toEqual([undefined, String(history[2].playedAt)]);
    const withContext = one.data.me.recentlyPlayed.edges.find((e: any) => e.context);
    if (history.slice(0, 3).some((p) => p.context)) expect(withContext.context.uri).toMatch(/^spotify:(album|artist):/);
  });

  it("leaves Development Mode's missing profile fields null", async () => {
    h.emulator.setMode('development');
    try {
      const result = await h.gql('{ me { id email country product followers } }', {}, bearer(sora));
      expect(result.errors).toBeUndefined();
      expect(result.data.me).toEqual({ id: 'sora', email: null, country: null, product: null, followers: null });
    } finally {
      h.emulator.setMode('extended');
    }
  });

  it('tells HTTP caches never to store an answer about a user, with or without a token', async () => {
    for (const headers of [bearer(sora), {}]) {
      const response = await h.gateway.yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
        headers: { accept: 'application/graphql-response+json', 'x-graphql-csrf': '1', ...headers },
      });
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('etag')).toBeNull();
    }
    const root = h.gateway.yoga.getEnveloped().schema.getQueryType()!.getFields();
    expect(root.me.extensions[USER_SCOPED]).toBe(true);
    expect(root.isSaved.extensions[USER_SCOPED]).toBe(true);
  });

  it('lists saved shows, episodes and audiobooks, newest first', async () => {
    const result = await h.gql(
      `{ me {
        savedShows(first: 2) { totalCount edges { addedAt node { id name uri } } }
        savedEpisodes(first: 2) { totalCount edges { addedAt node { id name } } }
        savedAudiobooks(first: 2) { totalCount edges { addedAt node { id name } } }
      } }`,
      {},
      bearer(sora),
    );
    expect(result.errors).toBeUndefined();
    const library = libraryOf(h, 'sora');
    for (const [field, kind] of [['savedShows', 'show'], ['savedEpisodes', 'episode'], ['savedAudiobooks', 'audiobook']] as const) {
      const connection = result.data.me[field];
      expect(connection.totalCount, field).toBe(library.saved[kind].size);
      expect(connection.edges.map((e: any) => e.node.id), field).toEqual(library.savedNewestFirst(kind).slice(0, 2).map(([id]) => id));
    }
  });
});
