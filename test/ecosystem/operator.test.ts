import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { logOptions } from '../../src/observability/log-format.js';
import { harnessPerTest, startHarness, type Harness } from '../helpers/harness.js';

const get = (h: Harness, path: string, headers: Record<string, string> = {}) => h.gateway.yoga.fetch(`http://gateway.test${path}`, { headers });

describe('operator endpoints', () => {
  const start = harnessPerTest();

  it('/health answers without calling Spotify', async () => {
    const h = await start();
    const response = await get(h, '/health');
    expect(response.status).toBe(200);
    expect(h.emulator.calls).toHaveLength(0);
  });

  it('/ready checks a token and the upstream, and reuses a fresh verdict', async () => {
    const h = await start();
    const first = await get(h, '/ready');
    expect(first.status).toBe(200);
    expect(h.tokenCalls()).toBe(1);
    expect(h.apiCalls()).toBe(1);
    for (let i = 0; i < 5; i++) expect((await get(h, '/ready')).status).toBe(200);
    expect(h.apiCalls()).toBe(1);
  });

  it('/ready is 503 when the credentials are rejected', async () => {
    const h = await start({ credentials: { clientId: 'demo-client-id', clientSecret: 'wrong' } });
    const response = await get(h, '/ready');
    expect(response.status).toBe(503);
    expect((await response.json()).status).toBe('not ready');
  });

  it('/ready is 503 while Spotify keeps failing', async () => {
    const h = await start({ env: { UPSTREAM_RETRIES: '0' } });
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'status', status: 503 });
    const response = await get(h, '/ready');
    expect(response.status).toBe(503);
    expect((await response.json()).reason).toMatch(/503/);
  });

  it('/ready stays 200 under a long rate-limit pause: Spotify answered, and RATE_LIMITED is served fast', async () => {
    const h = await start();
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'rate-limit', retryAfter: 600, times: 1 });
    expect((await get(h, '/ready')).status).toBe(200);
    expect(h.apiCalls()).toBe(1);
  });

  it('/metrics exposes request, error and upstream metrics in Prometheus format, and no secret', async () => {
    const secret = 'metrics-secret-7a1';
    const h = await start({ emulator: { clientSecret: secret }, env: { UPSTREAM_RETRIES: '2' } });
    const { bigAlbumId, btsId } = h.emulator.catalog.fixtures;
    await h.gql('query Album($id: ID!) { album(id: $id) { tracks(first: 40) { edges { node { artists { images { url } } } } } } }', { id: bigAlbumId });
    await h.gql('query Bad { artist(id: "nope") { name } }');
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'status', status: 503, times: 1 });
    await h.gql('query One($id: ID!) { artist(id: $id) { name } }', { id: btsId });
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'rate-limit', retryAfter: 60, times: 1 });
    await h.gql('{ search(query: "love") { tracks { totalCount } } }');
    const response = await get(h, '/metrics');
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/graphql_request_duration_seconds_count\{operation="Album",outcome="ok"\} 1/);
    expect(text).toMatch(/graphql_errors_total\{operation="Bad",code="BAD_USER_INPUT"\} 1/);
    expect(text).toMatch(/spotify_upstream_calls_total\{endpoint="album",status="200",mode="development"\} 1/);
    expect(text).toMatch(/spotify_upstream_calls_total\{endpoint="artist",status="503",mode="development"\} 1/);
    expect(text).toMatch(/spotify_upstream_retries_total\{endpoint="artist",reason="status 503"\} 1/);
    expect(text).toMatch(/spotify_rate_limit_pauses_total\{reason="RATE_LIMITED"\} 1/);
    expect(text).toMatch(/spotify_token_refreshes_total 1/);
    expect(text).toMatch(/dataloader_batch_size_count\{loader="artist"\} 2/);
    expect(text).toMatch(/dataloader_batch_size_sum\{loader="artist"\} 35/);
    expect(text).toContain('spotify_upstream_duration_seconds_bucket');
    expect(text).not.toContain(secret);
    for (const token of h.emulator.issuedTokens()) expect(text).not.toContain(token);
  });

  it('counts response and catalog cache hits and misses', async () => {
    const h = await start({ env: { CACHE_TTL_SECONDS: '60' } });
    const { btsId } = h.emulator.catalog.fixtures;
    await h.gql('query A($id: ID!) { artist(id: $id) { name } }', { id: btsId });
    await h.gql('query B($id: ID!) { artist(id: $id) { uri } }', { id: btsId });
    // A repeat is answered by the response cache, before the catalog cache is asked.
    await h.gql('query A($id: ID!) { artist(id: $id) { name } }', { id: btsId });
    const text = await (await get(h, '/metrics')).text();
    expect(text).toMatch(/gateway_cache_lookups_total\{cache="catalog-artist",result="miss"\} 1/);
    expect(text).toMatch(/gateway_cache_lookups_total\{cache="catalog-artist",result="hit"\} 1/);
    expect(text).toMatch(/gateway_cache_lookups_total\{cache="response",result="miss"\} 2/);
    expect(text).toMatch(/gateway_cache_lookups_total\{cache="response",result="hit"\} 1/);
  });
});

describe('structured logs', () => {
  it('one JSON line per request with the caller\'s request id, and upstream retries at warn naming that request', async () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (line) => lines.push(line) });
    const h = await startHarness({ gateway: { logger } });
    try {
      h.emulator.faults.add({ match: { host: 'api' }, kind: 'status', status: 502, times: 1 });
      const response = await h.gateway.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' },
        body: JSON.stringify({ query: 'query Seeds { search(query: "BTS") { artists(first: 1) { totalCount } } }' }),
      });
      expect(response.headers.get('x-request-id')).toBe('req-42');
      const records = lines.map((line) => JSON.parse(line));
      const requests = records.filter((r) => r.msg === 'request');
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatchObject({ level: 'info', requestId: 'req-42', operation: 'Seeds', status: 200, path: '/graphql' });
      expect(typeof requests[0].durationMs).toBe('number');
      expect(records.filter((r) => r.msg === 'upstream retry')).toEqual([expect.objectContaining({ level: 'warn', endpoint: 'search', reason: 'status 502', requestId: 'req-42' })]);

      const generated = await h.gateway.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'bad id with spaces' },
        body: JSON.stringify({ query: '{ search(query: "BTS") { artists(first: 1) { totalCount } } }' }),
      });
      const made = generated.headers.get('x-request-id');
      // A forged id is replaced by one of the gateway's own: process prefix and counter.
      expect(made).toMatch(/^[0-9a-f]{8}-[0-9a-z]+$/);
      const next = await h.gateway.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(query: "BTS") { artists(first: 1) { totalCount } } }' }),
      });
      expect(next.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-z]+$/);
      expect(next.headers.get('x-request-id')).not.toBe(made);
    } finally {
      await h.close();
    }
  });

  it('are readable lines on a terminal and JSON elsewhere unless LOG_FORMAT says otherwise', () => {
    const auto = loadConfig({});
    expect(logOptions(auto, true)).toEqual({ pretty: true, level: 'info' });
    expect(logOptions(auto, false)).toEqual({ pretty: false, level: 'info' });
    expect(logOptions(loadConfig({ LOG_FORMAT: 'json', LOG_LEVEL: 'warn' }), true)).toEqual({ pretty: false, level: 'warn' });
    expect(logOptions(loadConfig({ LOG_FORMAT: 'pretty' }), false).pretty).toBe(true);
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow('LOG_LEVEL must be one of debug, info, warn, error, got "verbose"');
  });
});
