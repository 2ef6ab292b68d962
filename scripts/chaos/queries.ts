import type { CatalogFixtures } from 'spotify-emulator';

export interface ChaosQuery {
  query: string;
  variables: Record<string, unknown>;
  /** Bad input on purpose: answered BAD_USER_INPUT without a call to Spotify. */
  invalid?: true;
}

/** A varied mix of what clients ask: searches, lookups, nested pages, bad input. */
export function chaosQueries(fixtures: CatalogFixtures, artistIds: string[], count: number, seed: number): ChaosQuery[] {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const makers: (() => ChaosQuery)[] = [
    () => ({ query: 'query($q: String!) { search(query: $q) { artists(first: 5) { edges { node { name images { url } } } } } }', variables: { q: 'BTS' } }),
    () => ({
      query: 'query($q: String!, $n: Int) { search(query: $q) { artists(first: $n) { totalCount } albums(first: $n) { edges { node { name } } } tracks(first: $n) { edges { node { name artists { name } } } } } }',
      variables: { q: pick(['love', 'night', 'BTS', 'fire', 'blue']), n: pick([3, 10, 20]) },
    }),
    () => ({ query: 'query($id: ID!) { artist(id: $id) { name images { url } albums(first: 5) { edges { node { name } } } } }', variables: { id: pick(artistIds) } }),
    () => ({
      query: 'query($id: ID!) { album(id: $id) { name tracks(first: 40) { edges { node { name artists { name images { url } } } } } } }',
      variables: { id: fixtures.bigAlbumId },
    }),
    () => ({ query: 'query($ids: [ID!]!) { artists(ids: $ids) { name } }', variables: { ids: [pick(artistIds), pick(artistIds), fixtures.unknownId] } }),
    () => ({ query: 'query($id: ID!) { album(id: $id) { tracks(first: 50, after: "c3BvdGlmeS1vZmZzZXQ6NDk") { edges { node { name } } } } }', variables: { id: fixtures.longAlbumId } }),
    () => ({ query: 'query($id: ID!) { artist(id: $id) { name } }', variables: { id: 'not-an-id' }, invalid: true }),
    () => ({ query: 'query { search(query: "BTS") { artists(first: 500) { totalCount } } }', variables: {}, invalid: true }),
  ];
  return Array.from({ length: count }, () => pick(makers)());
}
