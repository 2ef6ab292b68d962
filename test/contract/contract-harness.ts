// One Spotify double and one gateway pointed at it, for a describe block.
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import type { Dropped } from '../../src/spotify/upstream/spec/decode.js';
import type { AppMode } from '../../src/spotify/upstream/app-mode.js';
import { loadSpec } from '../../scripts/spec/extract.js';
import type { GraphQLResult } from '../helpers/harness.js';
import { startSpotifyDouble, type SpotifyDouble } from './spotify-double.js';

export const spec = loadSpec();

interface Contract {
  double(): SpotifyDouble;
  /** What the decoder cut from answers since the start. */
  dropped: Dropped[];
  /** Runs a query through yoga.fetch, clearing the double's request log first; with `userToken`, as that signed-in user. */
  gql(query: string, userToken?: string): Promise<GraphQLResult>;
}

/** `env` overrides the suite's configuration (no retries, no catalog cache). */
export function contract(mode: AppMode, env: Record<string, string> = {}): Contract {
  let double: SpotifyDouble;
  let gateway: Gateway;
  const dropped: Dropped[] = [];
  beforeAll(async () => {
    double = await startSpotifyDouble(spec, mode);
    // No retries: a failure the double answers is final, and the suite stays quick.
    const base = loadConfig({ SPOTIFY_APP_MODE: mode, CACHE_TTL_SECONDS: '0', UPSTREAM_RETRIES: '0', ...env });
    gateway = createGateway({
      config: { ...base, apiUrl: double.apiUrl, accountsUrl: double.accountsUrl, credentials: { clientId: 'contract', clientSecret: 'contract' } },
      events: { dropped: (d) => dropped.push(d) },
    });
  });
  afterAll(async () => {
    await gateway.close();
    await double.close();
  });
  return {
    double: () => double,
    dropped,
    gql: async (query, userToken) => {
      double.clear();
      const response = await gateway.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(userToken ? { authorization: `Bearer ${userToken}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as GraphQLResult;
    },
  };
}

export const codesOf = (result: GraphQLResult) => (result.errors ?? []).map((e) => e.extensions?.code);

/** Every problem the double found with the requests the gateway sent, one line each. */
export const violationsOf = (double: SpotifyDouble) => double.requests.flatMap((r) => r.violations.map((v) => `${r.url}: ${v}`));
