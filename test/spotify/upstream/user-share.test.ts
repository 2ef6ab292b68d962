// One user's burst cannot take every upstream connection: each user token has at most a
// quarter of UPSTREAM_CONCURRENCY in flight, while other users (and the catalog) pass.
import { describe, expect, it } from 'vitest';
import { userTokenDigest } from '../../../src/http/caller.js';
import { UserShares } from '../../../src/spotify/upstream/user-share.js';

describe("each user's share of upstream concurrency", () => {
  const far = () => Date.now() + 60_000;

  it('is a quarter of UPSTREAM_CONCURRENCY, at least one', () => {
    expect(UserShares.forConcurrency(16).perUser).toBe(4);
    expect(UserShares.forConcurrency(2).perUser).toBe(1);
  });

  it("queues one user's calls past their share while another user's go straight through", async () => {
    const shares = UserShares.forConcurrency(8);
    const held = [await shares.acquire('token-a', far()), await shares.acquire('token-a', far())];
    let thirdA = false;
    const waiting = shares.acquire('token-a', far()).then((release) => {
      thirdA = true;
      return release;
    });
    const b = await shares.acquire('token-b', far());
    await new Promise((resolve) => setImmediate(resolve));
    expect(thirdA).toBe(false);
    held[0]();
    const third = await waiting;
    expect(thirdA).toBe(true);
    for (const release of [held[1], third, b]) release();
    // Idle users leave nothing behind.
    expect(shares.users).toBe(0);
  });

  it('keys users by a digest, never by the token', () => {
    const digest = userTokenDigest('BQD-secret-user-token');
    expect(digest).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(digest).not.toContain('secret');
    expect(userTokenDigest('BQD-secret-user-token')).toBe(digest);
  });
});
