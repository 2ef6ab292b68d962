import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startHarness, type Harness } from '../helpers/harness.js';

describe.each(['development', 'extended'] as const)('album and track facts in %s mode', (mode) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { mode } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  it('albumType and releaseDatePrecision are enums; label, copyrights and upc come with the full album in one call', async () => {
    const { bigAlbumId } = h.emulator.catalog.fixtures;
    const record = h.emulator.catalog.albums.find((a) => a.id === bigAlbumId)!;
    const result = await h.gql(`query($id: ID!) { album(id: $id) { albumType releaseDate releaseDatePrecision label upc copyrights { text type } } }`, { id: bigAlbumId });
    expect(result.errors).toBeUndefined();
    expect(result.data.album).toMatchObject({
      albumType: record.albumType.toUpperCase(),
      releaseDatePrecision: record.releaseDatePrecision.toUpperCase(),
      upc: record.upc,
      label: mode === 'extended' ? record.label : null,
    });
    expect(result.data.album.copyrights.map((c: any) => c.type)).toEqual(['C', 'P']);
    expect(h.apiCalls()).toBe(1);
  });

  it("full-album facts of albums from a search or a discography are loaded only when asked, batched", async () => {
    const plain = await h.gql(`{ search(query: "love") { albums(first: 3) { edges { node { id name albumType releaseDatePrecision } } } } }`);
    expect(plain.errors).toBeUndefined();
    expect(h.apiCalls()).toBe(1);
    h.reset();
    const full = await h.gql(`{ search(query: "love") { albums(first: 3) { edges { node { id upc copyrights { type } label } } } } }`);
    expect(full.errors).toBeUndefined();
    for (const edge of full.data.search.albums.edges) expect(edge.node.upc).toMatch(/^\d+$/);
    expect(h.apiCalls('GET /v1/search')).toBe(1);
    if (mode === 'extended') expect(h.apiCalls('GET /v1/albums')).toBe(1);
    else expect(h.apiCalls('GET /v1/albums/{id}')).toBe(3);
  });

  it('Artist.albums takes includeGroups and market, and the same page asked twice is one call', async () => {
    const { btsId } = h.emulator.catalog.fixtures;
    const result = await h.gql(
      `query($id: ID!) { artist(id: $id) {
        singles: albums(first: 5, includeGroups: [SINGLE], market: "US") { totalCount edges { node { albumType } } }
        again: albums(first: 5, includeGroups: [SINGLE], market: "US") { totalCount }
        all: albums(first: 5) { totalCount }
      } }`,
      { id: btsId },
    );
    expect(result.errors).toBeUndefined();
    const { singles, again, all } = result.data.artist;
    expect(singles.edges.length).toBeGreaterThan(0);
    for (const edge of singles.edges) expect(edge.node.albumType).toBe('SINGLE');
    expect(again.totalCount).toBe(singles.totalCount);
    expect(all.totalCount).toBeGreaterThan(singles.totalCount);
    const calls = h.emulator.calls.filter((c) => c.endpoint === 'GET /v1/artists/{id}/albums');
    // The two identical pages are one GET; the unfiltered page is another.
    expect(calls).toHaveLength(2);
    expect(calls.map((c) => c.query.include_groups ?? null).sort()).toEqual(['single', null].sort());
    expect(calls.find((c) => c.query.include_groups)!.query.market).toBe('US');
    expect(codes(await h.gql(`query($id: ID!) { artist(id: $id) { albums(market: "usa") { totalCount } } }`, { id: btsId }))).toEqual(['BAD_USER_INPUT']);
  });

  it("an artist's albums asked twice in one query make one call", async () => {
    const { btsId } = h.emulator.catalog.fixtures;
    const result = await h.gql(`query($id: ID!) { artist(id: $id) { a: albums(first: 5) { edges { node { id } } } b: albums(first: 5) { edges { node { name } } } } }`, { id: btsId });
    expect(result.errors).toBeUndefined();
    expect(h.apiCalls('GET /v1/artists/{id}/albums')).toBe(1);
  });

  it('isrc loads the full track; isPlayable and restrictionReason answer for a market and are null without one', async () => {
    const { restrictedTrackId } = h.emulator.catalog.fixtures;
    const record = h.emulator.catalog.tracks.find((t) => t.id === restrictedTrackId)!;
    const query = `query($id: ID!, $market: String) { track(id: $id, market: $market) { isrc isPlayable restrictionReason } }`;
    const inBrazil = await h.gql(query, { id: restrictedTrackId, market: 'BR' });
    expect(inBrazil.data.track).toEqual({ isrc: record.isrc, isPlayable: false, restrictionReason: 'market' });
    const inUs = await h.gql(query, { id: restrictedTrackId, market: 'US' });
    expect(inUs.data.track).toEqual({ isrc: record.isrc, isPlayable: true, restrictionReason: null });
    const nowhere = await h.gql(query, { id: restrictedTrackId });
    expect(nowhere.data.track).toEqual({ isrc: record.isrc, isPlayable: null, restrictionReason: null });
    expect(h.apiCalls()).toBe(3);
  });

  it("tracks from an album's list say whether they play in the album's market with no more calls, and load the full track only for isrc", async () => {
    const { bigAlbumId } = h.emulator.catalog.fixtures;
    const playable = await h.gql(`query($id: ID!) { album(id: $id, market: "US") { tracks(first: 3) { edges { node { isPlayable restrictionReason } } } } }`, { id: bigAlbumId });
    expect(playable.errors).toBeUndefined();
    for (const edge of playable.data.album.tracks.edges) expect(edge.node.isPlayable).toBe(true);
    expect(h.apiCalls()).toBe(1);
    h.reset();
    const isrc = await h.gql(`query($id: ID!) { album(id: $id) { tracks(first: 3) { edges { node { isrc } } } } }`, { id: bigAlbumId });
    expect(isrc.errors).toBeUndefined();
    for (const edge of isrc.data.album.tracks.edges) expect(edge.node.isrc).toMatch(/^[A-Z]{2}/);
    expect(h.apiCalls()).toBe(mode === 'extended' ? 2 : 4);
  });
});
