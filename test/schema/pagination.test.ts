import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/schema/connection.js';
import { codes, startHarness, type Harness } from '../helpers/harness.js';

const SEARCH_TRACKS = `query($q: String!, $first: Int, $after: String, $last: Int, $before: String) {
  search(query: $q) {
    tracks(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id name } }
    }
  }
}`;

describe.each(['development', 'extended'] as const)('search connections in %s mode', (mode) => {
  let h: Harness;
  let term: string;
  beforeAll(async () => {
    h = await startHarness({ emulator: { mode } });
    term = h.emulator.catalog.fixtures.bigSearchTerm;
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  const page = async (vars: Record<string, unknown>) => {
    const result = await h.gql(SEARCH_TRACKS, { q: term, ...vars });
    expect(result.errors).toBeUndefined();
    return result.data.search.tracks;
  };

  it(`serves first: 20 in ${mode === 'development' ? 'two calls of 10' : 'one call'}`, async () => {
    const tracks = await page({ first: 20 });
    expect(tracks.edges).toHaveLength(20);
    expect(tracks.totalCount).toBeGreaterThan(1100);
    expect(tracks.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(h.apiCalls('GET /v1/search')).toBe(mode === 'development' ? 2 : 1);
    const limits = h.emulator.calls.filter((c) => c.endpoint === 'GET /v1/search').map((c) => c.query.limit);
    expect(limits).toEqual(mode === 'development' ? ['10', '10'] : ['20']);
  });

  it('pages forward with after and matches one bigger page', async () => {
    const whole = await page({ first: 30 });
    const one = await page({ first: 15 });
    const two = await page({ first: 15, after: one.pageInfo.endCursor });
    expect([...one.edges, ...two.edges].map((e: any) => e.node.id)).toEqual(whole.edges.map((e: any) => e.node.id));
    expect(two.pageInfo.hasPreviousPage).toBe(true);
    expect(two.edges[0].cursor).not.toBe(one.pageInfo.endCursor);
  });

  it('pages backward with last and before', async () => {
    const whole = await page({ first: 30 });
    const back = await page({ last: 10, before: whole.edges[25].cursor });
    expect(back.edges.map((e: any) => e.node.id)).toEqual(whole.edges.slice(15, 25).map((e: any) => e.node.id));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const start = await page({ last: 10, before: whole.edges[3].cursor });
    expect(start.edges.map((e: any) => e.node.id)).toEqual(whole.edges.slice(0, 3).map((e: any) => e.node.id));
    expect(start.pageInfo.hasPreviousPage).toBe(false);
  });

  it('ends the connection at search offset 1000', async () => {
    const near = await page({ first: 10, after: encodeCursor(989) });
    expect(near.edges).toHaveLength(10);
    expect(near.pageInfo.hasNextPage).toBe(false);
    const past = await page({ first: 10, after: near.pageInfo.endCursor });
    expect(past.edges).toEqual([]);
    expect(past.pageInfo.hasNextPage).toBe(false);
    // `last` without `before` counts back from the reachable end, not from Spotify's total.
    const tail = await page({ last: 5 });
    expect(tail.edges[4].cursor).toBe(encodeCursor(999));
    for (const call of h.emulator.calls.filter((c) => c.endpoint === 'GET /v1/search')) {
      expect(Number(call.query.offset)).toBeLessThanOrEqual(1000);
      expect(call.status).toBe(200);
    }
  });

  it('answers first: 0 with the total and no edges', async () => {
    const empty = await page({ first: 0 });
    expect(empty.edges).toEqual([]);
    expect(empty.totalCount).toBeGreaterThan(1100);
  });

  it.each([
    [{ first: -1 }, '"first"'],
    [{ first: 51 }, '"first"'],
    [{ last: 100 }, '"last"'],
    [{ first: 5, last: 5 }, 'not both'],
    [{ first: 5, after: 'not-a-cursor' }, '"after"'],
    [{ last: 5, before: '12' }, '"before"'],
  ])('rejects %o as BAD_USER_INPUT without calling Spotify', async (vars, message) => {
    const result = await h.gql(SEARCH_TRACKS, { q: term, ...vars });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].message).toContain(message);
    expect(h.apiCalls()).toBe(0);
  });
});

describe('search coalescing', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('asks for artists, albums and tracks of the same window in one call', async () => {
    h.reset();
    const result = await h.gql(`{ search(query: "BTS") {
      artists(first: 5) { edges { node { name } } }
      albums(first: 5) { edges { node { name } } }
      tracks(first: 5) { edges { node { name } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.search.artists.edges.map((e: any) => e.node.name).slice(0, 3)).toEqual(['BTS', 'BTS World', 'BTSC']);
    expect(h.apiCalls()).toBe(1);
    expect(h.emulator.calls.find((c) => c.endpoint === 'GET /v1/search')?.query.type.split(',').sort()).toEqual(['album', 'artist', 'track']);
  });
});

describe.each(['development', 'extended'] as const)('nested connections in %s mode', (mode) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { mode } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  it("serves an album's first tracks from the album itself, later ones from its tracks endpoint", async () => {
    const { longAlbumId } = h.emulator.catalog.fixtures;
    const query = `query($id: ID!, $after: String) { album(id: $id) { totalTracks tracks(first: 50, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { trackNumber album { id } } } } } }`;
    const first = await h.gql(query, { id: longAlbumId });
    expect(first.errors).toBeUndefined();
    expect(first.data.album.tracks.totalCount).toBe(120);
    expect(first.data.album.tracks.edges).toHaveLength(50);
    expect(first.data.album.tracks.edges[0].node.album.id).toBe(longAlbumId);
    expect(h.apiCalls()).toBe(1);
    h.reset();
    const second = await h.gql(query, { id: longAlbumId, after: first.data.album.tracks.pageInfo.endCursor });
    expect(second.data.album.tracks.edges).toHaveLength(50);
    expect(second.data.album.tracks.pageInfo.hasNextPage).toBe(true);
    // The album itself (one- or several-items endpoint, by mode), then one page of tracks.
    expect(h.apiCalls()).toBe(2);
    expect(h.apiCalls('GET /v1/albums/{id}/tracks')).toBe(1);
    expect(h.emulator.calls.find((c) => c.endpoint === 'GET /v1/albums/{id}/tracks')?.query).toMatchObject({ offset: '50', limit: '50' });
  });

  it("pages an artist's albums in the mode's page size", async () => {
    const { btsId } = h.emulator.catalog.fixtures;
    const result = await h.gql(`query($id: ID!) { artist(id: $id) { albums(first: 20) { totalCount pageInfo { hasNextPage } edges { node { id name } } } } }`, {
      id: btsId,
    });
    expect(result.errors).toBeUndefined();
    const albums = result.data.artist.albums;
    expect(albums.totalCount).toBeGreaterThan(25);
    expect(albums.edges).toHaveLength(20);
    expect(albums.pageInfo.hasNextPage).toBe(true);
    expect(h.apiCalls('GET /v1/artists/{id}/albums')).toBe(mode === 'development' ? 2 : 1);
  });
});
