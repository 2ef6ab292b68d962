import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startEmulator, type Emulator } from 'spotify-emulator';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { codes } from '../helpers/harness.js';

// A slow network between the gateway and Spotify: every answer arrives, but a few bytes at a
// time. Each gap is short (undici's body timeout never fires), so only a bound on the whole
// attempt keeps the request within its time.

const CHUNK_EVERY_MS = 50;
const CHUNK_BYTES = 8;

/** Relays calls to `target` and sends each answer back CHUNK_BYTES at a time. */
function tricklingRelay(target: string): Promise<{ server: Server; url: string; finished: () => number }> {
  let finished = 0;
  const server = createServer(async (req, res) => {
    const upstream = await fetch(`${target}${req.url}`, { headers: { authorization: req.headers.authorization ?? '' } });
    const body = Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, { 'content-type': 'application/json', 'content-length': body.length });
    let at = 0;
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer);
      res.write(body.subarray(at, (at += CHUNK_BYTES)));
      if (at >= body.length) {
        clearInterval(timer);
        res.end();
        finished += 1;
      }
    }, CHUNK_EVERY_MS);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ server, url: `http://127.0.0.1:${port}`, finished: () => finished });
    }),
  );
}

describe('an answer that trickles in', () => {
  let emulator: Emulator;
  let relay: Awaited<ReturnType<typeof tricklingRelay>>;
  let gateway: Gateway;

  beforeAll(async () => {
    emulator = await startEmulator();
    relay = await tricklingRelay(emulator.url);
    const config = loadConfig({ UPSTREAM_TIMEOUT_MS: '400', UPSTREAM_RETRIES: '1', CACHE_TTL_SECONDS: '0' });
    gateway = createGateway({
      config: {
        ...config,
        accountsUrl: emulator.accountsUrl,
        apiUrl: `${relay.url}/v1`,
        credentials: { clientId: emulator.clientId, clientSecret: emulator.clientSecret },
      },
    });
  });
  afterAll(async () => {
    await gateway.close();
    relay.server.closeAllConnections();
    await new Promise((r) => relay.server.close(r));
    await emulator.close();
  });

  it('is cut off when the attempt runs out of time, then UPSTREAM_TIMEOUT', async () => {
    const response = await gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ artist(id: "${emulator.catalog.fixtures.btsId}") { name } }` }),
    });
    const result = await response.json();
    expect(codes(result)).toEqual(['UPSTREAM_TIMEOUT']);
    // Two attempts (the retry included), neither of them read to its end.
    expect(emulator.countCalls({ endpoint: 'GET /v1/artists/{id}' })).toBe(2);
    expect(relay.finished()).toBe(0);
  });
});
