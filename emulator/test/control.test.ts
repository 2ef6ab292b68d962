import { describe, expect, it } from 'vitest';
import { startEmulator, type CallRecord } from '../src/server.js';
import { control, get, requestToken, token, emulatorForFile } from './helpers.js';

const shared = emulatorForFile();

describe('call log', () => {
  it('records every call in order with endpoint, host, query, status and ids', async () => {
    shared.emulator.resetCalls();
    const { btsId, unknownId } = shared.emulator.catalog.fixtures;
    await get(shared.emulator, `/artists/${btsId}`, shared.bearer);
    await get(shared.emulator, `/search?q=love&type=artist&limit=2`, shared.bearer);
    await get(shared.emulator, `/artists?ids=${btsId},${unknownId}`, shared.bearer);
    await requestToken(shared.emulator);
    await get(shared.emulator, '/nowhere', shared.bearer);
    expect(shared.emulator.calls.map((c) => [c.endpoint, c.host, c.status])).toEqual([
      ['GET /v1/artists/{id}', 'api', 200],
      ['GET /v1/search', 'api', 200],
      ['GET /v1/artists', 'api', 403],
      ['POST /api/token', 'accounts', 200],
      ['GET /v1/nowhere', 'api', 404],
    ]);
    expect(shared.emulator.calls[0]).toMatchObject({ method: 'GET', path: `/v1/artists/${btsId}`, ids: [btsId] });
    expect(shared.emulator.calls[1].query).toEqual({ q: 'love', type: 'artist', limit: '2' });
    expect(shared.emulator.calls[1].ids).toBeUndefined();
    expect(shared.emulator.calls[2].ids).toEqual([btsId, unknownId]);
    expect(shared.emulator.calls[0].at).toBeLessThanOrEqual(shared.emulator.calls[4].at);
  });

  it('counts calls by endpoint and host', async () => {
    shared.emulator.resetCalls();
    await get(shared.emulator, `/artists/${shared.emulator.catalog.fixtures.btsId}`, shared.bearer);
    await get(shared.emulator, `/artists/${shared.emulator.catalog.fixtures.btscId}`, shared.bearer);
    await requestToken(shared.emulator);
    expect(shared.emulator.countCalls()).toBe(3);
    expect(shared.emulator.countCalls({ endpoint: 'GET /v1/artists/{id}' })).toBe(2);
    expect(shared.emulator.countCalls({ host: 'accounts' })).toBe(1);
    expect(shared.emulator.countCalls({ host: 'accounts', endpoint: 'GET /v1/artists/{id}' })).toBe(0);
    shared.emulator.resetCalls();
    expect(shared.emulator.countCalls()).toBe(0);
    expect(shared.emulator.calls).toHaveLength(0);
  });
});

describe('control API', () => {
  it('reads and clears the call log, without logging itself', async () => {
    shared.emulator.resetCalls();
    await get(shared.emulator, `/artists/${shared.emulator.catalog.fixtures.btsId}`, shared.bearer);
    const calls = await control(shared.emulator, 'GET', 'calls');
    expect((calls.body as CallRecord[]).map((c) => c.endpoint)).toEqual(['GET /v1/artists/{id}']);
    expect(calls.headers.get('content-type')).toBe('application/json; charset=utf-8');
    await control(shared.emulator, 'DELETE', 'calls');
    expect(shared.emulator.calls).toHaveLength(0);
  });

  it('adds and clears faults', async () => {
    expect((await control(shared.emulator, 'POST', 'faults', { kind: 'status', status: 500, match: { endpoint: 'GET /v1/search' } })).status).toBe(200);
    expect((await control(shared.emulator, 'POST', 'faults', [{ kind: 'latency', latencyMs: 1 }, { kind: 'drop', times: 1, match: { host: 'accounts' } }])).status).toBe(200);
    expect((await control(shared.emulator, 'GET', 'faults')).body).toHaveLength(3);
    expect((await get(shared.emulator, '/search?q=a&type=artist', shared.bearer)).status).toBe(500);
    await control(shared.emulator, 'DELETE', 'faults');
    expect(shared.emulator.faults.active).toHaveLength(0);
    expect((await get(shared.emulator, '/search?q=a&type=artist', shared.bearer)).status).toBe(200);
  });

  it('refuses bad fault rules with a 400', async () => {
    const answer = await control(shared.emulator, 'POST', 'faults', { kind: 'nope' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/kind/);
  });

  it('switches the app mode', async () => {
    expect((await control(shared.emulator, 'POST', 'mode', { mode: 'extended' })).body).toEqual({ mode: 'extended' });
    expect(shared.emulator.mode).toBe('extended');
    expect((await get(shared.emulator, `/artists?ids=${shared.emulator.catalog.fixtures.btsId}`, shared.bearer)).status).toBe(200);
    expect((await control(shared.emulator, 'POST', 'mode', { mode: 'party' })).status).toBe(400);
    await control(shared.emulator, 'POST', 'mode', { mode: 'development' });
    expect(shared.emulator.mode).toBe('development');
  });

  it('expires tokens', async () => {
    const old = await token(shared.emulator);
    await control(shared.emulator, 'POST', 'expire-tokens');
    expect((await get(shared.emulator, `/artists/${shared.emulator.catalog.fixtures.btsId}`, old)).status).toBe(401);
    shared.bearer = await token(shared.emulator);
  });

  it('serves the fixtures', async () => {
    expect((await control(shared.emulator, 'GET', 'fixtures')).body).toEqual(shared.emulator.catalog.fixtures);
  });
});

describe('close()', () => {
  const count = (kind: string) => process.getActiveResourcesInfo().filter((r) => r === kind).length;

  it('closes the server and every socket, even mid-answer', async () => {
    const servers = count('TCPServerWrap');
    const sockets = count('TCPSocketWrap');
    const other = await startEmulator({ latencyMs: 0 });
    expect(count('TCPServerWrap')).toBe(servers + 1);
    const t = await token(other);
    // A keep-alive socket left idle, and an answer stuck behind a long delay.
    await get(other, `/artists/${other.catalog.fixtures.btsId}`, t);
    other.faults.add({ kind: 'slow-body', latencyMs: 60_000 });
    const stuck = fetch(`${other.apiUrl}/artists/${other.catalog.fixtures.btsId}`, { headers: { Authorization: `Bearer ${t}` } })
      .then((res) => res.text())
      .catch((error: unknown) => error);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await stuck).toBeInstanceOf(Error);
    expect(count('TCPServerWrap')).toBe(servers);
    for (let i = 0; i < 50 && count('TCPSocketWrap') > sockets; i++) await new Promise((r) => setTimeout(r, 20));
    expect(count('TCPSocketWrap')).toBeLessThanOrEqual(sockets);
    await expect(fetch(`${other.url}/__emulator/calls`)).rejects.toThrow();
    await other.close();
  });
});
