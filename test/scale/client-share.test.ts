// A client's share of the calls to Spotify (CLIENT_UPSTREAM_CALLS_PER_MINUTE) is the fleet's:
// replicas sharing Redis draw on one bucket per client, so spreading requests over them buys a
// client nothing. Replicas as gateways in this process, each behind its own socket and with
// its own Redis connections (as replicas-in-process.test.ts), quicker to start than processes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startEmulator, type Emulator } from 'spotify-emulator';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { silentLogger } from '../../src/logger.js';
import { createSharedState } from '../../src/state/shared-state.js';
import { startRedis, type RedisServer } from '../helpers/redis.js';
import { ARTIST, redisMissing } from './fleet.js';

const missing = redisMissing('multi-replica client share tests');

describe.skipIf(missing !== undefined)("a client's share across three replicas", () => {
  let emulator: Emulator;
  let redis: RedisServer;
  const gateways: Gateway[] = [];
  const servers: Server[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    emulator = await startEmulator({ mode: 'extended' });
    redis = await startRedis();
    for (let i = 0; i < 3; i++) {
      const config = loadConfig({ SPOTIFY_APP_MODE: 'extended', CACHE_TTL_SECONDS: '300', CLIENT_UPSTREAM_CALLS_PER_MINUTE: '3' });
      const shared = createSharedState({ redisUrl: redis.url, clientId: emulator.clientId, logger: silentLogger });
      await shared.ready;
      const gateway = createGateway({
        config: { ...config, accountsUrl: emulator.accountsUrl, apiUrl: emulator.apiUrl, credentials: { clientId: emulator.clientId, clientSecret: emulator.clientSecret } },
        store: shared.store,
        responseCache: shared.responseCache,
      });
      const server = createServer(gateway.yoga);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      gateways.push(gateway);
      servers.push(server);
      urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }
  }, 60_000);

  afterAll(async () => {
    for (const server of servers) server.closeAllConnections();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    await Promise.all(gateways.map((gateway) => gateway.close()));
    await redis?.kill();
    await emulator?.close();
  });

  it('is one bucket in Redis: the fourth call anywhere in the fleet is refused', async () => {
    const ids = emulator.catalog.artists.slice(60, 66).map((artist) => artist.id);
    const answers = [];
    for (const [i, id] of ids.entries()) {
      const response = await fetch(`${urls[i % 3]}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ARTIST, variables: { id } }) });
      const result = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      answers.push([response.status, result.errors?.[0]?.extensions?.code ?? 'ok']);
    }
    expect(answers).toEqual([[200, 'ok'], [200, 'ok'], [200, 'ok'], [429, 'CLIENT_RATE_LIMITED'], [429, 'CLIENT_RATE_LIMITED'], [429, 'CLIENT_RATE_LIMITED']]);
    expect(emulator.countCalls({ host: 'api' })).toBe(3);
    // The bucket is the client's, by its address, in the fleet's namespace.
    const inspect = new Redis(redis.url);
    expect(await inspect.keys('*share*')).toEqual([`spotify-gateway:${emulator.clientId}:share:client:127.0.0.1`]);
    inspect.disconnect();
  });
});
