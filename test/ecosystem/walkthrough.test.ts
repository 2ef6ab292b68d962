// The README's path from a clean clone, as processes: a typed client call from a script against
// the demo gateway, and a production configuration (real credentials flow, persisted operations
// only, no GraphiQL or introspection, CORS for one origin, JSON logs) with its operator endpoints.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from 'spotify-emulator';
import { freePort, repoRoot, startNode, waitForOutput, type Started } from '../helpers/processes.js';

const BTS_FIRST_PAGE = 'page 1: BTS, BTS World, BTSC';

/** Runs `examples/client/search-cli.ts` with arguments, as `npm run client -- …` does. */
async function client(endpoint: string, args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/client/search-cli.ts', ...args, '--endpoint', endpoint], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output: output.trim() };
}

async function stop(server: Started | undefined) {
  if (!server) return;
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

describe('demo mode: a typed client call from a script', () => {
  let server: Started;
  let endpoint: string;
  beforeAll(async () => {
    const port = await freePort();
    endpoint = `http://127.0.0.1:${port}/graphql`;
    server = startNode('src/server.ts', { PORT: String(port), SPOTIFY_CLIENT_ID: '', SPOTIFY_CLIENT_SECRET: '' });
    await waitForOutput(server, (text) => text.includes('ready at'));
  });
  afterAll(() => stop(server));

  it('prints the pages of artists the search found', async () => {
    const result = await client(endpoint, ['BTS', '--pages', '2', '--page-size', '2']);
    expect(result).toEqual({ code: 0, output: 'page 1: BTS, BTS World\npage 2: BTSC' });
  });

  it('also works with persisted operation ids', async () => {
    const result = await client(endpoint, ['BTS', '--persisted']);
    expect(result).toEqual({ code: 0, output: BTS_FIRST_PAGE });
  });
});

describe('a production configuration', () => {
  const secret = 'production-secret-4f9c';
  let emulator: Emulator;
  let server: Started;
  let base: string;
  beforeAll(async () => {
    emulator = await startEmulator({ clientId: 'production-app', clientSecret: secret });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = startNode('src/server.ts', {
      PORT: String(port),
      SPOTIFY_CLIENT_ID: 'production-app',
      SPOTIFY_CLIENT_SECRET: secret,
      SPOTIFY_ACCOUNTS_URL: emulator.accountsUrl,
      SPOTIFY_API_URL: emulator.apiUrl,
      SPOTIFY_APP_MODE: 'development',
      PERSISTED_OPERATIONS: 'require',
      INTROSPECTION: 'false',
      GRAPHIQL: 'false',
      CORS_ORIGINS: 'https://app.example',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
    });
    await waitForOutput(server, (text) => text.includes('ready at'));
  });
  afterAll(async () => {
    await stop(server);
    await emulator?.close();
  });

  it('is live and ready (a token can be had and Spotify answers)', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(emulator.countCalls({ host: 'accounts' })).toBe(1);
  });

  it('runs the typed client by persisted id, and refuses operations outside the manifest', async () => {
    expect(await client(`${base}/graphql`, ['BTS', '--persisted'])).toEqual({ code: 0, output: BTS_FIRST_PAGE });
    const refused = await client(`${base}/graphql`, ['BTS']);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('PERSISTED_QUERY_ONLY');
  });

  it('serves no GraphiQL and allows one origin', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
    const preflight = await fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example');
  });

  it('exposes Prometheus metrics without the secret or any token', async () => {
    await client(`${base}/graphql`, ['BTS', '--persisted']);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/graphql_request_duration_seconds_count\{operation="SearchArtists",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/spotify_upstream_calls_total\{endpoint="search",status="200",mode="development"\} [1-9]/);
    expect(text).not.toContain(secret);
    for (const token of emulator.issuedTokens()) expect(text).not.toContain(token);
  });

  it('logs JSON lines, one per request with its id, and never the secret or a token', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'prod-check-1' },
      body: JSON.stringify({ documentId: 'sha256:unknown', variables: {} }),
    });
    expect(response.headers.get('x-request-id')).toBe('prod-check-1');
    await waitForOutput(server, (text) => text.includes('prod-check-1'));
    const lines = server.output().trim().split('\n');
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.filter((record) => record.requestId === 'prod-check-1')).toEqual([
      expect.objectContaining({ level: 'info', msg: 'request', status: 200, errors: ['PERSISTED_QUERY_NOT_FOUND'] }),
    ]);
    expect(server.output()).not.toContain(secret);
    for (const token of emulator.issuedTokens()) expect(server.output()).not.toContain(token);
  });
});

describe('a production configuration whose manifest cannot be read', () => {
  it('stops with one line and exit code 1', async () => {
    const started = startNode('src/server.ts', {
      PORT: '0',
      SPOTIFY_CLIENT_ID: 'production-app',
      SPOTIFY_CLIENT_SECRET: 'never-used',
      PERSISTED_OPERATIONS: 'require',
      PERSISTED_OPERATIONS_MANIFEST: '/nonexistent/persisted-documents.json',
    });
    expect(await started.exited).toBe(1);
    expect(started.output().trim().split('\n')).toEqual([
      'Configuration error: PERSISTED_OPERATIONS_MANIFEST: cannot read a persisted-documents manifest at /nonexistent/persisted-documents.json (ENOENT)',
    ]);
  });
});
