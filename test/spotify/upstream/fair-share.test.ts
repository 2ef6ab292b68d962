// Through the gateway: with UPSTREAM_CONCURRENCY=4 each user has one call in flight at a time,
// so a burst of one user's requests runs one after another while another user's request is
// answered beside them, not behind them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../helpers/harness.js';
import { bearer, tokenOf } from '../../helpers/users.js';

describe("one user's burst", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { UPSTREAM_CONCURRENCY: '4', REQUEST_DEADLINE_MS: '20000' } });
  });
  afterAll(() => h.close());

  it("queues behind itself, not in front of another user's request", async () => {
    const sora = tokenOf(h, 'sora');
    const minji = tokenOf(h, 'minji');
    h.emulator.faults.add({ match: { endpoint: 'GET /v1/me/tracks' }, kind: 'latency', latencyMs: 250 });
    const finished: string[] = [];
    const ask = (who: string, token: string, first: number) =>
      h.gql(`{ me { savedTracks(first: ${first}) { totalCount } } }`, {}, bearer(token)).then((result) => {
        expect(result.errors).toBeUndefined();
        finished.push(who);
      });
    // Distinct page sizes, so the burst is four calls, not one shared one.
    const burst = [1, 2, 3, 4].map((first) => ask('sora', sora, first));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await Promise.all([...burst, ask('minji', minji, 1)]);
    // Minji's call went out while Sora's waited their turn: it is answered before Sora's last three.
    expect(finished.indexOf('minji')).toBeLessThan(2);
    expect(h.emulator.countCalls({ endpoint: 'GET /v1/me/tracks' })).toBe(5);
  });
});
