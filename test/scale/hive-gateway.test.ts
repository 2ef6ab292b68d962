import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printSubgraphSdl } from '../../src/schema/print.js';
import { startHarness, type Harness } from '../helpers/harness.js';

/**
 * A second team's subgraph: it extends Artist with a field of its own, and lists favourite
 * artists by id only, leaving everything else about them to the Spotify subgraph.
 */
const FANS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
  type Artist @key(fields: "id") {
    id: ID!
    fanClub: String!
  }
  type Query {
    favouriteArtists: [Artist!]!
  }
`;

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql` })),
  );
}

const post = async (url: string, query: string, variables: Record<string, unknown> = {}) =>
  (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()) as any;

describe('the schema as a federation subgraph behind Hive Gateway', () => {
  let spotify: Harness;
  const servers: Server[] = [];
  let gatewayUrl: string;
  let spotifyUrl: string;
  let favourites: string[] = [];
  beforeAll(async () => {
    spotify = await startHarness({ emulator: { mode: 'extended' }, env: { FEDERATION_SUBGRAPH: 'true', SPOTIFY_APP_MODE: 'extended' } });
    favourites = spotify.emulator.catalog.artists.slice(200, 280).map((artist) => artist.id);
    const spotifyServer = await listen(spotify.gateway.yoga);
    const fans = createYoga({
      schema: buildSubgraphSchema({
        typeDefs: parse(FANS_SDL),
        resolvers: {
          Query: { favouriteArtists: () => favourites.map((id) => ({ id })) },
          Artist: { __resolveReference: (ref: { id: string }) => ref, fanClub: (artist: { id: string }) => `Fans of ${artist.id}` },
        },
      }),
      logging: false,
    });
    const fansServer = await listen(fans);
    servers.push(spotifyServer.server, fansServer.server);
    spotifyUrl = spotifyServer.url;
    const composed = composeServices([
      { name: 'spotify', typeDefs: parse(printSubgraphSdl()), url: spotifyServer.url },
      { name: 'fans', typeDefs: parse(FANS_SDL), url: fansServer.url },
    ]);
    if (!composed.supergraphSdl) throw new Error(`composition failed: ${composed.errors?.map((e) => e.message).join('; ')}`);
    const gateway = createGatewayRuntime({ supergraph: composed.supergraphSdl, logging: false, maskedErrors: false });
    const gatewayServer = await listen(gateway);
    servers.push(gatewayServer.server);
    gatewayUrl = gatewayServer.url;
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    await spotify?.close();
  });

  it('the committed subgraph SDL is the one the code builds (run `npm run schema:print`)', () => {
    expect(readFileSync(new URL('../../schema/subgraph.graphql', import.meta.url), 'utf8')).toBe(printSubgraphSdl());
  });

  it('answers a query mixing both subgraphs, with one search call to Spotify', async () => {
    spotify.reset();
    const result = await post(gatewayUrl, '{ search(query: "BTS") { artists(first: 3) { edges { node { id name fanClub } } } } }');
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const nodes = result.data.search.artists.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.name)).toEqual(['BTS', 'BTS World', 'BTSC']);
    for (const node of nodes) expect(node.fanClub).toBe(`Fans of ${node.id}`);
    expect(spotify.apiCalls()).toBe(1);
  });

  it('resolves 80 artists another subgraph refers to through one batched lookup', async () => {
    spotify.reset();
    const result = await post(gatewayUrl, '{ favouriteArtists { id name fanClub } }');
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const byId = new Map(spotify.emulator.catalog.artists.map((artist) => [artist.id, artist.name]));
    expect(result.data.favouriteArtists).toEqual(favourites.map((id) => ({ id, name: byId.get(id), fanClub: `Fans of ${id}` })));
    // Extended Quota Mode: Get Several Artists takes 50 ids, so 80 are two calls.
    expect(spotify.apiCalls('GET /v1/artists')).toBe(2);
    expect(spotify.apiCalls()).toBe(2);
  });

  it('resolves 80 artist entities in batches of 50', async () => {
    spotify.reset();
    const ids = spotify.emulator.catalog.artists.slice(0, 80).map((a) => a.id);
    const result = await post(spotifyUrl, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Artist { id name images { url } } } }', {
      r: ids.map((id) => ({ __typename: 'Artist', id })),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data._entities.map((a: any) => a.id)).toEqual(ids);
    expect(spotify.apiCalls('GET /v1/artists')).toBe(2);
    expect(spotify.apiCalls()).toBe(2);
  });

  it('resolves album and track entities through their loaders, and unknown or malformed ids to null', async () => {
    const { albums, tracks } = spotify.emulator.catalog;
    const albumIds = albums.slice(0, 3).map((album) => album.id);
    const trackIds = tracks.slice(0, 3).map((track) => track.id);
    const unknown = 'A'.repeat(22);
    spotify.reset();
    const result = await post(
      spotifyUrl,
      'query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Album { id name } ... on Track { id name album { id } } } }',
      {
        r: [
          ...albumIds.map((id) => ({ __typename: 'Album', id })),
          ...trackIds.map((id) => ({ __typename: 'Track', id })),
          { __typename: 'Album', id: unknown },
          { __typename: 'Track', id: 'not an id' },
        ],
      },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const entities = result.data._entities;
    expect(entities.slice(0, 3)).toEqual(albums.slice(0, 3).map((album) => ({ __typename: 'Album', id: album.id, name: album.name })));
    expect(entities.slice(3, 6).map((track: any) => [track.__typename, track.id, track.name])).toEqual(
      tracks.slice(0, 3).map((track) => ['Track', track.id, track.name]),
    );
    expect(entities.slice(6)).toEqual([null, null]);
    // One several-albums call (the unknown id included) and one several-tracks call; none for the malformed id.
    expect(spotify.apiCalls('GET /v1/albums')).toBe(1);
    expect(spotify.apiCalls('GET /v1/tracks')).toBe(1);
    expect(spotify.apiCalls()).toBe(2);
  });
});
