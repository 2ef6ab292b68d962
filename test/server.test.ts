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

  it('stops cleanly on SIGTERM', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
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
