// Fair share between clients (CLIENT_UPSTREAM_CALLS_PER_MINUTE): each client, known by its
// address, may start so many calls to Spotify a minute. Requests come over real loopback
// sockets from distinct source addresses (127.0.0.2, 127.0.0.3, …: all of 127/8 is loopback).
import { request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { codes, harnessPerTest, type GraphQLResult, type Harness } from '../helpers/harness.js';
import { bearer, tokenOf } from '../helpers/users.js';

interface Answer {
  status: number;
  retryAfter: string | undefined;
  result: GraphQLResult;
}

const start = harnessPerTest();

/** The harness's gateway behind a real socket on 127.0.0.1 (closed with the harness). */
async function listen(h: Harness): Promise<number> {
  const server: Server = createServer(h.gateway.yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = h.close;
  h.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await close();
  };
  return (server.address() as AddressInfo).port;
}

/** POSTs a query from the source address `from`. */
function post(port: number, from: string, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', localAddress: from, agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string | undefined, result: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const artist = (id: string) => `{ artist(id: "${id}") { name } }`;
const ids = (h: Harness, from: number, count: number) => h.emulator.catalog.artists.slice(from, from + count).map((a) => a.id);

describe('each client’s share of the calls to Spotify', () => {
  it("keeps a greedy client from spending the app's calls, so a polite client's queries still answer", async () => {
    // The gateway's own budget (8 calls per 30 s) stands for the app's quota.
    const h = await start({ emulator: { mode: 'extended' }, env: { CACHE_TTL_SECONDS: '300', UPSTREAM_REQUESTS_PER_30S: '8', CLIENT_UPSTREAM_CALLS_PER_MINUTE: '4' } });
    const port = await listen(h);
    const greedy = [];
    for (const id of ids(h, 0, 10)) greedy.push(await post(port, '127.0.0.2', artist(id)));
    expect(greedy.slice(0, 4).map((a) => [a.status, codes(a.result)])).toEqual(Array(4).fill([200, []]));
    for (const refused of greedy.slice(4)) {
      expect(refused.status).toBe(429);
      expect(codes(refused.result)).toEqual(['CLIENT_RATE_LIMITED']);
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(refused.result.errors?.[0].extensions?.retryAfter).toBe(Number(refused.retryAfter));
    }
    // Refused calls were never sent.
    expect(h.apiCalls()).toBe(4);
    const polite = await Promise.all(ids(h, 10, 3).map((id) => post(port, '127.0.0.3', artist(id))));
    for (const answer of polite) {
      expect(answer.status).toBe(200);
      expect(answer.result.errors).toBeUndefined();
      expect(answer.result.data.artist.name).toEqual(expect.any(String));
    }
    const metrics = await (await h.gateway.yoga.fetch('http://gateway.test/metrics')).text();
    expect(metrics).toMatch(/gateway_clients_refused_total\{share="client"\} 6/);
  });

  it('believes no X-Forwarded-For from an untrusted peer: a forged one buys no second budget', async () => {
    const h = await start({ emulator: { mode: 'extended' }, env: { CACHE_TTL_SECONDS: '300', CLIENT_UPSTREAM_CALLS_PER_MINUTE: '2' } });
    const port = await listen(h);
    const answers = [];
    for (const [i, id] of ids(h, 20, 4).entries()) answers.push(await post(port, '127.0.0.4', artist(id), { 'x-forwarded-for': `198.51.100.${i + 1}` }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429, 429]);
    expect(h.apiCalls()).toBe(2);
  });

  it('honours X-Forwarded-For from a peer in TRUSTED_PROXIES: each client behind the proxy has its own share', async () => {
    const h = await start({ emulator: { mode: 'extended' }, env: { CACHE_TTL_SECONDS: '300', CLIENT_UPSTREAM_CALLS_PER_MINUTE: '2', TRUSTED_PROXIES: '127.0.0.1/32, 10.0.0.0/8' } });
    const port = await listen(h);
    const [a, b, c, d, e, f, g] = ids(h, 30, 7);
    // Through the proxy (127.0.0.1), with another trusted hop (10.1.2.3) in between.
    const first = [];
    for (const id of [a, b, c]) first.push(await post(port, '127.0.0.1', artist(id), { 'x-forwarded-for': '203.0.113.7, 10.1.2.3' }));
    expect(first.map((x) => x.status)).toEqual([200, 200, 429]);
    // Another client behind the same proxy has its own share.
    expect((await post(port, '127.0.0.1', artist(d), { 'x-forwarded-for': '203.0.113.8' })).status).toBe(200);
    // What a client puts left of an untrusted hop is not believed: 203.0.113.8 is the client.
    expect((await post(port, '127.0.0.1', artist(e), { 'x-forwarded-for': '203.0.113.7, 203.0.113.8' })).status).toBe(200);
    expect((await post(port, '127.0.0.1', artist(f), { 'x-forwarded-for': '203.0.113.7, 203.0.113.8' })).status).toBe(429);
    // An untrusted peer naming a client that still has calls left is itself the client.
    expect((await post(port, '127.0.0.5', artist(g), { 'x-forwarded-for': '203.0.113.9' })).status).toBe(200);
    expect(h.apiCalls()).toBe(5);
  });

  it('still answers a refused client with what the gateway holds: a cache hit spends nothing', async () => {
    const h = await start({ emulator: { mode: 'extended' }, env: { CACHE_TTL_SECONDS: '300', CLIENT_UPSTREAM_CALLS_PER_MINUTE: '2' } });
    const port = await listen(h);
    const [a, b, c] = ids(h, 40, 3);
    for (const id of [a, b]) expect((await post(port, '127.0.0.6', artist(id))).status).toBe(200);
    expect((await post(port, '127.0.0.6', artist(c))).status).toBe(429);
    h.reset();
    // Another query text, so it is the catalog cache that answers, not the response cache.
    const known = await post(port, '127.0.0.6', `{ again: artist(id: "${a}") { name id } }`);
    expect([known.status, known.result.errors]).toEqual([200, undefined]);
    expect(known.result.data.again.id).toBe(a);
    // Known and unknown together: the known answers, the unknown is refused, and HTTP says 429.
    const mixed = await post(port, '127.0.0.6', `{ known: artist(id: "${b}") { name } unknown: artist(id: "${c}") { name } }`);
    expect(mixed.status).toBe(429);
    expect(mixed.result.data.known.name).toEqual(expect.any(String));
    expect(mixed.result.data.unknown).toBeNull();
    expect(codes(mixed.result)).toEqual(['CLIENT_RATE_LIMITED']);
    expect(h.apiCalls()).toBe(0);
  });

  it("draws a signed-in request on its user's share as well as its client's", async () => {
    const h = await start({ emulator: { mode: 'extended' }, env: { CACHE_TTL_SECONDS: '300', CLIENT_UPSTREAM_CALLS_PER_MINUTE: '2' } });
    const port = await listen(h);
    const user = bearer(tokenOf(h, 'sora'));
    const [a, b, c] = ids(h, 50, 3);
    expect((await post(port, '127.0.0.7', artist(a), user)).status).toBe(200);
    expect((await post(port, '127.0.0.8', artist(b), user)).status).toBe(200);
    // A third address, so only the user's share is spent.
    const refused = await post(port, '127.0.0.9', artist(c), user);
    expect([refused.status, codes(refused.result)]).toEqual([429, ['CLIENT_RATE_LIMITED']]);
    // The same address without the user's token has its own client share left.
    expect((await post(port, '127.0.0.9', artist(c))).status).toBe(200);
  });
});
