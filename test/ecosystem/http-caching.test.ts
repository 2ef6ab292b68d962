import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../src/http/browser-protection.js';
import { useHttpCaching } from '../../src/http/http-caching.js';
import { USER_SCOPED } from '../../src/schema/user-scoped.js';
import { exampleClientDocuments } from '../../src/http/shipped-documents.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const SEARCH = 'query Search($q: String!) { search(query: $q) { artists(first: 2) { edges { node { id name } } } } }';
const ACCEPT = 'application/graphql-response+json';

/** The manifest's id of the operation named `name`. */
function persistedId(name: string): string {
  const id = [...exampleClientDocuments()].find(([, text]) => text.startsWith(`query ${name}(`))?.[0];
  if (!id) throw new Error(`no persisted operation named ${name}`);
  return id;
}

describe('HTTP caching of GET queries', () => {
  let h: Harness;
  const get = (search: Record<string, string>, headers: Record<string, string> = {}) =>
    h.gateway.yoga.fetch(`http://gateway.test/graphql?${new URLSearchParams(search)}`, {
      headers: { accept: ACCEPT, [CSRF_HEADER]: '1', ...headers },
    });
  const searchBts = { query: SEARCH, variables: JSON.stringify({ q: 'BTS' }) };

  beforeAll(async () => {
    h = await startHarness({ env: { CACHE_TTL_SECONDS: '60' } });
  });
  afterAll(() => h.close());

  it('answers a catalog query public for the cache TTL, with a strong ETag of the body, varying by Accept and Authorization', async () => {
    const response = await get(searchBts);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    const vary = response.headers.get('vary')!.split(',').map((name) => name.trim().toLowerCase());
    expect(vary).toEqual(expect.arrayContaining(['accept', 'authorization']));
    const body = await response.text();
    expect(JSON.parse(body).data.search.artists.edges[0].node.name).toBe('BTS');
    expect(response.headers.get('etag')).toBe(`"${createHash('sha256').update(body).digest('base64url')}"`);
  });

  it('answers a repeated GET that sends its ETag back with 304, no body, the same Cache-Control, and no call to Spotify', async () => {
    const first = await get(searchBts);
    const etag = first.headers.get('etag')!;
    await first.text();
    h.reset();
    const again = await get(searchBts, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('public, max-age=60');
    expect(again.headers.get('vary')).toMatch(/authorization/i);
    expect(h.emulator.calls).toHaveLength(0);
    // A list of tags, one of them weak, still matches; a tag it never gave is answered in full.
    expect((await get(searchBts, { 'if-none-match': `"other", W/${etag}` })).status).toBe(304);
    const stale = await get(searchBts, { 'if-none-match': '"not-this-body"' });
    expect(stale.status).toBe(200);
    expect((await stale.json()).data.search.artists.edges).toHaveLength(2);
  });

  it('answers a GET that carries an Authorization header private and unstored, without a validator', async () => {
    const response = await get(searchBts, { authorization: 'Bearer a-user-token' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/authorization/i);
  });

  it('leaves a mutation over GET to Yoga, which refuses it (405, Allow: POST), and stores nothing', async () => {
    const response = await get({ query: 'mutation { anything }' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await response.json()).errors[0].message).toMatch(/mutation operation from a POST request/);
  });

  it('stores no answer with errors', async () => {
    const invalid = await get({ query: '{ search(query: "BTS") { nothingHere } }' });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('cache-control')).toBe('no-store');
    // An upstream failure answers 200 with errors in the body: still not stored.
    h.emulator.faults.add({ match: { host: 'api' }, kind: 'status', status: 403, times: 1 });
    const failed = await get({ ...searchBts, variables: JSON.stringify({ q: 'refused' }) });
    expect((await failed.clone().json()).errors?.length).toBeGreaterThan(0);
    expect(failed.headers.get('cache-control')).toBe('no-store');
    expect(failed.headers.get('etag')).toBeNull();
  });

  it('runs a persisted operation sent by documentId over GET, and caches it like its text', async () => {
    const search = { documentId: persistedId('SearchArtists'), variables: JSON.stringify({ query: 'BTS', first: 2 }) };
    const response = await get(search);
    const result = await response.json();
    expect(result.errors).toBeUndefined();
    expect(result.data.search.artists.edges[0].node.name).toBe('BTS');
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = response.headers.get('etag')!;
    expect((await get(search, { 'if-none-match': etag })).status).toBe(304);
    // An id the manifest does not hold is refused, and that refusal is not stored either.
    const unknown = await get({ documentId: 'sha256:0000' });
    expect((await unknown.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).toBe('no-store');
  });

  it('revalidates the same way over a real socket, as node:http serves it', async () => {
    const server = createServer(h.gateway.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql?${new URLSearchParams(searchBts)}`;
      const headers = { accept: ACCEPT, [CSRF_HEADER]: '1' };
      const first = await fetch(url, { headers });
      await first.text();
      expect(first.headers.get('cache-control')).toBe('public, max-age=60');
      const again = await fetch(url, { headers: { ...headers, 'if-none-match': first.headers.get('etag')! } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('gives POST answers no Cache-Control of its own', async () => {
    const response = await h.gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: ACCEPT },
      body: JSON.stringify({ query: SEARCH, variables: { q: 'BTS' } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBeNull();
  });
});

describe('fields marked user-scoped', () => {
  // The gateway's schema has no user fields yet: a schema with one marked as they will be.
  const Query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      catalog: { type: GraphQLString, resolve: () => 'for everyone' },
      me: { type: GraphQLString, extensions: { [USER_SCOPED]: true }, resolve: () => 'for one user' },
    },
  });
  const yoga = createYoga({ schema: new GraphQLSchema({ query: Query }), plugins: [useHttpCaching({ maxAgeSeconds: 30, maxTokens: 1000 })], logging: false });
  const get = (query: string) => yoga.fetch(`http://yoga.test/graphql?${new URLSearchParams({ query })}`, { headers: { accept: ACCEPT } });

  it('makes an operation that selects one private, even through a fragment, and leaves the others public', async () => {
    expect((await get('{ catalog }')).headers.get('cache-control')).toBe('public, max-age=30');
    expect((await get('{ catalog me }')).headers.get('cache-control')).toBe('private, no-store');
    expect((await get('query { ...Mine } fragment Mine on Query { me }')).headers.get('cache-control')).toBe('private, no-store');
  });
});
