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

describe('the cost of one query text asked again', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { MAX_QUERY_COST: '200' } });
  });
  afterAll(() => h.close());

  // The limit keeps a cost per parsed document; one that page sizes from variables decide is
  // counted again for each request's variables.
  const text = 'query($first: Int) { search(query: "BTS") { artists(first: $first) { edges { node { albums(first: 10) { edges { node { name } } } } } } } }';

  it('counts pages sized by variables anew for every request', async () => {
    expect(codes(await h.gql(text, { first: 2 }))).not.toContain('QUERY_TOO_COMPLEX');
    h.reset();
    const refused = await h.gql(text, { first: 50 });
    expect(codes(refused)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(h.apiCalls()).toBe(0);
    expect(codes(await h.gql(text, { first: 2 }))).not.toContain('QUERY_TOO_COMPLEX');
  });

  it('keeps a fixed cost, refusing the same text every time', async () => {
    const fixed = '{ search(query: "BTS") { artists(first: 50) { edges { node { albums(first: 10) { edges { node { name } } } } } } } }';
    for (let i = 0; i < 3; i++) expect(codes(await h.gql(fixed))).toEqual(['QUERY_TOO_COMPLEX']);
  });
});
