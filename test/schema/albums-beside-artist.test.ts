// `artist(id) { albums }` asks for the albums beside the artist, not after it: the albums
// need only the id. The connection then picks up that very call (one call, not two).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const ARTIST_WITH_ALBUMS = `query($id: ID!, $first: Int) {
  artist(id: $id) { name images { url } albums(first: $first) { totalCount edges { node { id name } } } }
}`;

describe.each(['development', 'extended'] as const)('an artist with its albums in %s mode', (mode) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { mode } });
  });
  afterAll(() => h.close());
  beforeEach(() => {
    h.reset();
    h.emulator.faults.clear();
  });

  it('asks for the first albums page while the artist is still on its way, and only once', async () => {
    const id = h.emulator.catalog.fixtures.btsId;
    // The artist answers slowly: if the albums waited for it, no albums call could arrive before it is answered.
    // (Extended Quota Mode may load it through Get Several Artists.)
    const artistEndpoints = ['GET /v1/artists/{id}', 'GET /v1/artists'];
    h.emulator.faults.add(artistEndpoints.map((endpoint) => ({ match: { endpoint }, kind: 'latency' as const, latencyMs: 1500 })));
    const answer = h.gql(ARTIST_WITH_ALBUMS, { id, first: 5 });
    const albumsCall = () => h.emulator.calls.find((c) => c.endpoint === 'GET /v1/artists/{id}/albums');
    const artistCall = () => h.emulator.calls.find((c) => artistEndpoints.includes(c.endpoint));
    // Both go out in the same turn (the artist a tick later, batched by its loader).
    for (let i = 0; i < 100 && !(albumsCall() && artistCall()); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(albumsCall()).toBeDefined();
    expect(artistCall()?.status).toBe(0); // still being answered
    const result = await answer;
    expect(result.errors).toBeUndefined();
    expect(result.data.artist.albums.edges).toHaveLength(5);
    expect(h.apiCalls('GET /v1/artists/{id}/albums')).toBe(1);
    expect(h.emulator.calls.find((c) => c.endpoint === 'GET /v1/artists/{id}/albums')?.query.limit).toBe('5');
  });

  it('fetches nothing ahead for a page it cannot know in advance (last), and still answers it', async () => {
    const id = h.emulator.catalog.fixtures.btsId;
    const result = await h.gql(`query($id: ID!) { artist(id: $id) { albums(last: 2) { edges { node { id } } } } }`, { id });
    expect(result.errors).toBeUndefined();
    expect(result.data.artist.albums.edges).toHaveLength(2);
    // One call to learn the total, one for the last two: the same as without the artist.
    expect(h.apiCalls('GET /v1/artists/{id}/albums')).toBe(2);
  });
});
