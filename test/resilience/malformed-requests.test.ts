import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

// Requests broken at the HTTP or GraphQL-request level, as opposed to bad argument values
// (test/security/fuzz.test.ts): each is answered with a GraphQL error carrying a code and
// nothing internal, and none of them reaches Spotify.

const JSON_POST = { method: 'POST', headers: { 'content-type': 'application/json' } } as const;
const ARTISTS = 'query($ids: [ID!]!) { artists(ids: $ids) { name } }';

const nested = (depth: number) => '['.repeat(depth) + '"x"' + ']'.repeat(depth);

const cases: [string, string][] = [
  ['JSON cut short', '{"query":'],
  ['an empty body', ''],
  ['null', 'null'],
  ['a number', '42'],
  ['a query that is a number', '{"query":5}'],
  ['variables that are a string', '{"query":"{ __typename }","variables":"x"}'],
  ['extensions that are a string', '{"query":"{ __typename }","extensions":"x"}'],
  ['an operation name that is a number', '{"query":"{ __typename }","operationName":5}'],
  ['two unnamed operations', '{"query":"query a { __typename } query b { __typename }"}'],
  ['an unknown operation name', '{"query":"query a { __typename }","operationName":"zz"}'],
  ['a mutation', '{"query":"mutation { x }"}'],
  ['a subscription', '{"query":"subscription { x }"}'],
  ['a page size past 32 bits', '{"query":"{ search(query: \\"a\\") { artists(first: 99999999999) { totalCount } } }"}'],
  ['ids nested a thousand lists deep', `{"query":${JSON.stringify(ARTISTS)},"variables":{"ids":${nested(1000)}}}`],
  ['ids given as an object', `{"query":${JSON.stringify(ARTISTS)},"variables":{"ids":{"length":1e9}}}`],
  ['a fragment spreading itself', '{"query":"{ ...F } fragment F on Query { ...F }"}'],
  ['an unterminated string', '{"query":"{ search(query: \\"abc) { artists { totalCount } } }"}'],
  ['a lone surrogate', '{"query":"{ search(query: \\"\\ud800\\") { artists(first: 1) { totalCount } } }"}'],
];

describe('malformed requests', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it.each(cases)('%s: a coded GraphQL error, nothing internal, no upstream call', async (_name, body) => {
    h.reset();
    const response = await h.gateway.yoga.fetch('http://gateway.test/graphql', { ...JSON_POST, body });
    const text = await response.text();
    const result = JSON.parse(text);
    expect(Array.isArray(result.errors) && result.errors.length > 0, text).toBe(true);
    for (const error of result.errors) {
      expect(typeof error.message, text).toBe('string');
      expect(typeof error.extensions?.code, text).toBe('string');
      expect(error.extensions).not.toHaveProperty('originalError');
      expect(error.extensions).not.toHaveProperty('stack');
    }
    expect(text).not.toMatch(/\bat .+:\d+:\d+|node_modules|SyntaxError/);
    expect(h.emulator.calls).toHaveLength(0);
  });

  it('the gateway still answers afterwards', async () => {
    const result = await h.gql('{ search(query: "BTS") { artists(first: 1) { edges { node { name } } } } }');
    expect(result.data.search.artists.edges[0].node.name).toBe('BTS');
  });
});
