import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startHarness, type Harness } from '../helpers/harness.js';

// Fragments that spread the next one many times over: a short document (a few hundred tokens,
// shallow enough for the depth limit) that stands for tens of millions of fields. It must be
// priced and refused at once, not walked field by field, and never reach Spotify.

/** `levels` fragments, each spreading the next `fanOut` times; the last asks for the name. */
function fanOut(levels: number, fanOut: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    `fragment F${i} on Artist { ${i === levels - 1 ? 'name' : `...F${i + 1} `.repeat(fanOut)} }`,
  );
  return `query($id: ID!) { artist(id: $id) { ...F0 } } ${fragments.join(' ')}`;
}

describe('fragments that fan out', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('are priced as the fields they stand for and refused, without a call', async () => {
    h.reset();
    const result = await h.gql(fanOut(5, 80), { id: h.emulator.catalog.fixtures.btsId });
    expect(codes(result)).toEqual(['QUERY_TOO_COMPLEX']);
    // The artist field, and 80⁴ names below it.
    expect(result.errors?.[0].extensions?.cost).toBe(1 + 80 ** 4);
    expect(h.emulator.calls).toHaveLength(0);
  });

  it('within the limit, run as the one field they repeat', async () => {
    const result = await h.gql(fanOut(3, 20), { id: h.emulator.catalog.fixtures.btsId });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ artist: { name: 'BTS' } });
  });
});
