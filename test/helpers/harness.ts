import { afterEach } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { startEmulator, type Emulator, type EmulatorOptions } from 'spotify-emulator';
import { createGateway, type Gateway, type GatewayOptions } from '../../src/gateway.js';
import type { UpstreamEvents } from '../../src/spotify/upstream/events.js';

export interface GraphQLResult {
  data?: any;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface Harness {
  emulator: Emulator;
  gateway: Gateway;
  config: GatewayOptions['config'];
  /** Runs an operation through yoga.fetch (no port). */
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResult>;
  /** Upstream API calls logged by the emulator since the last reset (token calls excluded). */
  apiCalls(endpoint?: string): number;
  tokenCalls(): number;
  reset(): void;
  close(): Promise<void>;
}

export interface HarnessOptions {
  emulator?: EmulatorOptions;
  /** Environment variables for the gateway's configuration (as PORT, CACHE_TTL_SECONDS, …). */
  env?: Record<string, string>;
  events?: UpstreamEvents;
  gateway?: Partial<Omit<GatewayOptions, 'config'>>;
  /** Credentials the gateway sends (default: the emulator's own). */
  credentials?: { clientId: string; clientSecret: string };
}

/** A real emulator on a loopback port and a gateway pointed at it. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const emulator = await startEmulator(options.emulator);
  const base: Config = loadConfig({ SPOTIFY_APP_MODE: emulator.mode, CACHE_TTL_SECONDS: '0', ...options.env });
  const config = {
    ...base,
    accountsUrl: emulator.accountsUrl,
    apiUrl: emulator.apiUrl,
    credentials: options.credentials ?? { clientId: emulator.clientId, clientSecret: emulator.clientSecret },
  };
  const gateway = createGateway({ config, events: options.events, ...options.gateway });
  const gql = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult;
  };
  return {
    emulator,
    gateway,
    config,
    gql,
    apiCalls: (endpoint) => emulator.countCalls({ host: 'api', ...(endpoint ? { endpoint } : {}) }),
    tokenCalls: () => emulator.countCalls({ host: 'accounts' }),
    reset: () => emulator.resetCalls(),
    close: async () => {
      await gateway.close();
      await emulator.close();
    },
  };
}

/** The error codes of a result, in order. */
export const codes = (result: GraphQLResult) => (result.errors ?? []).map((e) => e.extensions?.code);

/** The statuses of the Web API calls the emulator logged, in order. */
export const apiStatuses = (h: Harness) => h.emulator.calls.filter((c) => c.host === 'api').map((c) => c.status);

/** What `fn` resolved to, and after how many milliseconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, performance.now() - started];
}

/**
 * For a describe block whose tests each start their own harnesses: returns a `start` that
 * tracks them, and closes them all after each test.
 */
export function harnessPerTest(): (options?: HarnessOptions) => Promise<Harness> {
  const open: Harness[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((h) => h.close()));
  });
  return async (options) => {
    const h = await startHarness(options);
    open.push(h);
    return h;
  };
}
