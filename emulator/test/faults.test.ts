import { afterEach, describe, expect, it } from 'vitest';
import { FaultController } from '../src/faults.js';
import { get, requestToken, emulatorForFile } from './helpers.js';

const shared = emulatorForFile();
afterEach(() => {
  shared.emulator.faults.clear();
  shared.emulator.faults.latencyMs = 0;
});

const SEARCH = 'GET /v1/search';
const searchUrl = () => `${shared.emulator.apiUrl}/search?q=love&type=track`;
const fetchSearch = () => fetch(searchUrl(), { headers: { Authorization: `Bearer ${shared.bearer}` } });

describe('fault kinds', () => {
  it('status: that status with a Web API error body', async () => {
    shared.emulator.faults.add({ match: { endpoint: SEARCH }, kind: 'status', status: 503 });
    const res = await fetchSearch();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: { status: 503, message: 'Service unavailable' } });
  });

  it('status 401 says the token expired', async () => {
    shared.emulator.faults.add({ kind: 'status', status: 401, times: 1 });
    const res = await fetchSearch();
    expect(await res.json()).toEqual({ error: { status: 401, message: 'The access token expired' } });
  });

  it('rate-limit: 429 with Retry-After and the reason', async () => {
    shared.emulator.faults.add({ kind: 'rate-limit', retryAfter: 7, reason: 'QUOTA_EXCEEDED', times: 1 });
    const res = await fetchSearch();
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(await res.json()).toEqual({ error: { status: 429, message: 'API rate limit exceeded', reason: 'QUOTA_EXCEEDED' } });
  });

  it('quota: 429 "Too many requests", QUOTA_EXCEEDED, and a Retry-After of hours', async () => {
    shared.emulator.faults.add({ kind: 'quota', times: 1 });
    const res = await fetchSearch();
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(3600);
    expect(await res.json()).toEqual({ error: { status: 429, message: 'Too many requests', reason: 'QUOTA_EXCEEDED' } });
    expect((await fetchSearch()).status).toBe(200);
  });

  it('rate-limit without a reason leaves it out', async () => {
    shared.emulator.faults.add({ kind: 'rate-limit', retryAfter: 2, times: 1 });
    expect(await (await fetchSearch()).json()).toEqual({ error: { status: 429, message: 'API rate limit exceeded' } });
  });

  it('drop: the socket closes without an answer, logged with status 0', async () => {
    shared.emulator.resetCalls();
    shared.emulator.faults.add({ kind: 'drop', times: 1 });
    await expect(fetchSearch()).rejects.toThrow();
    expect(shared.emulator.calls.at(-1)).toMatchObject({ endpoint: SEARCH, status: 0 });
    expect((await fetchSearch()).status).toBe(200);
  });

  it('latency: answers normally after the delay', async () => {
    shared.emulator.faults.add({ kind: 'latency', latencyMs: 150, times: 1 });
    const started = Date.now();
    const res = await fetchSearch();
    expect(res.status).toBe(200);
    await res.json();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('not-json: 200 with an HTML body', async () => {
    shared.emulator.faults.add({ kind: 'not-json', times: 1 });
    const res = await fetchSearch();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toBe('<html>upstream error</html>');
  });

  it('truncated: full Content-Length, half the bytes, then the connection closes', async () => {
    const full = await (await fetchSearch()).text();
    shared.emulator.faults.add({ kind: 'truncated', times: 1 });
    const res = await fetchSearch();
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(full));
    await expect(res.text()).rejects.toThrow();
  });

  it('slow-headers: nothing arrives before the delay', async () => {
    shared.emulator.faults.add({ kind: 'slow-headers', latencyMs: 200, times: 1 });
    const started = Date.now();
    const res = await fetchSearch();
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(res.status).toBe(200);
    await res.json();
  });

  it('slow-body: headers at once, the rest of the body after the delay', async () => {
    shared.emulator.faults.add({ kind: 'slow-body', latencyMs: 300, times: 1 });
    const started = Date.now();
    const res = await fetchSearch();
    const headersAfter = Date.now() - started;
    const body = await res.json();
    expect(headersAfter).toBeLessThan(250);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(body.tracks.items).toHaveLength(5);
  });

  it('controller latency applies to every call', async () => {
    shared.emulator.faults.latencyMs = 120;
    const started = Date.now();
    await (await fetchSearch()).json();
    await requestToken(shared.emulator);
    expect(Date.now() - started).toBeGreaterThanOrEqual(230);
  });
});

describe('fault matching', () => {
  it('matches by endpoint and host, and stops after `times`', async () => {
    shared.emulator.faults.add({ match: { endpoint: 'GET /v1/artists/{id}' }, kind: 'status', status: 500, times: 2 });
    shared.emulator.faults.add({ match: { host: 'accounts' }, kind: 'status', status: 502, times: 1 });
    const artist = `/artists/${shared.emulator.catalog.fixtures.btsId}`;
    expect((await fetchSearch()).status).toBe(200);
    expect((await get(shared.emulator, artist, shared.bearer)).status).toBe(500);
    expect((await get(shared.emulator, artist, shared.bearer)).status).toBe(500);
    expect((await get(shared.emulator, artist, shared.bearer)).status).toBe(200);
    expect((await requestToken(shared.emulator)).status).toBe(502);
    expect((await requestToken(shared.emulator)).status).toBe(200);
    expect(shared.emulator.faults.active).toHaveLength(0);
  });

  it('the first matching non-latency rule wins; latency rules add up', () => {
    const faults = new FaultController();
    faults.add([
      { kind: 'latency', latencyMs: 10 },
      { kind: 'status', status: 500, match: { host: 'api' } },
      { kind: 'status', status: 503 },
      { kind: 'latency', latencyMs: 5 },
    ]);
    expect(faults.plan(SEARCH, 'api')).toMatchObject({ delayMs: 15, fault: { status: 500 } });
    expect(faults.plan('POST /api/token', 'accounts')).toMatchObject({ delayMs: 15, fault: { status: 503 } });
  });

  it('probability is seeded: the same rule fires on the same calls every run', () => {
    const run = () => {
      const faults = new FaultController({ seed: 42 });
      faults.add({ kind: 'status', probability: 0.3 });
      return Array.from({ length: 200 }, () => (faults.plan(SEARCH, 'api').fault ? 1 : 0)).join('');
    };
    const pattern = run();
    expect(run()).toBe(pattern);
    const hits = [...pattern].filter((c) => c === '1').length;
    expect(hits).toBeGreaterThan(30);
    expect(hits).toBeLessThan(90);
  });

  it('refuses malformed rules', () => {
    const faults = new FaultController();
    expect(() => faults.add({ kind: 'explode' } as never)).toThrow(/kind/);
    expect(() => faults.add([{ kind: 'drop' }, { kind: 'status', status: 9000 }])).toThrow();
    expect(faults.active).toHaveLength(0);
  });
});
