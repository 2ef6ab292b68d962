import { startEmulator, type Emulator } from 'spotify-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startNode, waitForOutput, type Started } from './helpers/processes.js';

const demoEnv = { SPOTIFY_CLIENT_ID: '', SPOTIFY_CLIENT_SECRET: '', SPOTIFY_APP_MODE: 'development' };

describe('npm start in demo mode (no credentials)', () => {
  let server: Started;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}/graphql`;
    server = startNode('src/server.ts', { ...demoEnv, PORT: String(port) });
    await waitForOutput(server, (text) => text.includes('ready at'));
  });
  afterAll(async () => {
    server.child.kill('SIGTERM');
    await server.exited;
  });

  it('says in one line that it runs against the built-in emulator', () => {
    const lines = server.output().split('\n').filter((line) => line.includes('demo mode'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/emulator at http:\/\/127\.0\.0\.1:\d+/);
  });

  it('answers the seeds\' search over HTTP', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(query: "BTS") { artists(first: 5) { edges { node { name images { url } } } } } }' }),
    });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.search.artists.edges.map((e: any) => e.node.name).slice(0, 3)).toEqual(['BTS', 'BTS World', 'BTSC']);
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toMatch(/graphiql/i);
  });

  it("exposes Node's process metrics at /metrics beside the gateway's", async () => {
    const text = await (await fetch(url.replace('/graphql', '/metrics'))).text();
    for (const name of ['graphql_request_duration_seconds', 'nodejs_eventloop_lag_max_seconds', 'nodejs_gc_duration_seconds_sum', 'process_cpu_user_seconds_total']) {
      expect(text).toContain(`\n${name}`);
    }
  });

  it('stops cleanly on SIGTERM', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});

describe('npm start with credentials', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ mode: 'development' });
  });
  afterAll(() => emulator.close());

  const credentialsFor = (accountsUrl: string) => ({
    SPOTIFY_CLIENT_ID: emulator.clientId,
    SPOTIFY_CLIENT_SECRET: emulator.clientSecret,
    SPOTIFY_ACCOUNTS_URL: accountsUrl,
    SPOTIFY_API_URL: emulator.apiUrl,
    SPOTIFY_APP_MODE: 'development',
  });

  it('has the app token before it listens, and warms up without logging, counting or calling Spotify', async () => {
    emulator.resetCalls();
    const port = await freePort();
    const server = startNode('src/server.ts', { ...credentialsFor(emulator.accountsUrl), PORT: String(port) });
    try {
      await waitForOutput(server, (text) => text.includes('ready at'));
      expect({ accounts: emulator.countCalls({ host: 'accounts' }), api: emulator.countCalls({ host: 'api' }) }).toEqual({ accounts: 1, api: 0 });
      // The queries that warmed the request path up ran on a copy: nothing of them is logged or counted.
      expect(server.output()).not.toContain('"msg":"request"');
      expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).not.toMatch(/^graphql_request_duration_seconds_count/m);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(query: "BTS") { artists(first: 1) { edges { node { name } } } } }' }),
      });
      expect((await response.json()).errors).toBeUndefined();
      expect({ accounts: emulator.countCalls({ host: 'accounts' }), api: emulator.countCalls({ host: 'api' }) }).toEqual({ accounts: 1, api: 1 });
      await waitForOutput(server, (text) => text.includes('"msg":"request"'));
      expect(server.output().match(/"msg":"request"/g)).toHaveLength(1);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('starts all the same when the accounts service is out of reach, and says so', async () => {
    const port = await freePort();
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const server = startNode('src/server.ts', { ...credentialsFor(nobody), PORT: String(port) });
    try {
      await waitForOutput(server, (text) => text.includes('ready at'));
      expect(server.output()).toMatch(/no Spotify token yet \(.+\): the first request will fetch one/);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});

describe('start-up with bad configuration', () => {
  it.each([
    [{ SPOTIFY_APP_MODE: 'turbo' }, 'SPOTIFY_APP_MODE must be "development" or "extended"'],
    [{ SPOTIFY_CLIENT_ID: 'only-an-id' }, 'SPOTIFY_CLIENT_SECRET is not set'],
    [{ SPOTIFY_API_URL: '::not a url::' }, 'SPOTIFY_API_URL must be an http(s) URL'],
  ])('%o stops with one line and exit code 1', async (env, message) => {
    const started = startNode('src/server.ts', { ...demoEnv, PORT: '0', ...env });
    expect(await started.exited).toBe(1);
    const lines = started.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`Configuration error: ${message}`)).toBe(true);
    expect(started.output()).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
