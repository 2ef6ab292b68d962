import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startHarness, type Harness } from '../helpers/harness.js';

const LOOKUP = `query($link: String!) { lookup(link: $link) {
  __typename
  ... on Artist { id name }
  ... on Album { id name albumType }
  ... on Track { id name }
  ... on Playlist { id name }
  ... on Show { id name }
  ... on Episode { id name }
  ... on Audiobook { id name }
  ... on Chapter { id name }
} }`;

describe.each(['development', 'extended'] as const)('lookup by link in %s mode', (mode) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { mode } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  /** [type, id, name, single-item endpoint] of one item of every kind a link names. */
  const items = () => {
    const c = h.emulator.catalog;
    return [
      ['Artist', c.artists[0].id, c.artists[0].name, 'artist'],
      ['Album', c.albums[0].id, c.albums[0].name, 'album'],
      ['Track', c.tracks[0].id, c.tracks[0].name, 'track'],
      ['Playlist', c.playlists[0].id, c.playlists[0].name, 'playlist'],
      ['Show', c.shows[0].id, c.shows[0].name, 'show'],
      ['Episode', c.episodes[0].id, c.episodes[0].name, 'episode'],
      ['Audiobook', c.audiobooks[0].id, c.audiobooks[0].name, 'audiobook'],
    ] as const;
  };

  it('answers every kind, from a URI and from a pasted open.spotify.com link, with one call each', async () => {
    for (const [type, id, name, kind] of items()) {
      const forms = [`spotify:${kind}:${id}`, `https://open.spotify.com/intl-ko/${kind}/${id}?si=0123abcd`, `open.spotify.com/${kind}/${id}/`];
      for (const link of forms) {
        h.reset();
        const result = await h.gql(LOOKUP, { link });
        expect(result.errors, link).toBeUndefined();
        expect(result.data.lookup, link).toMatchObject({ __typename: type, id, name });
        expect(h.apiCalls(), link).toBe(1);
      }
    }
  });

  it("finds an audiobook by the show link Spotify gives it, and a chapter by its episode link (one more call, only then)", async () => {
    const c = h.emulator.catalog;
    const book = c.audiobooks[1];
    const chapter = c.chapters[0];
    const byShow = await h.gql(LOOKUP, { link: `https://open.spotify.com/show/${book.id}` });
    expect(byShow.data.lookup).toEqual({ __typename: 'Audiobook', id: book.id, name: book.name });
    expect(h.apiCalls()).toBe(2);
    h.reset();
    const byEpisode = await h.gql(LOOKUP, { link: `spotify:episode:${chapter.id}` });
    expect(byEpisode.data.lookup).toEqual({ __typename: 'Chapter', id: chapter.id, name: chapter.name });
    expect(h.apiCalls()).toBe(2);
  });

  it('is null for a link to nothing, BAD_USER_INPUT with no call for a malformed one', async () => {
    const { unknownId } = h.emulator.catalog.fixtures;
    expect(await h.gql(LOOKUP, { link: `spotify:album:${unknownId}` })).toEqual({ data: { lookup: null } });
    h.reset();
    for (const link of ['https://example.com/album/x', `spotify:album:${unknownId}x`, 'BTS', `https://open.spotify.com/chapter/${unknownId}`]) {
      const result = await h.gql(LOOKUP, { link });
      expect(codes(result), link).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].message).toMatch(/Spotify URI/);
    }
    expect(h.apiCalls()).toBe(0);
  });

  it('lookupMany batches links of one kind through the same loaders, keeping order and nulls', async () => {
    const c = h.emulator.catalog;
    const albums = c.albums.slice(0, 4).map((a) => a.id);
    const tracks = c.tracks.slice(0, 3).map((t) => t.id);
    const links = [
      ...albums.map((id) => `https://open.spotify.com/album/${id}?si=x`),
      ...tracks.map((id) => `spotify:track:${id}`),
      `spotify:album:${albums[0]}`,
      `spotify:album:${c.fixtures.unknownId}`,
    ];
    const result = await h.gql(`query($links: [String!]!) { lookupMany(links: $links) { __typename ... on Album { id } ... on Track { id } } }`, { links });
    expect(result.errors).toBeUndefined();
    expect(result.data.lookupMany).toEqual([
      ...albums.map((id) => ({ __typename: 'Album', id })),
      ...tracks.map((id) => ({ __typename: 'Track', id })),
      { __typename: 'Album', id: albums[0] },
      null,
    ]);
    if (mode === 'extended') {
      expect(h.apiCalls('GET /v1/albums')).toBe(1);
      expect(h.apiCalls('GET /v1/tracks')).toBe(1);
      expect(h.apiCalls()).toBe(2);
    } else {
      // One call per distinct id: 4 albums, the unknown one, 3 tracks.
      expect(h.apiCalls()).toBe(8);
    }
  });

  it('lookupMany refuses more than 50 links, or any malformed one, with no call', async () => {
    const link = `spotify:artist:${h.emulator.catalog.artists[0].id}`;
    const query = `query($links: [String!]!) { lookupMany(links: $links) { __typename } }`;
    const tooMany = await h.gql(query, { links: Array.from({ length: 51 }, () => link) });
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    const malformed = await h.gql(query, { links: [link, 'spotify:artist:nope'] });
    expect(codes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors![0].message).toMatch(/links\[1\]/);
    expect(h.apiCalls()).toBe(0);
  });
});
