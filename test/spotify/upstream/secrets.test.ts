// Nothing the gateway exposes may carry the app's client secret or an access token: not the
// GraphQL responses (bodies and headers), not /ready or /metrics, not the upstream event hooks,
// not the logs. A faulted session (401s, 429s, 5xx, broken answers, rejected credentials) runs
// against two emulators while every one of those is recorded; then the record is searched.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.js';
import type { UpstreamEvents } from '../../../src/spotify/upstream/events.js';
import { startHarness, type Harness } from '../../helpers/harness.js';

const CLIENT_ID = 'secrets-test-client';
const SECRET = 'app-secret-3c9e71f0b2d84a56';
const WRONG_SECRET = 'mistyped-secret-a81f02c7e9';

const ARTIST = 'query Artist($id: ID!) { artist(id: $id) { name images { url } } }';
const ALBUM = 'query Album($id: ID!) { album(id: $id) { name tracks(first: 40) { edges { node { name artists { name images { url } } } } } } }';
const SEARCH = 'query Search { search(query: "BTS") { artists(first: 5) { edges { node { name } } } tracks(first: 3) { totalCount } } }';
const ARTIST_ENDPOINT = 'GET /v1/artists/{id}';

describe('secrets and tokens never leave the gateway', () => {
  /** Everything observable, one string per item. */
  const seen: string[] = [];
  const seenBy = { events: new Map<string, number>(), bodies: 0, logs: 0 };
  const record = (hook: string) => (...args: unknown[]) => {
    seenBy.events.set(hook, (seenBy.events.get(hook) ?? 0) + 1);
    seen.push(`${hook} ${JSON.stringify(args)}`);
  };
  const events: Required<UpstreamEvents> = {
    call: record('call'),
    retry: record('retry'),
    pause: record('pause'),
    clientRefused: record('clientRefused'),
    tokenFetched: record('tokenFetched'),
    batch: record('batch'),
    dropped: record('dropped'),
    unformable: record('unformable'),
  };
  const logger = createLogger({
    level: 'debug',
    write: (line) => {
      seenBy.logs += 1;
      seen.push(line);
    },
  });
  const responses: string[] = [];

  let good: Harness;
  let bad: Harness;

  /** One HTTP exchange with the gateway (a GraphQL POST when `body` is given); status, every header and the raw body are kept. */
  async function send(h: Harness, path: string, body?: unknown): Promise<string> {
    const url = `http://gateway.test${path}`;
    const response =
      body === undefined
        ? await h.gateway.yoga.fetch(url)
        : await h.gateway.yoga.fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
            body: JSON.stringify(body),
          });
    const text = await response.text();
    seenBy.bodies += 1;
    seen.push(`${response.status} ${JSON.stringify([...response.headers])} ${text}`);
    responses.push(text);
    return text;
  }
  const gql = (h: Harness, query: string, variables: Record<string, unknown> = {}) => send(h, '/graphql', { query, variables });

  async function session(h: Harness): Promise<void> {
    const { btsId, bigAlbumId } = h.emulator.catalog.fixtures;
    await gql(h, ARTIST, { id: btsId });
    await gql(h, ALBUM, { id: bigAlbumId });
    await gql(h, SEARCH);
  }

  beforeAll(async () => {
    const options = { events, gateway: { logger }, env: { UPSTREAM_RETRIES: '1', UPSTREAM_TIMEOUT_MS: '300' } };
    good = await startHarness({ ...options, emulator: { clientId: CLIENT_ID, clientSecret: SECRET, tokenLifetimeSeconds: 3600 } });
    bad = await startHarness({ ...options, emulator: { clientId: CLIENT_ID, clientSecret: SECRET }, credentials: { clientId: CLIENT_ID, clientSecret: WRONG_SECRET } });
  });
  afterAll(async () => {
    await good?.close();
    await bad?.close();
  });

  it('after a faulted session, in responses, /ready, /metrics, event payloads and logs', async () => {
    const { faults } = good.emulator;
    const { btsId } = good.emulator.catalog.fixtures;

    await session(good);
    await send(good, '/ready');

    // Expired tokens: a 401, one refresh, one retry.
    good.emulator.expireAllTokens();
    await session(good);
    // A fresh token refused as well: UPSTREAM_AUTH_FAILED.
    faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'status', status: 401 });
    await gql(good, ARTIST, { id: btsId });
    faults.clear();
    // The token endpoint failing while a token is needed.
    good.emulator.expireAllTokens();
    faults.add({ match: { host: 'accounts' }, kind: 'status', status: 503, times: 1 });
    await session(good);
    faults.add({ match: { host: 'accounts' }, kind: 'status', status: 500 });
    good.emulator.expireAllTokens();
    await gql(good, ARTIST, { id: btsId });
    faults.clear();
    // Transient and persistent API faults of every kind.
    faults.add([
      { match: { host: 'api' }, kind: 'status', status: 500, times: 2 },
      { match: { host: 'api' }, kind: 'drop', times: 2 },
      { match: { host: 'api' }, kind: 'not-json', times: 2 },
      { match: { host: 'api' }, kind: 'truncated', times: 2 },
      { match: { host: 'api' }, kind: 'slow-headers', latencyMs: 3000, times: 1 },
    ]);
    await session(good);
    await session(good);
    faults.clear();
    faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'status', status: 503 });
    await gql(good, ARTIST, { id: btsId });
    faults.clear();
    // A short 429 waited out, then a long one and the pause after it.
    faults.add({ match: { endpoint: ARTIST_ENDPOINT }, kind: 'rate-limit', retryAfter: 1, times: 1 });
    await gql(good, ARTIST, { id: btsId });
    faults.add({ match: { host: 'api' }, kind: 'rate-limit', retryAfter: 60, reason: 'QUOTA_EXCEEDED', times: 1 });
    await session(good);
    await send(good, '/metrics');

    // Rejected credentials, through GraphQL and /ready.
    await session(bad);
    await send(bad, '/ready');
    await send(bad, '/metrics');

    // The session did go through what it was meant to.
    const all = responses.join('\n');
    for (const code of ['UPSTREAM_AUTH_FAILED', 'UPSTREAM_UNAVAILABLE', 'RATE_LIMITED', 'QUOTA_EXCEEDED']) expect(all).toContain(code);
    expect(all).toContain('"name":"BTS"');
    for (const hook of ['call', 'retry', 'pause', 'tokenFetched', 'batch']) expect(seenBy.events.get(hook) ?? 0).toBeGreaterThan(0);
    expect(seenBy.logs).toBeGreaterThan(10);
    expect(seenBy.bodies).toBeGreaterThan(20);

    const tokens = [...good.emulator.issuedTokens(), ...bad.emulator.issuedTokens()];
    expect(tokens.length).toBeGreaterThanOrEqual(4);
    expect(bad.emulator.issuedTokens()).toHaveLength(0);

    const everything = seen.join('\n');
    for (const secret of [SECRET, WRONG_SECRET]) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(Buffer.from(`${CLIENT_ID}:${secret}`).toString('base64'));
      expect(everything).not.toContain(encodeURIComponent(secret));
    }
    for (const token of tokens) {
      expect(everything).not.toContain(token);
      // Nor a recognisable part of one (a truncated log field, say).
      expect(everything).not.toContain(token.slice(0, 24));
      expect(everything).not.toContain(token.slice(-24));
    }
    expect(everything).not.toMatch(/Bearer\s+BQ/);
  });
});
