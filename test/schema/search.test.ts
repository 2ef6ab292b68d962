import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startHarness, type Harness } from '../helpers/harness.js';

const KINDS = {
  playlists: 'id name owner { id } images { url }',
  shows: 'id name totalEpisodes mediaType',
  episodes: 'id name releaseDate durationMs',
  audiobooks: 'id name authors narrators totalChapters',
} as const;

describe.each(['development', 'extended'] as const)('search for playlists, shows, episodes and audiobooks in %s mode', (mode) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { mode } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  for (const [kind, selection] of Object.entries(KINDS)) {
    it(`${kind}: one call for a page Spotify serves whole`, async () => {
      const result = await h.gql(`query($q: String!) { search(query: $q) { ${kind}(first: 5) { totalCount pageInfo { hasNextPage } edges { cursor node { ${selection} } } } } }`, {
        q: 'love',
      });
      expect(result.errors).toBeUndefined();
      const page = result.data.search[kind];
      expect(page.edges.length).toBeGreaterThan(0);
      expect(page.totalCount).toBeGreaterThanOrEqual(page.edges.length);
      expect(h.apiCalls('GET /v1/search')).toBe(1);
      expect(h.apiCalls()).toBe(1);
      const call = h.emulator.calls.find((c) => c.host === 'api')!;
      expect(call.query.type).toBe(kind.slice(0, -1));
    });
  }

  it('every kind asked with the same window shares one call', async () => {
    const result = await h.gql(`{ search(query: "love") {
      artists(first: 5) { totalCount } albums(first: 5) { totalCount } tracks(first: 5) { totalCount }
      playlists(first: 5) { totalCount } shows(first: 5) { totalCount } episodes(first: 5) { totalCount } audiobooks(first: 5) { totalCount }
    } }`);
    expect(result.errors).toBeUndefined();
    for (const kind of ['artists', 'albums', 'tracks', 'playlists', 'shows', 'episodes', 'audiobooks']) {
      expect(result.data.search[kind].totalCount, kind).toBeGreaterThan(0);
    }
    expect(h.apiCalls()).toBe(1);
    const types = h.emulator.calls.find((c) => c.host === 'api')!.query.type.split(',');
    expect(types.sort()).toEqual(['album', 'artist', 'audiobook', 'episode', 'playlist', 'show', 'track']);
  });

  it("a page of 20 is one call of 20 in Extended Quota Mode and two of 10 in Development Mode", async () => {
    const result = await h.gql(`{ search(query: "love") { episodes(first: 20) { edges { node { id } } } playlists(first: 20) { edges { node { id } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(h.apiCalls()).toBe(mode === 'extended' ? 1 : 2);
    const ids = result.data.search.episodes.edges.map((edge: any) => edge.node.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("episodes from a search load their show only when asked, once per episode", async () => {
    const result = await h.gql(`{ search(query: "love") { episodes(first: 3) { edges { node { id show { id name } } } } } }`);
    expect(result.errors).toBeUndefined();
    const ids = result.data.search.episodes.edges.map((edge: any) => edge.node.id);
    for (const edge of result.data.search.episodes.edges) expect(edge.node.show.name.length).toBeGreaterThan(0);
    // One search, then the episodes' full objects: batched in Extended Quota Mode.
    expect(h.apiCalls('GET /v1/search')).toBe(1);
    if (mode === 'extended') expect(h.apiCalls('GET /v1/episodes')).toBe(1);
    else expect(h.apiCalls('GET /v1/episodes/{id}')).toBe(ids.length);
    expect(h.apiCalls()).toBe(mode === 'extended' ? 2 : 1 + ids.length);
  });

  it('refuses a bad page size or cursor with no call', async () => {
    expect(codes(await h.gql(`{ search(query: "love") { shows(first: 51) { totalCount } } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await h.gql(`{ search(query: "love") { audiobooks(after: "nope") { totalCount } } }`))).toEqual(['BAD_USER_INPUT']);
    expect(h.apiCalls()).toBe(0);
  });
});
