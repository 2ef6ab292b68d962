// One list of error codes: the README's table says exactly what src/error-codes.ts holds, no
// source file emits a code outside it, and what Yoga itself answers to broken requests is in it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/error-codes.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const root = resolve(import.meta.dirname, '../..');

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      // The emulator speaks Spotify's errors, not the gateway's.
      if (entry.name !== 'emulator') yield* sources(path);
    } else if (path.endsWith('.ts')) yield path;
  }
}

describe('error codes', () => {
  it('are listed in the README exactly as in src/error-codes.ts', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Errors'), readme.indexOf('## Limits, resilience and security'));
    const rows = [...section.matchAll(/^\| `([A-Z_]+)` \| (.+) \|$/gm)].map(([, code, when]) => [code, when]);
    expect(rows).toEqual(Object.entries(ERROR_CODES));
  });

  it('emitted anywhere in src are all in the list', () => {
    const emitted = new Set<string>();
    for (const file of sources(join(root, 'src'))) {
      for (const [, code] of readFileSync(file, 'utf8').matchAll(/code:\s*'([A-Z_]+)'/g)) emitted.add(code);
    }
    expect(emitted.size).toBeGreaterThanOrEqual(5);
    expect([...emitted].filter((code) => !(code in ERROR_CODES))).toEqual([]);
  });

  describe('answered to broken requests', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness();
    });
    afterAll(() => h.close());

    const post = async (body: string, contentType = 'application/json') => {
      const response = await h.gateway.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': contentType, accept: 'application/graphql-response+json' },
        body,
      });
      return ((await response.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.map((e) => e.extensions?.code);
    };

    it.each([
      ['a body that is not JSON', '{"query": '],
      ['no query', '{}'],
      ['a query that is not GraphQL', JSON.stringify({ query: '{ search(' })],
      ['a field the schema lacks', JSON.stringify({ query: '{ nothing }' })],
      ['a variable of the wrong type', JSON.stringify({ query: 'query($id: ID!) { artist(id: $id) { id } }', variables: { id: {} } })],
    ])('%s: a code from the list', async (_what, body) => {
      const codes = await post(body);
      expect(codes?.length).toBeGreaterThan(0);
      for (const code of codes!) expect(Object.keys(ERROR_CODES)).toContain(code);
    });
  });
});
