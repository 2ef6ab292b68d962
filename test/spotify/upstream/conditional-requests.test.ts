import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { startEmulator, type Emulator } from 'spotify-emulator';
import { createGateway, type Gateway } from '../../../src/gateway.js';
import { cachePolicy } from '../../../src/spotify/upstream/conditional-get.js';
import { judgeAnswer, type AttemptState } from '../../../src/spotify/upstream/failure-policy.js';
import { codes, startHarness, type GraphQLResult, type Harness } from '../../helpers/harness.js';

const QUERY = `query($id: ID!) { playlist(id: $id) { id name snapshotId followers owner { displayName } } }`;

describe('the conditional-request policy', () => {
  const state: AttemptState = { service: 'api', attempt: 0, retries: 2, deadline: Date.now() + 10_000, tokenRefreshed: false, endpoint: 'playlist' };

  it('accepts a 304 only for a request that asked If-None-Match', () => {
    expect(judgeAnswer({ status: 304, headers: {}, body: undefined }, { ...state, conditional: true })).toEqual({ action: 'accept' });
    const unasked = judgeAnswer({ status: 304, headers: {}, body: undefined }, state);
    expect(unasked.action).toBe('fail');
  });

  it("reads Spotify's Cache-Control and ETag as a shared cache must", () => {
    expect(cachePolicy({ etag: '"abc"', 'cache-control': 'public, max-age=0' })).toEqual({ allowed: true, etag: '"abc"', maxAgeMs: 0 });
    expect(cachePolicy({ 'cache-control': 'public, max-age=300' })).toEqual({ allowed: true, etag: undefined, maxAgeMs: 300_000 });
    expect(cachePolicy({ 'cache-control': 'max-age=300, s-maxage=60' }).maxAgeMs).toBe(60_000);
    expect(cachePolicy({ etag: '"abc"', 'cache-control': 'max-age=300, no-cache' }).maxAgeMs).toBe(0);
    expect(cachePolicy({ etag: '"abc"', 'cache-control': 'private, max-age=300' }).allowed).toBe(false);
    expect(cachePolicy({ etag: '"abc"', 'cache-control': 'no-store' }).allowed).toBe(false);
    expect(cachePolicy({})).toEqual({ allowed: true, etag: undefined, maxAgeMs: 0 });
  });
});

describe('playlists Spotify sends with an ETag and "max-age=0"', () => {
  let h: Harness;
  beforeAll(async () => {
    // A catalog cache TTL far longer than Spotify's freshness: it must not stretch it.
    h = await startHarness({ emulator: { mode: 'development' }, env: { CACHE_TTL_SECONDS: '300' } });
  });
  afterAll(() => h.close());

  it('are revalidated on every request: a 304 reuses the body kept', async () => {
    const { mixedPlaylistId: id } = h.emulator.catalog.fixtures;
    h.reset();
    const first = await h.gql(QUERY, { id });
    expect(first.errors).toBeUndefined();
    const second = await h.gql(QUERY, { id });
    const third = await h.gql(QUERY, { id });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    const calls = h.emulator.calls.filter((c) => c.endpoint === 'GET /v1/playlists/{id}').map((c) => c.status);
    expect(calls).toEqual([200, 304, 304]);
  });

  it("a signed-in user's request never reads the shared cache: it goes to Spotify with the user's token", async () => {
    const { mixedPlaylistId: id } = h.emulator.catalog.fixtures;
    await h.gql(QUERY, { id });
    h.reset();
    // The emulator knows no such user token: Spotify's refusal proves the call was made with it.
    const asUser = await h.gql(QUERY, { id }, { authorization: 'Bearer not-a-token-spotify-issued' });
    expect(codes(asUser)).toEqual(['UNAUTHENTICATED']);
    expect(h.emulator.calls.filter((c) => c.host === 'api').map((c) => [c.endpoint, c.status])).toEqual([['GET /v1/playlists/{id}', 401]]);
  });
});

/**
 * Spotify in front of the emulator with another Cache-Control for playlists and shows: a
 * loopback proxy that forwards every call and rewrites that one header, as Spotify's edge may
 * send it.
 */
async function proxyWithMaxAge(emulator: Emulator, seconds: number): Promise<{ server: Server; apiUrl: string }> {
  const server = createServer(async (req, res) => {
    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'if-none-match', 'content-type', 'accept']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const upstream = await fetch(`${emulator.url}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
    const answer: Record<string, string> = {};
    upstream.headers.forEach((value, name) => {
      if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive'].includes(name)) answer[name] = value;
    });
    if (req.url?.startsWith('/v1/playlists/') || req.url?.startsWith('/v1/shows/')) answer['cache-control'] = `public, max-age=${seconds}`;
    res.writeHead(upstream.status, answer);
    res.end(upstream.status === 304 ? undefined : Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, apiUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}/v1` };
}

describe('a playlist Spotify lets be used for a while (max-age)', () => {
  let emulator: Emulator;
  let server: Server;
  let gateway: Gateway;
  const gql = async (query: string, variables: Record<string, unknown>): Promise<GraphQLResult> => {
    const response = await gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult;
  };
  beforeAll(async () => {
    emulator = await startEmulator();
    const proxy = await proxyWithMaxAge(emulator, 1);
    server = proxy.server;
    const config = loadConfig({ SPOTIFY_APP_MODE: 'development', CACHE_TTL_SECONDS: '300' });
    gateway = createGateway({
      config: { ...config, accountsUrl: emulator.accountsUrl, apiUrl: proxy.apiUrl, credentials: { clientId: emulator.clientId, clientSecret: emulator.clientSecret } },
    });
  });
  afterEach(() => emulator.resetCalls());
  afterAll(async () => {
    await gateway.close();
    await new Promise((resolve) => server.close(resolve));
    await emulator.close();
  });

  it('is served without a call while fresh, then revalidated with If-None-Match and reused on a 304', async () => {
    const { mixedPlaylistId: id } = emulator.catalog.fixtures;
    const playlistCalls = () => emulator.calls.filter((c) => c.endpoint === 'GET /v1/playlists/{id}').map((c) => c.status);
    const first = await gql(QUERY, { id });
    expect(first.errors).toBeUndefined();
    const fresh = await gql(QUERY, { id });
    expect(fresh).toEqual(first);
    // The second request was within the second Spotify allowed: no call.
    expect(playlistCalls()).toEqual([200]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const stale = await gql(QUERY, { id });
    expect(stale).toEqual(first);
    expect(playlistCalls()).toEqual([200, 304]);
    // The 304 renewed the freshness: the next request makes no call again.
    expect(await gql(QUERY, { id })).toEqual(first);
    expect(playlistCalls()).toEqual([200, 304]);
  });

  it("serves any other endpoint that sends Cache-Control the same way: the catalog cache's longer TTL steps aside", async () => {
    const { longShowId: id } = emulator.catalog.fixtures;
    // Each request its own text, so the whole-response cache (its own TTL, for responses
    // without playlists) stays out of this: what is tested is the Spotify layer.
    let n = 0;
    const ask = async () => (await gql(`query($id: ID!) { show${++n}: show(id: $id) { id name totalEpisodes } }`, { id })).data[`show${n}`];
    const showCalls = () => emulator.calls.filter((c) => c.endpoint === 'GET /v1/shows/{id}').length;
    const first = await ask();
    expect(first.id).toBe(id);
    expect(await ask()).toEqual(first);
    expect(showCalls()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    // Spotify allowed a second; the catalog cache's 300 s must not stretch it: asked again.
    expect(await ask()).toEqual(first);
    expect(showCalls()).toBe(2);
  });
});
