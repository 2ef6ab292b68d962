import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startHarness, type Harness } from '../helpers/harness.js';

const ALBUM_ARTISTS = (fields: string) => `query($id: ID!) { album(id: $id) { tracks(first: 40) { edges { node { id artists { ${fields} } } } } } }`;

/** Distinct artist ids credited on the big album's tracks, read from the emulator's catalog. */
function distinctArtists(h: Harness): string[] {
  const { catalog } = h.emulator;
  const album = catalog.albums[catalog.albumIndex.get(catalog.fixtures.bigAlbumId)!];
  const ids = new Set<string>();
  for (const t of album.tracks) for (const a of catalog.tracks[t].artists) ids.add(catalog.artists[a].id);
  return [...ids];
}

describe.each(['development', 'extended'] as const)('DataLoader batching in %s mode', (mode) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { mode } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  it("costs nothing for fields a simplified artist already has", async () => {
    const result = await h.gql(ALBUM_ARTISTS('id name uri spotifyUrl'), { id: h.emulator.catalog.fixtures.bigAlbumId });
    expect(result.errors).toBeUndefined();
    expect(h.apiCalls()).toBe(1);
  });

  it('loads each distinct full artist once, in the mode\'s batches', async () => {
    const distinct = distinctArtists(h);
    expect(distinct.length).toBeGreaterThanOrEqual(30);
    const result = await h.gql(ALBUM_ARTISTS('id name images { url }'), { id: h.emulator.catalog.fixtures.bigAlbumId });
    expect(result.errors).toBeUndefined();
    const edges = result.data.album.tracks.edges;
    expect(edges).toHaveLength(40);
    for (const edge of edges) for (const artist of edge.node.artists) expect(artist.images.length).toBeGreaterThan(0);
    const artistCalls = h.emulator.calls.filter((c) => c.endpoint.startsWith('GET /v1/artists'));
    if (mode === 'development') {
      expect(artistCalls.every((c) => c.endpoint === 'GET /v1/artists/{id}')).toBe(true);
      expect(artistCalls).toHaveLength(distinct.length);
      expect(new Set(artistCalls.flatMap((c) => c.ids ?? [])).size).toBe(distinct.length);
    } else {
      expect(artistCalls.every((c) => c.endpoint === 'GET /v1/artists')).toBe(true);
      expect(artistCalls).toHaveLength(Math.ceil(distinct.length / 50));
    }
  });

  it('returns artists(ids) in order, null for unknown ids, in chunks of 50 or one per id', async () => {
    const { catalog } = h.emulator;
    const ids = catalog.artists.slice(0, 60).map((a) => a.id);
    const asked = [ids[0], catalog.fixtures.unknownId, ...ids.slice(1), ids[0]];
    const result = await h.gql('query($ids: [ID!]!) { artists(ids: $ids) { id name } }', { ids: asked });
    expect(result.errors).toBeUndefined();
    expect(result.data.artists.map((a: any) => a?.id ?? null)).toEqual([ids[0], null, ...ids.slice(1), ids[0]]);
    const distinct = 61;
    expect(h.apiCalls()).toBe(mode === 'development' ? distinct : Math.ceil(distinct / 50));
    if (mode === 'development') expect(h.apiCalls('GET /v1/artists')).toBe(0);
  });

  it('rejects a malformed id in artists(ids) before any call', async () => {
    const result = await h.gql('query($ids: [ID!]!) { artists(ids: $ids) { id } }', { ids: [h.emulator.catalog.fixtures.btsId, 'nope'] });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(h.apiCalls()).toBe(0);
  });

  it('shares one lookup between root fields asking for the same artist', async () => {
    const { btsId } = h.emulator.catalog.fixtures;
    const result = await h.gql(`query($id: ID!) { a: artist(id: $id) { name } b: artist(id: $id) { images { url } } c: artists(ids: [$id]) { id } }`, { id: btsId });
    expect(result.errors).toBeUndefined();
    expect(result.data.a.name).toBe('BTS');
    expect(h.apiCalls()).toBe(1);
  });

  it('never shares loaders between requests', async () => {
    const { btsId } = h.emulator.catalog.fixtures;
    await h.gql('query($id: ID!) { artist(id: $id) { name } }', { id: btsId });
    await h.gql('query($id: ID!) { artist(id: $id) { name } }', { id: btsId });
    expect(h.apiCalls()).toBe(2);
  });

  it(`${mode === 'development' ? 'leaves deprecated fields null at no cost' : 'loads deprecated fields'} on simplified artists`, async () => {
    const result = await h.gql(ALBUM_ARTISTS('id genres popularity followers'), { id: h.emulator.catalog.fixtures.bigAlbumId });
    expect(result.errors).toBeUndefined();
    const artist = result.data.album.tracks.edges[0].node.artists[0];
    if (mode === 'development') {
      expect(artist).toMatchObject({ genres: null, popularity: null, followers: null });
      expect(h.apiCalls()).toBe(1);
    } else {
      expect(Array.isArray(artist.genres)).toBe(true);
      expect(typeof artist.popularity).toBe('number');
      expect(typeof artist.followers).toBe('number');
    }
  });
});
