// The emulator stands in for Spotify in demo mode, the tests and the benchmarks: its answers
// must be ones the spec allows, so the decoder cuts nothing from them.
import { describe, expect, it } from 'vitest';
import type { Dropped } from '../../src/spotify/upstream/spec/decode.js';
import { harnessPerTest } from '../helpers/harness.js';

const QUERY = `{ search(query: "a") {
  artists(first: 12) { edges { node { id name genres images { url } albums(first: 12) { edges { node { name releaseDate tracks(first: 3) { edges { node { name popularity album { name } } } } } } } } } }
  albums(first: 3) { edges { node { name artists { name images { url } } } } }
  tracks(first: 3) { edges { node { name previewUrl album { tracks { totalCount } } } } } } }`;

describe('the emulator answers as the spec says', () => {
  const start = harnessPerTest();

  for (const mode of ['development', 'extended'] as const) {
    it(`in ${mode} mode, every endpoint the gateway calls`, async () => {
      const dropped: Dropped[] = [];
      const h = await start({ emulator: { mode }, events: { dropped: (d) => dropped.push(d) } });
      const search = await h.gql(QUERY);
      expect(search.errors).toBeUndefined();
      const ids = search.data.search.artists.edges.slice(0, 3).map((e: { node: { id: string } }) => `"${e.node.id}"`);
      const more = await h.gql(`{ artists(ids: [${ids}]) { name } artist(id: ${ids[0]}) { name followers } }`);
      expect(more.errors).toBeUndefined();
      if (mode === 'extended') expect((await h.gql(`{ artist(id: ${ids[0]}) { topTracks { name } } }`)).errors).toBeUndefined();
      expect(h.apiCalls()).toBeGreaterThan(5);
      expect(dropped).toEqual([]);
    });
  }
});
