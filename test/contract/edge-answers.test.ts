// Particular answers the spec allows, each checked for the behaviour a client must see: short,
// overfull and lying pages, unusable objects, failures beside answers, numbers past 32 bits.
import { describe, expect, it } from 'vitest';
import type { Ask } from './payloads.js';
import { codesOf, contract, violationsOf } from './contract-harness.js';

type Json = any;

/** Search artist pages whose item at list index k is named "artist k", of `total` in all. */
function numberedArtists(total: number, served: (limit: number) => number = (limit) => limit) {
  return (ask: Ask, body: Json) => {
    const page = body.artists;
    if (ask.template !== '/search' || !page) return;
    const count = Math.max(0, Math.min(served(page.limit), total - page.offset));
    const template = page.items[0] ?? body.artists.items[0];
    page.items = Array.from({ length: count }, (_, j) => ({ ...template, id: `${'A'.repeat(14)}${String(page.offset + j).padStart(8, '0')}`, name: `artist ${page.offset + j}` }));
    page.total = total;
  };
}

const names = (result: Json) => result.data?.search?.artists?.edges.map((e: Json) => e.node.name) ?? [];

describe('answers with untidy lists (development)', () => {
  const { double, gql } = contract('development');

  it('a null inside artists.items costs that item only; totalCount stays Spotify\'s', async () => {
    double().scenario = {
      seed: 11,
      untidy: false,
      shape: (ask, body) => {
        if (ask.template !== '/search') return;
        body.artists.items.splice(1, 0, null);
        body.artists.total = 777;
      },
    };
    const result = await gql('{ search(query: "bts") { artists(first: 5) { totalCount edges { node { id name } } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.search.artists.totalCount).toBe(777);
    expect(result.data.search.artists.edges).toHaveLength(5);
  });

  it('ids inside answers that are not Spotify ids never reach a request path', async () => {
    double().scenario = {
      seed: 12,
      untidy: false,
      shape: (ask, body) => {
        if (ask.template !== '/search') return;
        body.artists.items[0].id = '../../me/player';
        body.artists.items[1].id = 'short';
      },
    };
    const result = await gql('{ search(query: "bts") { artists(first: 4) { edges { node { id name albums(first: 2) { edges { node { name } } } } } } } }');
    expect(codesOf(result)).toEqual([]);
    expect(result.data.search.artists.edges).toHaveLength(2);
    expect(violationsOf(double())).toEqual([]);
  });

  it('an album Spotify sends unusable fails its own field with UPSTREAM_BAD_RESPONSE, the rest of the query answers', async () => {
    double().scenario = {
      seed: 19,
      untidy: false,
      shape: (ask, body) => {
        if (ask.template === '/albums/{id}') delete body.tracks;
      },
    };
    const result = await gql('{ album(id: "4aawyAB9vmqN3uQ7FjRGTy") { name } track(id: "11dFghVXANMlKmJXsNCbNl") { name } }');
    expect(codesOf(result)).toEqual(['UPSTREAM_BAD_RESPONSE']);
    expect(result.errors![0].path).toEqual(['album']);
    expect(result.data.album).toBeNull();
    expect(result.data.track.name).toEqual(expect.any(String));
  });

  it('a search page shorter than its limit does not shift the cursors after it', async () => {
    double().scenario = { seed: 13, untidy: false, shape: numberedArtists(100, () => 7) };
    const first = await gql('{ search(query: "q") { artists(first: 20) { pageInfo { endCursor } edges { node { name } } } } }');
    const after = first.data.search.artists.pageInfo.endCursor;
    const second = await gql(`{ search(query: "q") { artists(first: 20, after: "${after}") { edges { node { name } } } } }`);
    const seen = [...names(first), ...names(second)];
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('`last: 5` without `before` on a search answers the last five results', async () => {
    double().scenario = { seed: 14, untidy: false, shape: numberedArtists(30) };
    const result = await gql('{ search(query: "q") { artists(last: 5) { pageInfo { hasNextPage } edges { node { name } } } } }');
    expect(names(result)).toEqual(['artist 25', 'artist 26', 'artist 27', 'artist 28', 'artist 29']);
    expect(result.data.search.artists.pageInfo.hasNextPage).toBe(false);
  });

  it('a page longer than asked is trimmed to `first`', async () => {
    double().scenario = { seed: 15, untidy: false, shape: numberedArtists(100, (limit) => limit + 5) };
    const result = await gql('{ search(query: "q") { artists(first: 10) { edges { node { name } } } } }');
    expect(names(result)).toEqual(Array.from({ length: 10 }, (_, i) => `artist ${i}`));
  });

  it('one failing connection leaves its siblings', async () => {
    double().scenario = {
      seed: 16,
      untidy: false,
      shape: (ask) => (ask.url.searchParams.get('type') === 'album' ? { status: 503, body: { error: { status: 503, message: 'busy' } } } : undefined),
    };
    // Different limits: two windows, two calls, only the albums one fails.
    const result = await gql('{ search(query: "q") { artists(first: 3) { edges { node { name } } } albums(first: 4) { edges { node { name } } } } }');
    expect(codesOf(result)).toContain('UPSTREAM_UNAVAILABLE');
    expect(result.data?.search?.artists?.edges.length).toBeGreaterThan(0);
  });

  it('an unusable artist behind a search result costs that field, not the search', async () => {
    double().scenario = {
      seed: 17,
      untidy: false,
      shape: (ask, body) => {
        // Search artists without images make the gateway load each artist; that answer is unusable.
        if (ask.template === '/search') for (const artist of body.artists.items) delete artist.images;
        if (ask.template === '/artists/{id}') return { status: 200, body: { id: ask.pathIds[0] } };
      },
    };
    const result = await gql('{ search(query: "q") { artists(first: 2) { edges { node { name images { url } } } } } }');
    expect(codesOf(result)).toContain('UPSTREAM_BAD_RESPONSE');
    expect(result.data?.search?.artists?.edges).toHaveLength(2);
  });

  it('a `total` beyond 32 bits still answers the page, its totalCount held at the largest Int', async () => {
    double().scenario = { seed: 18, untidy: false, shape: numberedArtists(100) };
    const shape = double().scenario.shape!;
    double().scenario.shape = (ask, body) => {
      shape(ask, body);
      if (body.artists) body.artists.total = 2 ** 31;
    };
    const result = await gql('{ search(query: "q") { artists(first: 3) { totalCount edges { node { name } } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.search?.artists?.edges).toHaveLength(3);
    expect(result.data?.search?.artists?.totalCount).toBe(2 ** 31 - 1);
  });

  it('counts past 2^31 are held at the largest Int, the same for followers, durations and totals; never a lost track', async () => {
    double().scenario = {
      seed: 20,
      untidy: false,
      shape: (ask, body) => {
        if (ask.template === '/artists/{id}') body.followers = { href: null, total: 3_000_000_000 };
        if (ask.template === '/tracks/{id}') body.duration_ms = 2 ** 31 + 5;
      },
    };
    const result = await gql(`{ artist(id: "${'0TnOYISbd1XYRBk9myaseg'}") { name followers } track(id: "11dFghVXANMlKmJXsNCbNl") { name durationMs } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.artist.followers).toBe(2 ** 31 - 1);
    expect(result.data.track).toMatchObject({ name: expect.any(String), durationMs: 2 ** 31 - 1 });
  });

  it('a negative total answers a totalCount of 0', async () => {
    double().scenario = { seed: 21, untidy: false, shape: (ask, body) => void (ask.template === '/search' && (body.artists.total = -5)) };
    const result = await gql('{ search(query: "q") { artists(first: 2) { totalCount } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.search.artists.totalCount).toBe(0);
  });

  it('restrictionReason is null without a market, whatever restrictions the answer holds', async () => {
    double().scenario = { seed: 22, untidy: false, shape: (ask, body) => void (ask.template === '/tracks/{id}' && (body.restrictions = { reason: 'market' })) };
    const result = await gql('{ track(id: "11dFghVXANMlKmJXsNCbNl") { name restrictionReason } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.track.restrictionReason).toBeNull();
  });

  it('a refused argument fails its own root field: data stays, siblings answer', async () => {
    double().scenario = { seed: 23, untidy: false };
    const result = await gql(`{
      search(query: "q", market: "usa") { artists(first: 1) { totalCount } }
      artists(ids: ["not-an-id"]) { name }
      lookupMany(links: ["nowhere"]) { __typename }
      track(id: "11dFghVXANMlKmJXsNCbNl") { name } }`);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(result.data).toMatchObject({ search: null, artists: null, lookupMany: null, track: { name: expect.any(String) } });
  });

  it('a playlist, show or audiobook with a malformed id is dropped from its list like any unusable item', async () => {
    double().scenario = {
      seed: 24,
      untidy: false,
      shape: (ask, body) => {
        if (ask.template !== '/search') return;
        for (const kind of ['playlists', 'shows', 'audiobooks']) if (body[kind]?.items[0]) body[kind].items[0].id = 'not/an id';
      },
    };
    const result = await gql('{ search(query: "q") { playlists(first: 3) { edges { node { id } } } shows(first: 3) { edges { node { id } } } audiobooks(first: 3) { edges { node { id } } } } }');
    expect(codesOf(result)).toEqual([]);
    for (const kind of ['playlists', 'shows', 'audiobooks']) {
      const ids = result.data.search[kind].edges.map((e: Json) => e.node.id);
      expect(ids.length, kind).toBeGreaterThan(0);
      expect(ids.every((id: string) => /^[0-9A-Za-z]{22}$/.test(id)), kind).toBe(true);
    }
  });

  it('a single playlist whose answer holds a malformed id fails its field with UPSTREAM_BAD_RESPONSE', async () => {
    double().scenario = { seed: 25, untidy: false, shape: (ask, body) => void (ask.template === '/playlists/{playlist_id}' && (body.id = 'x y')) };
    const result = await gql('{ playlist(id: "37i9dQZF1DXcBWIGoYBM5M") { id name } track(id: "11dFghVXANMlKmJXsNCbNl") { name } }');
    expect(codesOf(result)).toEqual(['UPSTREAM_BAD_RESPONSE']);
    expect(result.data.playlist).toBeNull();
  });
});
