import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startHarness, type Harness } from '../helpers/harness.js';

const nestedSearch = (aliases: number, first = 50) =>
  `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: search(query: "love") { artists(first: ${first}) { edges { node { albums(first: ${first}) { edges { node { name } } } } } } }`).join(' ')} }`;

describe('query limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  it('refuses 20 aliases of nested 50-item pages before any upstream call', async () => {
    const result = await h.gql(nestedSearch(20));
    expect(codes(result)).toContain('QUERY_TOO_COMPLEX');
    expect(h.emulator.calls).toHaveLength(0);
  });

  it('refuses one alias of nested 50-item pages by cost, saying how to fix it', async () => {
    const result = await h.gql(nestedSearch(1));
    expect(codes(result)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(result.errors?.[0].message).toMatch(/cost \d+ is over the limit of 5000/);
    expect(h.emulator.calls).toHaveLength(0);
  });

  it('counts page sizes given as variables', async () => {
    const query = 'query($n: Int) { search(query: "love") { artists(first: $n) { edges { node { albums(first: $n) { edges { node { name } } } } } } } }';
    expect(codes(await h.gql(query, { n: 50 }))).toEqual(['QUERY_TOO_COMPLEX']);
    expect(h.emulator.calls).toHaveLength(0);
    const small = await h.gql(query, { n: 2 });
    expect(small.errors).toBeUndefined();
  });

  it('lets ordinary queries through: an album of 40 tracks with full artists', async () => {
    const result = await h.gql(
      'query($id: ID!) { album(id: $id) { tracks(first: 40) { edges { node { name artists { name images { url } } album { name } } } } } }',
      { id: h.emulator.catalog.fixtures.bigAlbumId },
    );
    expect(result.errors).toBeUndefined();
  });

  it('refuses queries nested too deep', async () => {
    let deep = 'name';
    for (let i = 0; i < 8; i++) deep = `album { artists { albums(first: 1) { edges { node { ${deep} } } } } }`.replace('album { artists', 'tracks(first: 1) { edges { node { album { artists').concat(' } } }');
    const result = await h.gql(`query($id: ID!) { album(id: $id) { ${deep} } }`, { id: h.emulator.catalog.fixtures.bigAlbumId });
    expect(codes(result)).toContain('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(/depth/i);
    expect(h.emulator.calls).toHaveLength(0);
  });

  it('refuses too many directives and too many tokens', async () => {
    const directives = await h.gql(`{ search(query: "BTS") { artists(first: 1) { totalCount ${'@include(if: true) '.repeat(11)} } } }`);
    expect(codes(directives)).toContain('QUERY_TOO_COMPLEX');
    const tokens = await h.gql(`{ search(query: "BTS") { artists(first: 1) { ${'totalCount '.repeat(2100)} } } }`);
    expect(codes(tokens)).toContain('QUERY_TOO_COMPLEX');
    expect(h.emulator.calls).toHaveLength(0);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await h.gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ search(query: "${'x'.repeat(200_000)}") { artists { totalCount } } }` }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('accepts batches up to the limit and refuses larger ones', async () => {
    const batch = (n: number) =>
      h.gateway.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Array.from({ length: n }, () => ({ query: '{ search(query: "BTS") { artists(first: 1) { totalCount } } }' }))),
      });
    const ok = await batch(5);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveLength(5);
    const tooMany = await batch(6);
    expect(tooMany.status).toBe(413);
  });

  it('does not suggest field names', async () => {
    const result = await h.gql('{ search(query: "BTS") { artistz { totalCount } } }');
    expect(result.errors?.[0].message).not.toMatch(/did you mean/i);
  });
});

describe('introspection', () => {
  it('is on by default and off with INTROSPECTION=false', async () => {
    const on = await startHarness();
    const off = await startHarness({ env: { INTROSPECTION: 'false' } });
    try {
      expect((await on.gql('{ __schema { queryType { name } } }')).data.__schema.queryType.name).toBe('Query');
      const refused = await off.gql('{ __schema { queryType { name } } }');
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await on.close();
      await off.close();
    }
  });
});
