import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from 'spotify-emulator';
import { freePort, gatewayEnvFor, startNode, waitForOutput } from '../helpers/processes.js';

// test/shutdown.test.ts covers the ordinary drain. Here a client opens a request and never
// finishes sending it: shutdown must not wait on it forever, nor call that a failure.

describe('graceful shutdown with a client that never finishes its request', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());

  it('closes it once the grace period (REQUEST_DEADLINE_MS + 1 s) has passed, and exits 0', async () => {
    const port = await freePort();
    const server = startNode('src/server.ts', { PORT: String(port), REQUEST_DEADLINE_MS: '500', ...gatewayEnvFor(emulator) });
    let socket: Socket | undefined;
    try {
      await waitForOutput(server, (text) => text.includes('ready at'));
      socket = connect(port, '127.0.0.1');
      await new Promise((resolve, reject) => socket!.once('connect', resolve).once('error', reject));
      const closedByServer = new Promise((resolve) => socket!.once('close', resolve));
      socket.write('POST /graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
      // Let the server read the request's head, so the connection counts as busy, not idle.
      await new Promise((resolve) => setTimeout(resolve, 200));
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      await closedByServer;
    } finally {
      socket?.destroy();
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  });
});
