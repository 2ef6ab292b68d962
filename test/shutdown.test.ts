import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from 'spotify-emulator';
import { freePort, gatewayEnvFor, startNode, waitForOutput } from './helpers/processes.js';

describe('graceful shutdown', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ latencyMs: 800 });
  });
  afterAll(() => emulator.close());

  it('on SIGTERM finishes in-flight requests, refuses new ones, and exits 0', async () => {
    const port = await freePort();
    const server = startNode('src/server.ts', {
      PORT: String(port),
      ...gatewayEnvFor(emulator),
    });
    await waitForOutput(server, (text) => text.includes('ready at'));
    const url = `http://127.0.0.1:${port}/graphql`;
    const inFlight = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ artist(id: "${emulator.catalog.fixtures.btsId}") { name } }` }),
    });
    // Let the request reach the gateway (token + artist calls take 2 × 800 ms upstream).
    await new Promise((r) => setTimeout(r, 300));
    server.child.kill('SIGTERM');
    const body = await (await inFlight).json();
    expect(body.data.artist.name).toBe('BTS');
    expect(await server.exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });
});
