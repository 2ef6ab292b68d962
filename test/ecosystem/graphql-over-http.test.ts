import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

describe('GraphQL over HTTP compliance (graphql-http server audits, default configuration)', () => {
  let h: Harness;
  let results: Awaited<ReturnType<typeof auditServer>>;
  beforeAll(async () => {
    h = await startHarness();
    results = await auditServer({
      url: 'http://gateway.test/graphql',
      fetchFn: (input: RequestInfo | URL, init?: RequestInit) => h.gateway.yoga.fetch(new Request(input, init)),
    });
  });
  afterAll(() => h.close());

  it('ran the full audit list', () => {
    expect(results.length).toBeGreaterThanOrEqual(60);
  });

  it('passes every MUST and SHOULD audit', () => {
    const failed = results.filter((r) => (r.name.startsWith('MUST') || r.name.startsWith('SHOULD')) && r.status !== 'ok');
    expect(failed.map((r) => `${r.name}: ${r.status === 'ok' ? '' : r.reason}`)).toEqual([]);
  });
});
