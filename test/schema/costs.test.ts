import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { costMultiplierOf } from '../../src/schema/cost.js';
import { codes, startHarness, type Harness } from '../helpers/harness.js';

describe('costs of the catalog fields', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('every connection is priced per page item, and lookupMany per link', () => {
    const unpriced: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!('getFields' in type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const named = 'type' in field ? String(field.type).replace(/[[\]!]/g, '') : '';
        if (named.endsWith('Connection') && costMultiplierOf(field as never) !== 'page') unpriced.push(`${type.name}.${field.name}`);
      }
    }
    expect(unpriced).toEqual([]);
    expect(costMultiplierOf(schema.getQueryType()!.getFields().lookupMany)).toBe('ids');
  });

  it('a lookupMany of 50 playlists with 50 items each, each loading artists, is refused before any call', async () => {
    h.reset();
    const links = Array.from({ length: 50 }, (_, i) => `spotify:playlist:${h.emulator.catalog.playlists[i % 16].id}`);
    const result = await h.gql(
      `query($links: [String!]!) { lookupMany(links: $links) { ... on Playlist { items(first: 50) { edges { node { ... on Track { artists { images { url } genres } } } } } } } }`,
      { links },
    );
    expect(codes(result)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(h.apiCalls()).toBe(0);
  });
});
