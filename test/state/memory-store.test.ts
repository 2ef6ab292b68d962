// The in-process store's cache is bounded by the bytes it holds, not only by its entries:
// varied traffic fills it with values that differ a hundredfold in size.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/state/memory-store.js';

const value = (n: number) => ({ name: 'x'.repeat(n) });

describe('the in-process cache', () => {
  it('evicts the least recently used values once their JSON passes the byte bound', async () => {
    const store = new MemoryStore(10_000, 10_000);
    for (let i = 0; i < 5; i += 1) await store.cacheSet(`k${i}`, value(3000), 60_000);
    // 5 × about 3 kB in 10 kB: the oldest two are gone, the newest three are there.
    expect(await store.cacheGet('k0')).toBeUndefined();
    expect(await store.cacheGet('k1')).toBeUndefined();
    for (const key of ['k2', 'k3', 'k4']) expect(await store.cacheGet(key)).toEqual(value(3000));
  });

  it('keeps a value read recently over an older one, and bounds entries too', async () => {
    const store = new MemoryStore(2, 1_000_000);
    await store.cacheSet('a', value(1), 60_000);
    await store.cacheSet('b', value(1), 60_000);
    await store.cacheGet('a');
    await store.cacheSet('c', value(1), 60_000);
    expect(await store.cacheGet('b')).toBeUndefined();
    expect(await store.cacheGet('a')).toEqual(value(1));
  });

  it('forgets a value when its TTL ends and stores nothing for a TTL of 0', async () => {
    const store = new MemoryStore();
    await store.cacheSet('short', value(1), 20);
    await store.cacheSet('never', value(1), 0);
    expect(await store.cacheGet('never')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await store.cacheGet('short')).toBeUndefined();
  });
});
