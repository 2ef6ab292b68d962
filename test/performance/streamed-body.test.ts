import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { harnessPerTest, type Harness } from '../helpers/harness.js';

// Yoga's own body limit is off (it copied every body through a stream); these pin that bodies
// without a declared length are still held to MAX_BODY_BYTES, over a real socket.

interface Answer {
  status: number;
  body: any;
}

/** POSTs `chunks` with chunked transfer encoding: no Content-Length, as a streaming client would. */
function postChunked(port: number, chunks: string[]): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    // The server may answer 413 and close before the rest is sent.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('request bodies without a Content-Length', () => {
  const start = harnessPerTest();
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  async function listen(h: Harness): Promise<number> {
    const server = createServer(h.gateway.yoga);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  }

  it('are answered when within MAX_BODY_BYTES', async () => {
    const h = await start();
    const port = await listen(h);
    const body = JSON.stringify({ query: '{ search(query: "BTS") { artists(first: 1) { edges { node { name } } } } }' });
    const answer = await postChunked(port, [body.slice(0, 20), body.slice(20)]);
    expect(answer.status).toBe(200);
    expect(answer.body.data.search.artists.edges[0].node.name).toBe('BTS');
  });

  it('are refused with 413 once they pass MAX_BODY_BYTES, before any upstream call', async () => {
    const h = await start({ env: { MAX_BODY_BYTES: '1000' } });
    const port = await listen(h);
    const padding = 'x'.repeat(600);
    const answer = await postChunked(port, [`{"query":"{ search(query: \\"${padding}`, padding, '\\") { artists { totalCount } } }"}']);
    expect(answer.status).toBe(413);
    expect(answer.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(h.emulator.calls).toHaveLength(0);
  });
});
