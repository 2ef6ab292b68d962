// The one file that listens. Without Spotify credentials it runs in demo mode: the built-in
// Spotify emulator starts on a loopback port and the gateway talks to it instead.
import { createServer } from 'node:http';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createGateway, type GatewayOptions } from './gateway.js';
import { createLogger } from './logger.js';
import { logOptions } from './observability/log-format.js';
import { GatewayMetrics } from './observability/metrics.js';
import { prepareToListen } from './start-up.js';
import { createSharedState } from './state/shared-state.js';

// Replaced by one following LOG_FORMAT and LOG_LEVEL as soon as the configuration is read.
let logger = createLogger();

async function resolveUpstream(config: Config) {
  if (config.credentials) return { config: { ...config, credentials: config.credentials }, emulator: undefined };
  // Loaded only in demo mode, from its own package (built to emulator/dist, not into the
  // gateway's dist/): a gateway with credentials never loads the emulator's catalog.
  const { startEmulator } = await import('spotify-emulator');
  // Image urls as paths: the gateway serves them (useDemoImages), so browsers elsewhere see covers.
  const emulator = await startEmulator({ mode: config.appMode, imageOrigin: '' });
  logger.info(`demo mode: no SPOTIFY_CLIENT_ID/SPOTIFY_CLIENT_SECRET set, so the built-in Spotify emulator at ${emulator.url} stands in for Spotify`);
  return {
    config: {
      ...config,
      accountsUrl: emulator.accountsUrl,
      apiUrl: emulator.apiUrl,
      credentials: { clientId: emulator.clientId, clientSecret: emulator.clientSecret },
    },
    emulator,
  };
}

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  logger = createLogger(logOptions(config, process.stdout.isTTY === true));
  const upstream = await resolveUpstream(config);
  const metrics = new GatewayMetrics();
  metrics.collectProcessMetrics();
  const shared = createSharedState({
    redisUrl: config.redisUrl,
    clientId: upstream.config.credentials.clientId,
    logger,
    onFallback: (operation) => metrics.storeFallbacks.inc({ operation }),
    responseCacheMaxEntries: config.responseCacheMaxEntries,
  });
  await shared.ready;
  if (config.redisUrl) logger.info('shared state in Redis: token, rate-limit pause, budget and caches are shared by every replica');
  const gatewayOptions: GatewayOptions = {
    config: upstream.config,
    logger,
    metrics,
    store: shared.store,
    responseCache: shared.responseCache,
    playbackBus: shared.playbackBus,
    demo: upstream.emulator !== undefined,
    signIn: upstream.emulator && { accountsUrl: upstream.emulator.accountsUrl, clientId: upstream.emulator.clientId },
    demoImagesFrom: upstream.emulator?.url,
  };
  const gateway = createGateway(gatewayOptions);
  const server = createServer(gateway.yoga);
  await prepareToListen(gateway, gatewayOptions, logger);
  server.listen(config.port, () => {
    logger.info(`GraphQL gateway ready at http://localhost:${config.port}/graphql (app mode: ${config.appMode})`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: finishing in-flight requests`);
    // No request outlives its deadline, so once it has passed only connections that were never
    // going to finish remain (a client that never completes its request): those are closed.
    const graceMs = config.requestDeadlineMs + 1000;
    const forced = setTimeout(() => process.exit(1), graceMs + 5000);
    forced.unref();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Subscriptions never finish by themselves: end them, so their streams close now.
    gateway.dataSource.playback.close();
    // Keep-alive sockets become idle as their last answers go out: close them as they do.
    const sweeper = setInterval(() => server.closeIdleConnections(), 50);
    server.closeIdleConnections();
    const stragglers = setTimeout(() => {
      logger.warn('connections still open after the grace period were closed');
      server.closeAllConnections();
    }, graceMs);
    await closed;
    clearTimeout(stragglers);
    clearInterval(sweeper);
    await gateway.close();
    await upstream.emulator?.close();
    process.exit(0);
  };
  // A rejection nobody handled is a bug to see, not a reason to drop every request in flight.
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled rejection', { error: reason instanceof Error ? reason.name : typeof reason });
  });
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

await main().catch((error: unknown) => {
  // Configuration found bad only while starting (an unreadable manifest): one line, as above.
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Configuration error: ${error.message}`);
  process.exit(1);
});
