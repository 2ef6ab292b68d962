// A query text is compiled on its tenth run. The compiled executor must answer exactly as
// graphql-js's does: same data, same errors (codes, messages, paths, locations), same nulls.

import { describe, expect, it } from 'vitest';
import { COMPILE_ON_RUN, MAX_COMPILED } from '../../src/execution/compiled.js';
import { harnessPerTest, type Harness } from '../helpers/harness.js';

const metric = async (h: Harness, name: string) => {
  const text = await h.gateway.metrics.registry.metrics();
  return Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
};

/** Runs `query` until it is compiled: the interpreter's answer, and the compiled one (unless `compiles` is 0). */
async function interpretedAndCompiled(h: Harness, query: string, variables?: Record<string, unknown>, compiles = 1) {
  const before = await metric(h, 'graphql_operations_compiled_total');
  const interpreted = await h.gql(query, variables);
  for (let run = 2; run < COMPILE_ON_RUN; run++) expect(await h.gql(query, variables)).toEqual(interpreted);
  expect(await metric(h, 'graphql_operations_compiled_total')).toBe(before);
  const compiled = await h.gql(query, variables);
  expect(await metric(h, 'graphql_operations_compiled_total')).toBe(before + compiles);
  return { interpreted, compiled };
}

/** Runs `query` as often as it takes to be compiled. */
async function untilCompiled(h: Harness, query: string) {
  for (let run = 1; run <= COMPILE_ON_RUN; run++) expect((await h.gql(query)).data).toEqual({ __typename: 'Query' });
}

describe('compiled execution', () => {
  const start = harnessPerTest();

  it(`is used from run ${COMPILE_ON_RUN} on, once per document`, async () => {
    const h = await start();
    const query = '{ search(query: "BTS") { artists(first: 1) { totalCount } } }';
    const { interpreted, compiled } = await interpretedAndCompiled(h, query);
    expect(compiled).toEqual(interpreted);
    await h.gql(query);
    expect(await metric(h, 'graphql_operations_compiled_total')).toBe(1);
  });

  it(`keeps at most ${MAX_COMPILED} compiled queries, the least recently used dropped first`, async () => {
    const h = await start();
    const compiles = () => metric(h, 'graphql_operations_compiled_total');
    // Distinct query texts that need no call to Spotify.
    const text = (i: number) => `query Q${i} { __typename }`;
    for (let i = 0; i <= MAX_COMPILED; i++) await untilCompiled(h, text(i));
    expect(await compiles()).toBe(MAX_COMPILED + 1);
    // The most recent ones are still compiled; the first was dropped, and comes back compiled anew.
    await h.gql(text(MAX_COMPILED));
    expect(await compiles()).toBe(MAX_COMPILED + 1);
    expect((await h.gql(text(0))).data).toEqual({ __typename: 'Query' });
    expect(await compiles()).toBe(MAX_COMPILED + 2);
    expect(h.apiCalls()).toBe(0);
  });

  it.each([
    [
      'connections, cursors and fragments',
      'query($q: String!, $n: Int!) { search(query: $q) { artists(first: $n) { ...page } albums(first: 2) { totalCount edges { node { __typename name albumType } } } } } fragment page on ArtistSearchConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name images { url width height } } } }',
      { q: 'BTS', n: 3 },
    ],
    [
      "an album's tracks and their full artists",
      'query($id: ID!) { album(id: $id) { name totalTracks tracks(first: 12) { totalCount edges { node { name durationMs explicit artists { id name images { url } } } } } } }',
      'bigAlbum',
    ],
    [
      '@include and @skip with variables, aliases',
      'query($id: ID!, $yes: Boolean!) { a: artist(id: $id) { name genres @include(if: $yes) popularity @skip(if: $yes) } b: artist(id: $id) @skip(if: $yes) { name } }',
      'bts',
    ],
    ['an unknown id: null, no error', 'query($id: ID!) { artist(id: $id) { name } album(id: $id) { name } track(id: $id) { name } }', 'unknown'],
    ['topTracks refused in Development Mode beside data', 'query($id: ID!) { artist(id: $id) { name topTracks { name } } }', 'bts'],
    ['a bad page size from a resolver', 'query($id: ID!) { artist(id: $id) { name albums(first: -1) { totalCount } } }', 'bts'],
  ])('answers as the interpreter does: %s', async (_name, query, vars) => {
    const h = await start();
    const { btsId, bigAlbumId, unknownId } = h.emulator.catalog.fixtures;
    const named: Record<string, Record<string, unknown>> = { bts: { id: btsId, yes: true }, bigAlbum: { id: bigAlbumId }, unknown: { id: unknownId } };
    const variables = typeof vars === 'string' ? named[vars] : vars;
    const { interpreted, compiled } = await interpretedAndCompiled(h, query, variables);
    expect(compiled).toEqual(interpreted);
    for (const error of compiled.errors ?? []) expect(error.extensions?.code).toMatch(/^[A-Z_]+$/);
  });

  it.each([
    ['of the wrong type', { n: 'ten' }],
    ['missing', {}],
  ])('leaves a variable %s to the interpreter, and its error points at the variable', async (_name, variables) => {
    const h = await start();
    const { interpreted, compiled } = await interpretedAndCompiled(h, 'query($n: Int!) { search(query: "BTS") { artists(first: $n) { totalCount } } }', variables, 0);
    expect(compiled).toEqual(interpreted);
    expect(compiled.errors).toMatchObject([{ locations: [{ line: 1, column: 7 }], extensions: { code: 'BAD_USER_INPUT' } }]);
    expect(h.apiCalls()).toBe(0);
  });

  it('answers as the interpreter does when Spotify fails one field', async () => {
    const h = await start({ env: { UPSTREAM_RETRIES: '0' } });
    h.emulator.faults.add({ match: { endpoint: 'GET /v1/artists/{id}' }, kind: 'status', status: 503 });
    const { btsId, bigAlbumId } = h.emulator.catalog.fixtures;
    const { interpreted, compiled } = await interpretedAndCompiled(h, 'query($a: ID!, $b: ID!) { artist(id: $a) { name } album(id: $b) { name } }', { a: btsId, b: bigAlbumId });
    expect(compiled).toEqual(interpreted);
    expect(compiled.data.album.name).toEqual(expect.any(String));
    expect(compiled.errors).toMatchObject([{ path: ['artist'], locations: [{ line: 1, column: 27 }], extensions: { code: 'UPSTREAM_UNAVAILABLE' } }]);
  });

  it('answers federation entity lookups as the interpreter does', async () => {
    const h = await start({ env: { FEDERATION_SUBGRAPH: 'true' } });
    const { btsId, bigAlbumId, unknownId } = h.emulator.catalog.fixtures;
    const representations = [
      { __typename: 'Artist', id: btsId },
      { __typename: 'Album', id: bigAlbumId },
      { __typename: 'Artist', id: unknownId },
    ];
    const { interpreted, compiled } = await interpretedAndCompiled(
      h,
      'query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Artist { id name } ... on Album { id name } } }',
      { r: representations },
    );
    expect(compiled).toEqual(interpreted);
    expect(compiled.data._entities.map((entity: { __typename: string } | null) => entity?.__typename ?? null)).toEqual(['Artist', 'Album', null]);
  });
});
