import { describe, expect, it } from 'vitest';
import { SpotifyTimeoutError } from '../../../src/spotify/upstream/errors.js';
import { ConcurrencyLimiter } from '../../../src/spotify/upstream/limiter.js';

describe('ConcurrencyLimiter', () => {
  it('lets at most `max` through and hands each freed slot to the next waiter in order', async () => {
    const limiter = new ConcurrencyLimiter(2);
    const far = Date.now() + 60_000;
    const first = await limiter.acquire(far);
    const second = await limiter.acquire(far);
    const order: string[] = [];
    const third = limiter.acquire(far).then((release) => (order.push('third'), release));
    const fourth = limiter.acquire(far).then((release) => (order.push('fourth'), release));
    await Promise.resolve();
    expect(limiter.inFlight).toBe(2);
    expect(limiter.queued).toBe(2);
    expect(order).toEqual([]);
    first();
    (await third)();
    second();
    (await fourth)();
    expect(order).toEqual(['third', 'fourth']);
    expect(limiter.inFlight).toBe(0);
  });

  it('gives up on a waiter when its deadline passes, and forgets it', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const release = await limiter.acquire(Date.now() + 60_000);
    await expect(limiter.acquire(Date.now() + 20)).rejects.toBeInstanceOf(SpotifyTimeoutError);
    expect(limiter.queued).toBe(0);
    release();
    expect(limiter.inFlight).toBe(0);
    // A release called twice frees one slot only.
    release();
    expect(limiter.inFlight).toBe(0);
  });
});
