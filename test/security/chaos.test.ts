import { describe, expect, it } from 'vitest';
import { runChaos } from '../../scripts/chaos/run.js';

describe('chaos (small run)', () => {
  it('ends every query in data or a coded error, with no crash and nothing leaked; a ban fails fast and calls nobody', async () => {
    const report = await runChaos({ queries: 120, concurrency: 10, faultShare: 0.2, seed: 11, banQueries: 30 });
    expect(report.sent).toBe(120);
    expect(report.malformed).toBe(0);
    expect(report.crashes).toBe(0);
    expect(report.unhandledRejections).toBe(0);
    expect(report.leaks).toBe(0);
    expect(report.data + report.partial).toBeGreaterThan(0);
    expect(report.faultedCalls).toBeGreaterThan(0);
    const answered = report.data + report.partial + Object.values(report.errorsByCode).reduce((a, b) => a + b, 0);
    expect(answered).toBe(120);
    expect(report.ban.otherOutcomes).toEqual({});
    expect(report.ban.rateLimited).toBe(30);
    expect(report.ban.upstreamCalls).toBe(0);
  }, 60_000);
});
