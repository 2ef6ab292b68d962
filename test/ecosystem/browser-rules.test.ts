import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SearchArtistsDocument } from '../../examples/client/generated/graphql.js';
import { ConfigError } from '../../src/config.js';
import { CSRF_HEADER } from '../../src/http/browser-protection.js';
import { loadManifest } from '../../src/http/persisted-operations.js';
import { exampleClientDocuments, shippedClientDocuments } from '../../src/http/shipped-documents.js';
import { codes, harnessPerTest, type Harness } from '../helpers/harness.js';
import { repoRoot } from '../helpers/processes.js';

const SEARCH = '{ search(query: "BTS") { artists(first: 1) { totalCount } } }';

describe('CORS, CSRF and persisted operations', () => {
  const start = harnessPerTest();
  const fetchGateway = (h: Harness, path: string, init: RequestInit = {}) => h.gateway.yoga.fetch(`http://gateway.test${path}`, init);

  it('answers CORS preflights for allowed origins only', async () => {
    const h = await start({ env: { CORS_ORIGINS: 'https://app.example, https://admin.example' } });
    const preflight = (origin: string) =>
      fetchGateway(h, '/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://app.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    // No cookies are involved, so browsers are never told to send credentials.
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });

  it('lets browser apps read the request id of an answer', async () => {
    const h = await start();
    const response = await fetchGateway(h, '/graphql', {
      method: 'POST',
      headers: { origin: 'https://any.example', 'content-type': 'application/json', 'x-request-id': 'browser-1' },
      body: JSON.stringify({ query: SEARCH }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://any.example');
    expect(response.headers.get('access-control-expose-headers')).toContain('x-request-id');
    expect(response.headers.get('x-request-id')).toBe('browser-1');
  });

  it('refuses a GET a browser could send cross-site, unless it carries the CSRF header', async () => {
    const h = await start();
    const url = `/graphql?query=${encodeURIComponent(SEARCH)}`;
    expect((await fetchGateway(h, url, { headers: { accept: 'application/json' } })).status).toBe(403);
    const allowed = await fetchGateway(h, url, { headers: { accept: 'application/json', [CSRF_HEADER]: '1' } });
    expect(allowed.status).toBe(200);
    expect(h.apiCalls()).toBe(1);
  });

  it('with PERSISTED_OPERATIONS=require accepts only operations from the manifest', async () => {
    const h = await start({ env: { PERSISTED_OPERATIONS: 'require' } });
    expect(codes(await h.gql(SEARCH))).toEqual(['PERSISTED_QUERY_ONLY']);
    expect(h.apiCalls()).toBe(0);
    const hash = SearchArtistsDocument.__meta__?.hash as string;
    const response = await fetchGateway(h, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: hash, variables: { query: 'BTS', first: 2 } }),
    });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.search.artists.edges.map((e: any) => e.node.name)).toEqual(['BTS', 'BTS World']);
    const unknown = await fetchGateway(h, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: 'sha256:0000', variables: {} }),
    });
    expect((await unknown.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('reads only a manifest that maps operation ids to operation texts', () => {
    expect(() => loadManifest('/nonexistent/persisted-documents.json')).toThrow(ConfigError);
    expect(() => loadManifest('/nonexistent/persisted-documents.json')).toThrow(/PERSISTED_OPERATIONS_MANIFEST: cannot read .*ENOENT/);
    expect(() => loadManifest(fileURLToPath(new URL('../../package.json', import.meta.url)))).toThrow(/not a map of operation ids/);
    expect(exampleClientDocuments().get(SearchArtistsDocument.__meta__?.hash as string)).toMatch(/^query SearchArtists/);
  });

  it('allows by default the documents of every client the project ships, each read where its codegen or build writes it', () => {
    // The web app's manifest is its build's (`npm test` builds it first).
    const shipped = shippedClientDocuments();
    for (const manifest of ['examples/client/generated/persisted-documents.json', 'examples/web/dist/persisted-documents.json']) {
      const ids = Object.keys(JSON.parse(readFileSync(join(repoRoot, manifest), 'utf8')) as Record<string, string>);
      expect(ids.length, manifest).toBeGreaterThan(0);
      expect(ids.filter((id) => !shipped.has(id)), manifest).toEqual([]);
    }
  });

  it("with a manifest of its own no longer accepts the example client's documents", async () => {
    const h = await start({ env: { PERSISTED_OPERATIONS: 'require', PERSISTED_OPERATIONS_MANIFEST: join(repoRoot, 'examples/web/dist/persisted-documents.json') } });
    const response = await fetchGateway(h, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: SearchArtistsDocument.__meta__?.hash, variables: { query: 'BTS', first: 2 } }),
    });
    expect((await response.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('keeps arbitrary operations in demo mode even with PERSISTED_OPERATIONS=require', async () => {
    const h = await start({ env: { PERSISTED_OPERATIONS: 'require' }, gateway: { demo: true } });
    const result = await h.gql(SEARCH);
    expect(result.errors).toBeUndefined();
  });
});
