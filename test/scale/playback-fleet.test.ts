// Replicas sharing one Redis: one playback poller per user for the whole fleet (a lease), its
// reads fanned out over pub/sub to every replica's subscribers, and another replica taking
// over when the poller's replica has no subscriber left.
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DEMO_USER_IDS, startEmulator, type Emulator } from 'spotify-emulator';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { silentLogger } from '../../src/logger.js';
import { createSharedState } from '../../src/state/shared-state.js';
import { startRedis, type RedisServer } from '../helpers/redis.js';
import { redisMissing } from './fleet.js';
import { eventually, subscribe, type Subscription } from '../helpers/sse-client.js';

const missing = redisMissing("the fleet's playback tests");

const PLAYER_SCOPES = 'user-read-playback-state user-read-currently-playing user-modify-playback-state';
const PLAYBACK = `subscription { playbackChanged { isPlaying item { ... on Track { id } } } }`;
const itemOf = (result: { data?: any }) => result.data?.playbackChanged?.item?.id as string | undefined;

describe.skipIf(missing !== undefined)('playbackChanged across replicas sharing one Redis', () => {
  let emulator: Emulator | undefined;
  let redis: RedisServer | undefined;
  const gateways: Gateway[] = [];
  const servers: Server[] = [];
  const subscriptions: Subscription[] = [];
  afterEach(async () => {
    await Promise.all(subscriptions.splice(0).map((s) => s.close()));
    await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
    await Promise.all(gateways.splice(0).map((gateway) => gateway.close()));
    await redis?.kill();
    await emulator?.close();
    emulator = redis = undefined;
  });

  /** Replicas listening on loopback ports; returns their GraphQL URLs. */
  async function startReplicas(count: number, env: Record<string, string>): Promise<string[]> {
    emulator = await startEmulator();
    redis = await startRedis();
    const urls: string[] = [];
    for (let i = 0; i < count; i++) {
      const config = loadConfig({ CACHE_TTL_SECONDS: '0', ...env });
      const shared = createSharedState({ redisUrl: redis.url, clientId: emulator.clientId, logger: silentLogger });
      await shared.ready;
      const gateway = createGateway({
        config: { ...config, accountsUrl: emulator.accountsUrl, apiUrl: emulator.apiUrl, credentials: { clientId: emulator.clientId, clientSecret: emulator.clientSecret } },
        store: shared.store,
        playbackBus: shared.playbackBus,
      });
      gateways.push(gateway);
      const server = createServer(gateway.yoga);
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      urls.push(`http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`);
    }
    return urls;
  }

  const open = (url: string, token: string) => {
    const subscription = subscribe(url, token, PLAYBACK);
    subscriptions.push(subscription);
    return subscription;
  };
  const polls = () => emulator!.countCalls({ endpoint: 'GET /v1/me/player' });
  /** sora's simulated player, driven as her phone would. */
  const phone = () => emulator!.users.players.of(DEMO_USER_IDS.get('sora')!, emulator!.users.library(DEMO_USER_IDS.get('sora')!));

  it('polls once for the whole fleet, and every replica hears it', async () => {
    // Paused, polled rarely: each poller would read once, then wait far longer than the test.
    const urls = await startReplicas(3, { PLAYER_POLL_MS: '60000', PLAYER_POLL_PAUSED_MS: '60000' });
    const token = emulator!.users.mintToken('sora', PLAYER_SCOPES).access_token;
    phone().pause();
    const tabs = urls.map((url) => open(url, token));
    const first = await Promise.all(tabs.map((tab) => tab.next()));
    for (const result of first) expect(result.data).toEqual({ playbackChanged: { isPlaying: false, item: { id: expect.any(String) } } });
    expect(polls()).toBe(1);
  });

  it('moves the polling to another replica when the poller leaves', async () => {
    const urls = await startReplicas(2, { PLAYER_POLL_MS: '40', PLAYER_POLL_PAUSED_MS: '40' });
    const token = emulator!.users.mintToken('sora', PLAYER_SCOPES).access_token;
    // The first replica's tab comes first: that replica takes the lease and polls.
    const a = open(urls[0], token);
    const firstA = await a.next();
    const b = open(urls[1], token);
    await b.next();
    // One poller, both replicas' tabs hear a skip.
    phone().next();
    await a.next((r) => itemOf(r) !== itemOf(firstA));
    const skipped = await b.next((r) => itemOf(r) !== itemOf(firstA));
    // The polling replica's tab leaves: the other replica takes over.
    await a.close();
    await eventually(() => gateways[0].dataSource.playback.active === 0, 'the first replica idle');
    phone().next();
    await b.next((r) => itemOf(r) !== itemOf(skipped));
  });
});
