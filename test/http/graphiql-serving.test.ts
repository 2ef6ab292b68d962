// GraphiQL served like a production site: a small page revalidated by ETag, its files hashed,
// compressed and cached for good, and its introspection a compressed GET answered 304 once held.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startHarness, type Harness } from '../helpers/harness.js';

describe('GraphiQL as cacheable, compressed files', () => {
  let h: Harness;
  const get = (path: string, headers: Record<string, string> = {}) =>
    h.gateway.yoga.fetch(`http://gateway.test${path}`, { headers: { 'accept-encoding': 'gzip, deflate, br', ...headers } });
  const page = () => get('/graphql', { accept: 'text/html' });
  /** yoga.fetch answers as the server sends: the test decodes what a browser would. */
  const pageText = async () => brotliDecompressSync(Buffer.from(await (await page()).arrayBuffer())).toString();

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('is a small page, no-cache with an ETag, 304 when held', async () => {
    const response = await page();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-encoding')).toBe('br');
    const body = await response.arrayBuffer();
    // Yoga's own page was ~9 MB with everything inlined.
    expect(body.byteLength).toBeLessThan(20_000);
    const again = await get('/graphql', { accept: 'text/html', 'if-none-match': response.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it('links its script, styles and workers as hashed files, immutable and compressed', async () => {
    const html = await pageText();
    const files = [...html.matchAll(/\/graphiql\/[\w-]+\.(?:js|css)/g)].map((match) => match[0]);
    expect(files).toHaveLength(5);
    let total = 0;
    for (const file of new Set(files)) {
      const response = await get(file, { 'accept-encoding': 'gzip' });
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-encoding'), file).toBe('gzip');
      const bytes = Buffer.from(await response.arrayBuffer());
      total += bytes.length;
      expect(gunzipSync(bytes).length, file).toBeGreaterThan(bytes.length);
    }
    expect(total).toBeLessThan(4_000_000);
    expect((await get('/graphiql/graphiql-notthehash.js')).status).toBe(404);
  });

  it('sends its queries as GET, so the introspection is compressed and revalidated', async () => {
    const html = await pageText();
    expect(html).toContain('"useGETForQueries":true');
    const { getIntrospectionQuery } = await import('graphql');
    const path = `/graphql?query=${encodeURIComponent(getIntrospectionQuery({ descriptions: true }))}`;
    const headers = { accept: 'application/graphql-response+json, application/json', 'x-graphql-csrf': '1' };
    const first = await get(path, headers);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-encoding')).toBe('br');
    const compressed = (await first.arrayBuffer()).byteLength;
    expect(Number(first.headers.get('content-length'))).toBe(compressed);
    expect(compressed).toBeLessThan(60_000);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\//);
    const again = await get(path, { ...headers, 'if-none-match': etag! });
    expect(again.status).toBe(304);
  });

  it('leaves small and streamed answers uncompressed', async () => {
    const small = await h.gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
