import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

/** Seeded, so a failure replays. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEIRD_STRINGS = ['', ' ', '💥🎵', 'ñandú', '\u0000', '\u202e', '"quotes"', "'; DROP TABLE", '{"a":1}', '../../etc', 'a'.repeat(5000), 'US ', 'us', 'ZZZ', '0', '-1', 'null', '%00', '\n\t'];
const WEIRD_NUMBERS = [-1, -2147483648, 2147483647, 51, 1000, 1e9, 1.5, -0.5];

function weirdValue(next: () => number): unknown {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  switch (Math.floor(next() * 7)) {
    case 0: return pick(WEIRD_STRINGS);
    case 1: return pick(WEIRD_NUMBERS);
    case 2: return null;
    case 3: return next() < 0.5;
    case 4: return [pick(WEIRD_STRINGS), pick(WEIRD_NUMBERS)];
    case 5: return { nested: pick(WEIRD_STRINGS) };
    default: return Array.from({ length: 1 + Math.floor(next() * 30) }, () => String.fromCharCode(Math.floor(next() * 0xffff))).join('');
  }
}

/** Operations whose every argument is fuzzed; none of these values is valid, so none may reach Spotify. */
const INVALID_ONLY = [
  'query($id: ID!) { artist(id: $id) { name } }',
  'query($ids: [ID!]!) { artists(ids: $ids) { name } }',
  'query($id: ID!, $m: String) { album(id: $id, market: $m) { name } }',
  'query($id: ID!, $m: String) { track(id: $id, market: $m) { name } }',
  'query($m: String) { search(query: "BTS", market: $m) { artists(first: 1) { totalCount } } }',
  'query($f: Int, $a: String) { search(query: "BTS") { artists(first: $f, after: $a) { totalCount } } }',
  'query($l: Int, $b: String) { search(query: "BTS") { tracks(last: $l, before: $b) { totalCount } } }',
];

function isWellFormed(body: any): boolean {
  if (typeof body !== 'object' || body === null) return false;
  if (!('data' in body) && !('errors' in body)) return false;
  for (const error of body.errors ?? []) {
    if (typeof error.message !== 'string' || typeof error.extensions?.code !== 'string') return false;
    if (/\bat .+:\d+:\d+/.test(error.message)) return false;
  }
  return true;
}

describe('input fuzzing', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const post = async (query: string, variables: unknown) => {
    const response = await h.gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: JSON.parse(await response.text()) };
  };

  it('answers invalid arguments with coded errors and never calls Spotify for them', async () => {
    const next = rng(20261122);
    h.reset();
    for (let i = 0; i < 300; i++) {
      const query = INVALID_ONLY[i % INVALID_ONLY.length];
      const names = [...query.matchAll(/\$(\w+):/g)].map((m) => m[1]);
      let variables: Record<string, unknown> = Object.fromEntries(names.map((n) => [n, weirdValue(next)]));
      // Keep at least one argument invalid in a way the gateway itself must catch.
      if (names.includes('id')) variables = { ...variables, id: String(variables.id ?? '').slice(0, 21) };
      if (names.includes('ids')) variables = { ...variables, ids: ['x', weirdValue(next)] };
      if (names.includes('f')) variables = { ...variables, f: 51 + Math.floor(next() * 1e6) };
      if (names.includes('l')) variables = { ...variables, l: -1 - Math.floor(next() * 1e6) };
      if (names.length === 1 && names[0] === 'm') variables = { m: `${weirdValue(next)}x`.slice(0, 1) };
      const { body } = await post(query, variables);
      expect(isWellFormed(body), JSON.stringify({ query, variables, body }).slice(0, 500)).toBe(true);
      expect(body.errors?.length, JSON.stringify({ query, variables, body }).slice(0, 500)).toBeGreaterThan(0);
    }
    expect(h.emulator.calls).toHaveLength(0);
  });

  it('survives random query text and random documents', async () => {
    const next = rng(7);
    for (let i = 0; i < 150; i++) {
      const text = String(weirdValue(next));
      const search = await post('query($q: String!) { search(query: $q) { artists(first: 2) { totalCount edges { node { name } } } } }', { q: text });
      expect(isWellFormed(search.body), JSON.stringify({ text, body: search.body }).slice(0, 400)).toBe(true);
      const garbage = await post(text, weirdValue(next));
      expect(isWellFormed(garbage.body), JSON.stringify({ text, body: garbage.body }).slice(0, 400)).toBe(true);
    }
    const healthy = await h.gql('{ search(query: "BTS") { artists(first: 1) { edges { node { name } } } } }');
    expect(healthy.data.search.artists.edges[0].node.name).toBe('BTS');
  });
});
