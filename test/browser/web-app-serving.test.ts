import { readFileSync } from 'node:fs';
import { request as httpRequest, createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startHarness, type Harness } from '../helpers/harness.js';
import { repoRoot } from '../helpers/processes.js';
import { SearchArtistsDocument } from '../../examples/web/src/gql/graphql.js';
import { requireBuiltApp } from './built-app.js';

requireBuiltApp();

/** The asset paths index.html links to (Vite's hashed names). */
const linkedAssets = () =>
  [...readFileSync(join(repoRoot, 'examples/web/dist/index.html'), 'utf8').matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);

describe('the gateway serves the web app', () => {
  let h: Harness;
  let server: Server;
  let port: number;
  const get = (path: string, init: RequestInit = {}) => h.gateway.yoga.fetch(`http://gateway.test${path}`, init);
  /** A request sent with its path exactly as written (fetch would normalise dot segments). */
  const rawGet = (path: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port, path }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk)).on('end', () => resolve({ status: response.statusCode!, body }));
      }).on('error', reject).end();
    });

  beforeAll(async () => {
    h = await startHarness();
    server = createServer(h.gateway.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await h.close();
  });

  it('answers index.html at /, revalidated on every visit', async () => {
    const response = await get('/', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<div id="root"></div>');
  });

  it("answers index.html for the app's screens, whose paths mirror open.spotify.com's", async () => {
    const index = readFileSync(join(repoRoot, 'examples/web/dist/index.html'), 'utf8');
    const screens = [
      '/artist/3Nrfpe0tUJi4K4DXYWgMUX', '/album/1ATL5GLyefJaxhQzSPVrLX', '/track/6rqhFgbbKwnb9MLmUQDhG6', '/playlist/37i9dQZF1DX0XUsuxWHRQd',
      '/show/4rOoJ6Egrf8K2IrywzwOMk', '/episode/512ojhOuo1ktJprKbVcKyQ', '/audiobook/7iHfbu1YPACw6oZPAFJtqe', '/search/BTS', '/search/BTS/albums',
      '/search/a%20b.c', '/collection/tracks', '/top', '/callback',
    ];
    for (const path of screens) {
      const response = await get(path, { headers: { accept: 'text/html' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(await response.text(), path).toBe(index);
    }
    // Other paths stay the gateway's: an unknown one is still a 404.
    expect((await get('/artist')).status).toBe(404);
    expect((await get('/artist/a/b')).status).toBe(404);
  });

  it('tells the app whether it runs in demo mode, its app mode and where to sign in', async () => {
    const response = await get('/app-settings');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    // The harness's gateway talks to an emulator but is not in demo mode: it signs in at the accounts service.
    const settings = await response.json();
    expect(settings).toMatchObject({ demo: false, appMode: 'development' });
    expect(settings.signIn.authorizeUrl).toMatch(/\/authorize$/);
    expect(settings.signIn.tokenUrl).toMatch(/\/api\/token$/);
    expect(settings.signIn.scopes).toContain('user-library-modify');
  });

  it('serves the hashed assets with their content types, cached for good', async () => {
    const assets = linkedAssets();
    expect(assets.map((path) => path.split('.').pop()).sort()).toEqual(['css', 'js']);
    for (const path of assets) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe(path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.equals(readFileSync(join(repoRoot, 'examples/web/dist', path)))).toBe(true);
    }
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('/', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBe(readFileSync(join(repoRoot, 'examples/web/dist/index.html')).length);
    expect(await response.text()).toBe('');
  });

  it('answers 404 for files the build does not have', async () => {
    for (const path of ['/assets/index-missing.js', '/favicon.ico', '/assets/', '/%E0%A4%A.js']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('never answers a file from outside the build', async () => {
    const traversals = [
      '/../../../package.json',
      '/assets/../../../package.json',
      '/%2e%2e/%2e%2e/%2e%2e/package.json',
      '/..%2f..%2f..%2fpackage.json',
      '/assets/..%2f..%2f..%2f..%2fpackage.json',
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2fsrc%2fgateway.ts',
      '/index.html%00.js',
    ];
    for (const path of traversals) {
      const { status, body } = await rawGet(path);
      expect(status, path).toBe(404);
      expect(body, path).not.toContain('spotify-graphql-gateway');
      expect(body, path).not.toContain('createGateway');
    }
  });

  it('leaves /graphql (with GraphiQL) and the operator endpoints to the gateway', async () => {
    const graphiql = await get('/graphql', { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toContain('GraphiQL');
    expect((await get('/health')).status).toBe(200);
    const search = await get(`/graphql?query=${encodeURIComponent('{ search(query: "BTS") { artists(first: 1) { totalCount } } }')}`, {
      headers: { accept: 'application/json', 'x-graphql-csrf': '1' },
    });
    expect(search.status).toBe(200);
    expect((await search.json()).data.search.artists.totalCount).toBeGreaterThan(0);
  });
});

describe("the web app's operations by hash", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { PERSISTED_OPERATIONS: 'require' } });
  });
  afterAll(() => h.close());

  it('are accepted by a gateway that takes persisted operations only, sent as GET the way the app sends them', async () => {
    const hash = (SearchArtistsDocument as { __meta__?: { hash?: string } }).__meta__?.hash as string;
    const params = new URLSearchParams({
      operationName: 'SearchArtists',
      variables: JSON.stringify({ query: 'BTS', after: null }),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
    });
    const response = await h.gateway.yoga.fetch(`http://gateway.test/graphql?${params}`, { headers: { accept: 'application/json', 'x-graphql-csrf': '1' } });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.search.artists.edges.length).toBeGreaterThan(0);
    // A text outside the manifests is still refused.
    expect(codes(await h.gql('{ search(query: "BTS") { artists(first: 1) { totalCount } } }'))).toEqual(['PERSISTED_QUERY_ONLY']);
  });
});

describe('a gateway with PERSISTED_OPERATIONS=off', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { PERSISTED_OPERATIONS: 'off' } });
  });
  afterAll(() => h.close());

  it('tells a client that sends only a hash that persisted operations are not supported, so the web app sends the text', async () => {
    const params = new URLSearchParams({
      operationName: 'SearchArtists',
      variables: JSON.stringify({ query: 'BTS' }),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'sha256:0000' } }),
    });
    const response = await h.gateway.yoga.fetch(`http://gateway.test/graphql?${params}`, { headers: { accept: 'application/json', 'x-graphql-csrf': '1' } });
    const body = await response.json();
    // The message urql's and Apollo's persisted-query clients act on.
    expect(body.errors[0].message).toBe('PersistedQueryNotSupported');
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
