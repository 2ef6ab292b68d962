import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startHarness, type Harness } from '../helpers/harness.js';

const offsetOf = (cursor: string) => Number(Buffer.from(cursor, 'base64url').toString().replace('spotify-offset:', ''));
const cursorAt = (offset: number) => Buffer.from(`spotify-offset:${offset}`).toString('base64url');

const ITEMS = `items(first: $first, after: $after) {
  totalCount
  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  edges { cursor addedAt addedBy { id } node { __typename ... on Track { id name album { id } } ... on Episode { id name show { id name } } } }
}`;
const PLAYLIST = `query($id: ID!, $first: Int, $after: String) {
  playlist(id: $id) { id name description owner { id displayName spotifyUrl } public collaborative snapshotId followers ${ITEMS} }
}`;

describe('a playlist with the app token in Development Mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { mode: 'development' } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  it('answers its metadata while items alone fail FORBIDDEN, saying why and how to get them, at no cost', async () => {
    const { mixedPlaylistId, bigPlaylistId } = h.emulator.catalog.fixtures;
    for (const id of [mixedPlaylistId, bigPlaylistId]) {
      h.reset();
      const result = await h.gql(PLAYLIST, { id, first: 5 });
      const record = h.emulator.catalog.playlists.find((p) => p.id === id)!;
      expect(result.data.playlist).toMatchObject({ id, name: record.name, owner: { id: record.owner }, followers: record.followers, items: null });
      expect(codes(result)).toEqual(['FORBIDDEN']);
      const [error] = result.errors!;
      expect(error.path).toEqual(['playlist', 'items']);
      expect(error.message).toMatch(/only to its owner and its collaborators/);
      expect(error.message).toMatch(/no signed-in user/);
      expect(error.message).toMatch(/Sign in as the owner or a collaborator/);
      // The playlist alone: the app's own token never gets the items in Development Mode, so
      // they are not asked for.
      expect(h.apiCalls('GET /v1/playlists/{id}')).toBe(1);
      expect(h.apiCalls()).toBe(1);
    }
  });

  it('asks for the playlist with additional_types, so episodes come as episodes', async () => {
    await h.gql(PLAYLIST, { id: h.emulator.catalog.fixtures.mixedPlaylistId, first: 5 });
    const calls = h.emulator.calls.filter((c) => c.host === 'api');
    expect(calls.map((c) => c.query.additional_types)).toEqual(['track,episode']);
  });

  it('refuses a malformed id with no call, and answers null for an unknown one', async () => {
    const { invalidId, unknownId } = h.emulator.catalog.fixtures;
    expect(codes(await h.gql(PLAYLIST, { id: invalidId }))).toEqual(['BAD_USER_INPUT']);
    expect(h.apiCalls()).toBe(0);
    const unknown = await h.gql(PLAYLIST, { id: unknownId });
    expect(unknown).toEqual({ data: { playlist: null } });
  });
});

describe("a playlist's items for its owner's user token in Development Mode", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { mode: 'development' } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  it('answer for the owner, while the same query with the app token alone still fails FORBIDDEN', async () => {
    const { mixedPlaylistId } = h.emulator.catalog.fixtures;
    const record = h.emulator.catalog.playlists.find((p) => p.id === mixedPlaylistId)!;
    expect(record.owner).toBe('sora');
    const token = h.emulator.users.mintToken('sora', 'playlist-read-private playlist-read-collaborative').access_token;
    const owned = await h.gql(PLAYLIST, { id: mixedPlaylistId, first: 5 }, { Authorization: `Bearer ${token}` });
    expect(owned.errors).toBeUndefined();
    expect(owned.data.playlist.owner.id).toBe('sora');
    const items = owned.data.playlist.items;
    expect(items.totalCount).toBe(record.items.length);
    const kept = record.items.map((entry, offset) => ({ entry, offset })).slice(0, 5).filter(({ entry }) => entry.kind === 'track' || entry.kind === 'episode');
    expect(kept.length).toBeGreaterThan(0);
    expect(items.edges.map((edge: any) => offsetOf(edge.cursor))).toEqual(kept.map((k) => k.offset));
    const { tracks, episodes } = h.emulator.catalog;
    expect(items.edges.map((edge: any) => edge.node.id)).toEqual(
      kept.map(({ entry }) => (entry.kind === 'track' ? tracks[entry.track].id : entry.kind === 'episode' ? episodes[entry.episode].id : null)),
    );

    const alone = await h.gql(PLAYLIST, { id: mixedPlaylistId, first: 5 });
    expect(alone.data.playlist).toMatchObject({ id: mixedPlaylistId, items: null });
    expect(codes(alone)).toEqual(['FORBIDDEN']);
    expect(alone.errors![0].path).toEqual(['playlist', 'items']);
  });
});

describe('playlist items an Extended Quota Mode app may read', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { mode: 'extended' } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  it("come with the playlist: tracks and episodes, local files and gone tracks skipped, cursors at Spotify's offsets", async () => {
    const { mixedPlaylistId } = h.emulator.catalog.fixtures;
    const record = h.emulator.catalog.playlists.find((p) => p.id === mixedPlaylistId)!;
    const result = await h.gql(PLAYLIST, { id: mixedPlaylistId, first: 12 });
    expect(result.errors).toBeUndefined();
    const items = result.data.playlist.items;
    expect(items.totalCount).toBe(record.items.length);
    const kept = record.items.map((entry, offset) => ({ entry, offset })).slice(0, 12).filter(({ entry }) => entry.kind === 'track' || entry.kind === 'episode');
    // The fixture holds a local file and an unavailable entry within its first 12 places.
    expect(kept.length).toBe(10);
    expect(items.edges.map((edge: any) => offsetOf(edge.cursor))).toEqual(kept.map((k) => k.offset));
    expect(items.edges.map((edge: any) => edge.node.__typename)).toEqual(kept.map((k) => (k.entry.kind === 'track' ? 'Track' : 'Episode')));
    expect(items.edges.map((edge: any) => [edge.addedAt, edge.addedBy.id])).toEqual(kept.map((k) => [k.entry.addedAt, k.entry.addedBy]));
    for (const { node } of items.edges) {
      if (node.__typename === 'Episode') expect(node.show.name.length).toBeGreaterThan(0);
      else expect(node.album.id).toMatch(/^[0-9A-Za-z]{22}$/);
    }
    expect(items.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: cursorAt(0), endCursor: cursorAt(11) });
    // Everything above came with the playlist itself (its first 50 items and each episode's show).
    expect(h.apiCalls()).toBe(1);
  });

  it("a 403 from Spotify for the items fails them alone, with the owner rule in its message", async () => {
    const { bigPlaylistId } = h.emulator.catalog.fixtures;
    h.emulator.faults.add({ match: { endpoint: 'GET /v1/playlists/{id}/items' }, kind: 'status', status: 403, times: 1 });
    const result = await h.gql(PLAYLIST, { id: bigPlaylistId, first: 10, after: cursorAt(59) });
    expect(result.data.playlist).toMatchObject({ id: bigPlaylistId, items: null });
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors![0].message).toMatch(/Spotify refused this playlist's items: it serves them only to the playlist's owner and its collaborators/);
    expect(h.apiCalls('GET /v1/playlists/{id}/items')).toBe(1);
  });

  it('pages on from endCursor: the embedded page serves it, later pages cost one call each', async () => {
    const { mixedPlaylistId, bigPlaylistId } = h.emulator.catalog.fixtures;
    const next = await h.gql(PLAYLIST, { id: mixedPlaylistId, first: 50, after: cursorAt(11) });
    expect(next.errors).toBeUndefined();
    expect(offsetOf(next.data.playlist.items.edges[0].cursor)).toBe(12);
    expect(next.data.playlist.items.pageInfo.hasNextPage).toBe(false);
    expect(h.apiCalls()).toBe(1);
    h.reset();
    const deep = await h.gql(PLAYLIST, { id: bigPlaylistId, first: 50, after: cursorAt(49) });
    expect(deep.errors).toBeUndefined();
    expect(deep.data.playlist.items.edges).toHaveLength(50);
    expect(offsetOf(deep.data.playlist.items.edges[0].cursor)).toBe(50);
    expect(h.apiCalls('GET /v1/playlists/{id}/items')).toBe(1);
    expect(h.apiCalls()).toBe(2);
  });
});

describe.each(['development', 'extended'] as const)('playlists from a search in %s mode', (mode) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { mode } });
  });
  afterAll(() => h.close());

  it("need no playlist load for their items, which only Extended Quota Mode's app token may read (Development Mode refuses them at no cost)", async () => {
    h.reset();
    const result = await h.gql(`{ search(query: "love") { playlists(first: 2) { totalCount edges { node { id name owner { id } items(first: 2) { totalCount } } } } } }`);
    const playlists = result.data.search.playlists;
    expect(playlists.edges).toHaveLength(2);
    expect(playlists.totalCount).toBeGreaterThanOrEqual(2);
    if (mode === 'development') {
      expect(codes(result)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      expect(playlists.edges.map((edge: any) => edge.node.items)).toEqual([null, null]);
    } else {
      expect(result.errors).toBeUndefined();
      for (const edge of playlists.edges) expect(edge.node.items.totalCount).toBeGreaterThan(0);
    }
    expect(h.apiCalls('GET /v1/search')).toBe(1);
    expect(h.apiCalls('GET /v1/playlists/{id}/items')).toBe(mode === 'extended' ? 2 : 0);
    expect(h.apiCalls()).toBe(mode === 'extended' ? 3 : 1);
  });
});
