// The gateway against what users would write instead, on the same upstream and the same load:
// Apollo Server + RESTDataSource (bench/servers/apollo-rest.mjs) and Hive Gateway over GraphQL
// Mesh's composition of Spotify's OpenAPI spec (bench/servers/hive-mesh.mjs). Every comparator
// must answer the same data as the gateway, checked once per run before any load.
import { isDeepStrictEqual } from 'node:util';
import { log, measure, post } from './measure.js';
import { rssMb, type Service } from './processes.js';
import type { Row } from './report.js';
import { composeSupergraph, startApollo, startGateway, startHiveMesh } from './services.js';
import { accessToken } from './upstream.js';

export const CONTENDERS = ['this gateway', 'Apollo Server + RESTDataSource', 'Hive Gateway + Mesh (OpenAPI)'] as const;
export type Contender = (typeof CONTENDERS)[number];

type Operation = { query: string; variables: Record<string, unknown> };

export interface ComparedQuery {
  name: string;
  /** The text the gateway and the Apollo comparator (whose schema has the same shape) answer. */
  operation: Operation;
  /** The same request in Mesh's generated field names. */
  mesh: Operation;
  /** Mesh's `data` reshaped as the gateway's, to compare the two. */
  fromMesh(data: any): unknown;
  /** Upstream round trips one after another, per contender (the token aside). */
  roundTrips: Record<Contender, number>;
  /** The fewest round trips the request needs: the latency floor is this × the upstream latency. */
  minimalRoundTrips: number;
  /** The variable a distinct-requests row sets per request: an artist's name (a search term) or id. */
  varies: { variable: string; by: 'name' | 'id' };
}

export function comparedQueries(fixtures: { btsId: string }): ComparedQuery[] {
  const images = 'images { url width height }';
  return [
    {
      name: "seeds' search, 5 artists with images",
      operation: { query: `query($q: String!) { search(query: $q) { artists(first: 5) { edges { node { id name ${images} } } } } }`, variables: { q: 'BTS' } },
      mesh: {
        query: `query($q: String!) { search(q: $q, type: [artist], limit: 5) { ... on SearchItems_response { artists { items { id name ${images} } } } } }`,
        variables: { q: 'BTS' },
      },
      varies: { variable: 'q', by: 'name' },
      fromMesh: (data) => ({ search: { artists: { edges: data.search.artists.items.map((node: unknown) => ({ node })) } } }),
      roundTrips: { 'this gateway': 1, 'Apollo Server + RESTDataSource': 1, 'Hive Gateway + Mesh (OpenAPI)': 1 },
      minimalRoundTrips: 1,
    },
    {
      name: 'an artist with 10 albums',
      operation: {
        query: 'query($id: ID!) { artist(id: $id) { id name albums(first: 10) { edges { node { id name releaseDate totalTracks } } } } }',
        variables: { id: fixtures.btsId },
      },
      varies: { variable: 'id', by: 'id' },
      // Mesh's schema has no link from an artist to its albums: two root fields, fetched in parallel.
      mesh: {
        query:
          'query($id: String!) { get_an_artist(id: $id) { ... on ArtistObject { id name } } get_an_artists_albums(id: $id, limit: 10) { ... on PagingArtistDiscographyAlbumObject { items { id name release_date total_tracks } } } }',
        variables: { id: fixtures.btsId },
      },
      fromMesh: (data) => ({
        artist: {
          ...data.get_an_artist,
          albums: {
            edges: data.get_an_artists_albums.items.map((album: { id: string; name: string; release_date?: string; total_tracks: number }) => ({
              node: { id: album.id, name: album.name, releaseDate: album.release_date || null, totalTracks: album.total_tracks },
            })),
          },
        },
      }),
      // The Apollo app loads the artist, then its albums from it; the gateway asks for both at once.
      roundTrips: { 'this gateway': 1, 'Apollo Server + RESTDataSource': 2, 'Hive Gateway + Mesh (OpenAPI)': 1 },
      minimalRoundTrips: 1,
    },
  ];
}

/** A contender's endpoint and how to ask it a compared query. */
interface Target {
  contender: Contender;
  service: Service;
  request(query: ComparedQuery): ReturnType<typeof post>;
  /** The operation this contender is sent for `query` (the gateway's, or Mesh's own). */
  operation(query: ComparedQuery): Operation;
  data(query: ComparedQuery, answer: { data?: unknown }): unknown;
}

async function targetsOn(emulator: Service, supergraph: string, started: (s: Promise<Service>) => Promise<Service>): Promise<Target[]> {
  const token = await accessToken(emulator);
  const gateway = await started(startGateway(emulator, { CACHE_TTL_SECONDS: '0' }));
  const apollo = await started(startApollo(emulator));
  const mesh = await started(startHiveMesh(emulator, supergraph));
  return [
    { contender: 'this gateway', service: gateway, request: (q) => post(q.operation), operation: (q) => q.operation, data: (_q, a) => a.data },
    { contender: 'Apollo Server + RESTDataSource', service: apollo, request: (q) => post(q.operation), operation: (q) => q.operation, data: (_q, a) => a.data },
    {
      contender: 'Hive Gateway + Mesh (OpenAPI)',
      service: mesh,
      request: (q) => post(q.mesh, { authorization: `Bearer ${token}` }),
      operation: (q) => q.mesh,
      data: (q, a) => (a.data ? q.fromMesh(a.data) : undefined),
    },
  ];
}

/** Fails the run unless every contender answers `query` with the gateway's data and no errors. */
async function checkSameData(targets: Target[], query: ComparedQuery): Promise<void> {
  let expected: unknown;
  for (const target of targets) {
    const answer = (await (await fetch(`${target.service.url}/graphql`, target.request(query))).json()) as { data?: unknown; errors?: unknown };
    if (answer.errors) throw new Error(`${target.contender} answered ${query.name} with errors: ${JSON.stringify(answer.errors).slice(0, 300)}`);
    const data = target.data(query, answer);
    if (target === targets[0]) expected = data;
    else if (!isDeepStrictEqual(data, expected)) {
      throw new Error(`${target.contender} answered ${query.name} with other data than the gateway:\n${JSON.stringify(data).slice(0, 400)}\n≠\n${JSON.stringify(expected).slice(0, 400)}`);
    }
  }
}

export const THROUGHPUT = 'uncached throughput';
export const SLOW_UPSTREAM = 'uncached, 50 ms upstream';
/** The same two, with each request for another artist: no two clients share a call in flight. */
export const THROUGHPUT_DISTINCT = 'uncached throughput, distinct requests';
export const SLOW_DISTINCT = 'uncached, 50 ms upstream, distinct requests';
const DISTINCT: readonly string[] = [THROUGHPUT_DISTINCT, SLOW_DISTINCT];

/** Artists of the emulator's catalog (names to search for, ids to look up), for the distinct-requests rows. */
export async function artistPool(emulator: Service): Promise<{ name: string[]; id: string[] }> {
  const token = await accessToken(emulator);
  const found = new Map<string, string>();
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
    for (const offset of [0, 10, 20]) {
      const page = (await (
        await fetch(`${emulator.url}/v1/search?q=${letter}&type=artist&limit=10&offset=${offset}`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as { artists?: { items: ({ id: string; name: string } | null)[] } };
      for (const artist of page.artists?.items ?? []) if (artist) found.set(artist.id, artist.name);
    }
  }
  return { id: [...found.keys()], name: [...found.values()] };
}
export const THROUGHPUT_CLIENTS = 32;
export const SLOW_CLIENTS = 50;

export interface ComparedRow extends Row {
  contender: Contender;
}

/**
 * Every contender on both queries, `runs` times: throughput against the plain emulator at 32
 * clients, then latency against the slow one at 50 clients. Contenders take turns row by row, so
 * a burst from whatever else shares the cores lands on one row, not on one contender.
 */
export async function compare(
  upstreams: { fast: Service; slow: Service },
  queries: ComparedQuery[],
  { seconds, runs }: { seconds: number; runs: number },
  started: (s: Promise<Service>) => Promise<Service>,
): Promise<{ runs: ComparedRow[][]; memory: Memory[] }> {
  log('composing the Mesh supergraph…');
  const supergraph = composeSupergraph();
  const fast = await targetsOn(upstreams.fast, supergraph, started);
  const slow = await targetsOn(upstreams.slow, supergraph, started);
  // Idle: each started and answered nothing yet, after a moment to settle.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const idle = fast.map((target) => rssMb(target.service.pid));
  for (const query of queries) {
    await checkSameData(fast, query);
    await checkSameData(slow, query);
  }
  const pool = await artistPool(upstreams.slow);
  log(`distinct requests: ${pool.id.length} artists`);
  /** Each contender's bodies for the distinct-requests row: one per artist of the pool, in the same order. */
  const distinct = (target: Target, query: ComparedQuery) => {
    const operation = target.operation(query);
    return pool[query.varies.by].map((value) => JSON.stringify({ query: operation.query, variables: { ...operation.variables, [query.varies.variable]: value } }));
  };
  const all: ComparedRow[][] = [];
  for (let run = 1; run <= runs; run++) {
    const rows: ComparedRow[] = [];
    for (const query of queries) {
      for (const [scenario, targets, upstream, clients] of [
        [THROUGHPUT, fast, upstreams.fast, THROUGHPUT_CLIENTS],
        [THROUGHPUT_DISTINCT, fast, upstreams.fast, THROUGHPUT_CLIENTS],
        [SLOW_UPSTREAM, slow, upstreams.slow, SLOW_CLIENTS],
        [SLOW_DISTINCT, slow, upstreams.slow, SLOW_CLIENTS],
      ] as const) {
        for (const target of targets) {
          const row = { query: query.name, scenario: `run ${run}, ${scenario}: ${target.contender}`, clients };
          const bodies = DISTINCT.includes(scenario) ? distinct(target, query) : undefined;
          const measured = await measure(row, target.service, { url: `${target.service.url}/graphql`, ...target.request(query), bodies }, upstream, seconds);
          rows.push({ ...measured, scenario, contender: target.contender });
        }
      }
    }
    all.push(rows);
  }
  return { runs: all, memory: fast.map((target, i) => ({ contender: target.contender, idle: idle[i], afterLoad: rssMb(target.service.pid) })) };
}

/** A contender's resident memory (MB) started and idle, and after every throughput row. */
export interface Memory {
  contender: Contender;
  idle: number;
  afterLoad: number;
}
