import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startHarness, type Harness } from '../helpers/harness.js';

// Every new root field answers in both app modes with the fewest calls Spotify allows: one
// call for one id, one several-items call for many in Extended Quota Mode, one call per
// distinct id in Development Mode; an unknown id is null, a malformed one costs no call.

const kinds = [
  { field: 'playlist', single: 'GET /v1/playlists/{id}', several: undefined, selection: 'id name owner { id displayName } public collaborative snapshotId followers uri spotifyUrl images { url }' },
  { field: 'show', single: 'GET /v1/shows/{id}', several: 'GET /v1/shows', selection: 'id name description explicit languages mediaType totalEpisodes uri spotifyUrl images { url }' },
  { field: 'episode', single: 'GET /v1/episodes/{id}', several: 'GET /v1/episodes', selection: 'id name durationMs explicit releaseDate releaseDatePrecision languages uri show { id name }' },
  { field: 'audiobook', single: 'GET /v1/audiobooks/{id}', several: 'GET /v1/audiobooks', selection: 'id name authors narrators edition explicit languages mediaType totalChapters uri' },
  { field: 'chapter', single: 'GET /v1/chapters/{id}', several: 'GET /v1/chapters', selection: 'id name chapterNumber durationMs releaseDate releaseDatePrecision uri audiobook { id name }' },
] as const;

describe.each(['development', 'extended'] as const)('root fields in %s mode', (mode) => {
  let h: Harness;
  const ids = (field: string, count: number): string[] => {
    const { catalog } = h.emulator;
    const records = { playlist: catalog.playlists, show: catalog.shows, episode: catalog.episodes, audiobook: catalog.audiobooks, chapter: catalog.chapters }[field]!;
    return records.slice(0, count).map((r) => r.id);
  };
  beforeAll(async () => {
    h = await startHarness({ emulator: { mode } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  for (const kind of kinds) {
    it(`${kind.field}(id:) answers with one call`, async () => {
      const [id] = ids(kind.field, 1);
      const result = await h.gql(`query($id: ID!) { ${kind.field}(id: $id) { ${kind.selection} } }`, { id });
      expect(result.errors).toBeUndefined();
      expect(result.data[kind.field].id).toBe(id);
      expect(h.apiCalls()).toBe(1);
      expect(h.apiCalls(kind.single)).toBe(1);
    });

    it(`${kind.field}(id:) is null for an unknown id and BAD_USER_INPUT, with no call, for a malformed one`, async () => {
      const { unknownId, invalidId } = h.emulator.catalog.fixtures;
      const unknown = await h.gql(`query($id: ID!) { ${kind.field}(id: $id) { id } }`, { id: unknownId });
      expect(unknown.errors).toBeUndefined();
      expect(unknown.data[kind.field]).toBeNull();
      h.reset();
      const malformed = await h.gql(`query($id: ID!) { ${kind.field}(id: $id) { id } }`, { id: invalidId });
      expect(codes(malformed)).toEqual(['BAD_USER_INPUT']);
      const market = await h.gql(`query($id: ID!) { ${kind.field}(id: $id, market: "korea") { id } }`, { id: ids(kind.field, 1)[0] });
      expect(codes(market)).toEqual(['BAD_USER_INPUT']);
      expect(h.apiCalls()).toBe(0);
    });

    it(`${kind.field}: several asked in one query are batched`, async () => {
      const wanted = ids(kind.field, 5);
      const query = `{ ${wanted.map((id, i) => `a${i}: ${kind.field}(id: "${id}") { id }`).join(' ')} again: ${kind.field}(id: "${wanted[0]}") { id } }`;
      const result = await h.gql(query);
      expect(result.errors).toBeUndefined();
      expect(wanted.map((_, i) => result.data[`a${i}`].id)).toEqual(wanted);
      if (mode === 'extended' && kind.several) {
        expect(h.apiCalls()).toBe(1);
        expect(h.apiCalls(kind.several)).toBe(1);
      } else {
        // One call per distinct id (the repeated one is not asked again).
        expect(h.apiCalls()).toBe(5);
        expect(h.apiCalls(kind.single)).toBe(5);
      }
    });
  }

  it("an episode's show comes with it; an audiobook's and a show's lists tell their children their parent at no cost", async () => {
    const { longShowId, longAudiobookId } = h.emulator.catalog.fixtures;
    const result = await h.gql(
      `query($s: ID!, $b: ID!) {
        show(id: $s) { episodes(first: 3) { totalCount edges { node { id show { id } } } } }
        audiobook(id: $b) { chapters(first: 3) { totalCount edges { node { id audiobook { id } } } } }
      }`,
      { s: longShowId, b: longAudiobookId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.show.episodes.totalCount).toBe(120);
    expect(result.data.show.episodes.edges.map((e: any) => e.node.show.id)).toEqual([longShowId, longShowId, longShowId]);
    expect(result.data.audiobook.chapters.totalCount).toBe(60);
    expect(result.data.audiobook.chapters.edges.map((e: any) => e.node.audiobook.id)).toEqual([longAudiobookId, longAudiobookId, longAudiobookId]);
    // The first 50 episodes and chapters are embedded: one call each for show and audiobook.
    expect(h.apiCalls()).toBe(2);
  });

  it("pages of a show's episodes and an audiobook's chapters past the embedded 50 cost one call each", async () => {
    const { longShowId, longAudiobookId } = h.emulator.catalog.fixtures;
    const after = Buffer.from('spotify-offset:49').toString('base64url');
    const result = await h.gql(
      `query($s: ID!, $b: ID!, $after: String) {
        show(id: $s) { episodes(first: 50, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }
        audiobook(id: $b) { chapters(first: 50, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }
      }`,
      { s: longShowId, b: longAudiobookId, after },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.show.episodes.edges).toHaveLength(50);
    expect(result.data.show.episodes.pageInfo.hasNextPage).toBe(true);
    expect(result.data.audiobook.chapters.edges).toHaveLength(10);
    expect(result.data.audiobook.chapters.pageInfo.hasNextPage).toBe(false);
    expect(h.apiCalls('GET /v1/shows/{id}/episodes')).toBe(1);
    expect(h.apiCalls('GET /v1/audiobooks/{id}/chapters')).toBe(1);
    expect(h.apiCalls()).toBe(4);
  });

  it('audiobooks and chapters outside the markets Spotify sells them in are null, and their search is empty', async () => {
    const { longAudiobookId } = h.emulator.catalog.fixtures;
    const chapterId = h.emulator.catalog.chapters[0].id;
    const result = await h.gql(
      `query($b: ID!, $c: ID!) {
        kr: audiobook(id: $b, market: "KR") { id }
        us: audiobook(id: $b, market: "US") { id }
        chapter(id: $c, market: "KR") { id }
        search(query: "love", market: "KR") { audiobooks(first: 5) { totalCount edges { node { id } } } }
      }`,
      { b: longAudiobookId, c: chapterId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.kr).toBeNull();
    expect(result.data.us.id).toBe(longAudiobookId);
    expect(result.data.chapter).toBeNull();
    expect(result.data.search.audiobooks).toEqual({ totalCount: 0, edges: [] });
  });

  it('publisher is null in Development Mode and present in Extended Quota Mode', async () => {
    const { longShowId, longAudiobookId } = h.emulator.catalog.fixtures;
    const result = await h.gql(`query($s: ID!, $b: ID!) { show(id: $s) { publisher } audiobook(id: $b) { publisher } }`, { s: longShowId, b: longAudiobookId });
    expect(result.errors).toBeUndefined();
    if (mode === 'development') expect(result.data).toEqual({ show: { publisher: null }, audiobook: { publisher: null } });
    else expect(result.data).toEqual({ show: { publisher: 'Seoul Beat Media' }, audiobook: { publisher: 'Hallyu Audio Books' } });
  });
});
