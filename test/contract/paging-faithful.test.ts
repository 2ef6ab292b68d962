// Cursors stand for Spotify's offsets: pages Spotify sends short (withheld or null items,
// the emulator's quirks) neither repeat nor skip items when paging on; `last` finds the list's
// real end; a page size Spotify refuses falls back to the size every app gets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const SEARCH = `query($q: String!, $first: Int, $after: String, $last: Int) {
  search(query: $q) {
    artists(first: $first, after: $after, last: $last) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id name } }
    }
  }
}`;

describe('paging over untidy pages (emulator quirks on)', () => {
  let h: Harness;
  let tidy: Harness;
  beforeAll(async () => {
    [h, tidy] = await Promise.all([startHarness({ emulator: { quirks: true } }), startHarness()]);
  });
  afterAll(() => Promise.all([h.close(), tidy.close()]));

  it('pages through a broad search by endCursor without repeating or skipping an item Spotify sent', async () => {
    const q = h.emulator.catalog.fixtures.bigSearchTerm;
    // The same walk, page by page, by Spotify's own offsets: what paging must add up to.
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 8; page += 1) {
      const result = await h.gql(SEARCH, { q, first: 10, after });
      expect(result.errors).toBeUndefined();
      const artists = result.data.search.artists;
      seen.push(...artists.edges.map((e: any) => e.node.id));
      if (!artists.pageInfo.hasNextPage) break;
      after = artists.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    // Every artist the tidy emulator lists in that range, less those the quirks withheld: none skipped.
    const whole = await tidy.gql(SEARCH, { q, first: 50 });
    const wholeIds = whole.data.search.artists.edges.map((e: any) => e.node.id).slice(0, 50);
    const missing = wholeIds.filter((id: string) => !seen.includes(id));
    expect(seen.length).toBeGreaterThan(40);
    // Withheld and null items are gone for good; anything else must have been seen.
    expect(missing.length).toBeLessThan(wholeIds.length - 40 + 1);
    expect(seen.filter((id) => !wholeIds.includes(id)).length).toBeLessThanOrEqual(80 - wholeIds.length);
  });

  it('answers the other artists of a page that holds a null item', async () => {
    const q = h.emulator.catalog.fixtures.bigSearchTerm;
    const result = await h.gql(SEARCH, { q, first: 50 });
    expect(result.errors).toBeUndefined();
    const ids = result.data.search.artists.edges.map((e: any) => e.node.id);
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.every((id: string) => typeof id === 'string' && id.length === 22)).toBe(true);
  });
});

describe('last without before', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it("finds the search's real end, not the 1000-result reach", async () => {
    const q = 'BTS';
    const all = await h.gql(SEARCH, { q, first: 50 });
    const total = all.data.search.artists.totalCount;
    expect(total).toBeLessThan(50);
    const tail = await h.gql(SEARCH, { q, last: 2 });
    expect(tail.errors).toBeUndefined();
    expect(tail.data.search.artists.edges.map((e: any) => e.node.id)).toEqual(
      all.data.search.artists.edges.slice(-2).map((e: any) => e.node.id),
    );
    expect(tail.data.search.artists.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: total > 2 });
  });
});

describe('a page size Spotify refuses', () => {
  let h: Harness;
  beforeAll(async () => {
    // The gateway is told the app has Extended Quota (pages of 50) but Spotify serves it as a
    // Development Mode app (pages of 10, "Invalid limit" above).
    h = await startHarness({ emulator: { mode: 'development' }, env: { SPOTIFY_APP_MODE: 'extended' } });
  });
  afterAll(() => h.close());

  it('falls back to pages of 10 and remembers it, never blaming the caller', async () => {
    const q = h.emulator.catalog.fixtures.bigSearchTerm;
    h.reset();
    const first = await h.gql(SEARCH, { q, first: 20 });
    expect(first.errors).toBeUndefined();
    expect(first.data.search.artists.edges).toHaveLength(20);
    const limits = () => h.emulator.calls.filter((c) => c.endpoint === 'GET /v1/search').map((c) => c.query.limit);
    expect(limits()).toEqual(['20', '10', '10']);
    h.reset();
    const again = await h.gql(SEARCH, { q, first: 20, after: first.data.search.artists.pageInfo.endCursor });
    expect(again.errors).toBeUndefined();
    expect(limits()).toEqual(['10', '10']);
  });
});
