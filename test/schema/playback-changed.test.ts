// playbackChanged over Server-Sent Events through a listening gateway: one poller per user
// token whatever the number of tabs, only changes, stopped by the last tab leaving, paused by
// Spotify's 429, ended by an expired token. The emulator's call log counts the polls.
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { harnessPerTest, type Harness, type HarnessOptions } from '../helpers/harness.js';
import { eventually, subscribe, type Subscription } from '../helpers/sse-client.js';

const PLAYER_SCOPES = 'user-read-playback-state user-read-currently-playing user-modify-playback-state';
const tokenOf = (h: Harness, user: string) => h.emulator.users.mintToken(user, PLAYER_SCOPES).access_token;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const PLAYBACK = `subscription { playbackChanged { isPlaying progressMs item { ... on Track { id name } } } }`;
const itemOf = (result: { data?: any }) => result.data?.playbackChanged?.item?.id as string | undefined;
const polls = (h: Harness) => h.apiCalls('GET /v1/me/player');

describe('playbackChanged', () => {
  const start = harnessPerTest();
  const servers: Server[] = [];
  const subscriptions: Subscription[] = [];
  afterEach(async () => {
    await Promise.all(subscriptions.splice(0).map((s) => s.close()));
    await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  });

  /** A gateway listening on a loopback port, polling fast so tests wait little. */
  async function listening(env: Record<string, string>, options: HarnessOptions = {}) {
    const h = await start({ ...options, env: { PLAYER_POLL_MS: '40', PLAYER_POLL_PAUSED_MS: '40', ...env } });
    const server = createServer(h.gateway.yoga);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const open = (token: string) => {
      const subscription = subscribe(`http://127.0.0.1:${port}/graphql`, token, PLAYBACK);
      subscriptions.push(subscription);
      return subscription;
    };
    return { h, open };
  }

  it('sends the state first, then a skip made elsewhere within about two polls, and nothing while only time passes', async () => {
    const { h, open } = await listening({});
    const tab = open(tokenOf(h, 'sora'));
    const first = await tab.next();
    expect(first.data.playbackChanged.isPlaying).toBe(true);
    // Progress moves on as it plays: that is no change, so nothing more is sent over many polls.
    const seen = polls(h);
    await eventually(() => polls(h) >= seen + 5, 'five more polls');
    expect(tab.results).toHaveLength(1);
    // Another client (the phone) skips: a token of its own, so its calls are told apart.
    const pollsBefore = polls(h);
    const skipped = await h.gql(`mutation { skipToNext { item { ... on Track { id } } } }`, {}, bearer(tokenOf(h, 'sora')));
    const next = await tab.next((r) => itemOf(r) !== itemOf(first));
    expect(itemOf(next)).toBe(skipped.data.skipToNext.item.id);
    // The mutation's own read is one of these; the poller saw the change on its first or second read.
    expect(polls(h) - pollsBefore - 1).toBeLessThanOrEqual(3);
  });

  it('polls once for two tabs of one user, and once more for another token', async () => {
    // Paused: each poller reads once, then waits far longer than the test.
    const { h, open } = await listening({ PLAYER_POLL_PAUSED_MS: '60000' });
    const token = tokenOf(h, 'sora');
    await h.gql(`mutation { pause { isPlaying } }`, {}, bearer(token));
    h.reset();
    const one = open(token);
    const two = open(token);
    const [a, b] = await Promise.all([one.next(), two.next()]);
    expect(a.data.playbackChanged.isPlaying).toBe(false);
    expect(b.data).toEqual(a.data);
    expect(polls(h)).toBe(1);
    expect(h.gateway.dataSource.playback.active).toBe(1);
    const other = open(tokenOf(h, 'sora'));
    await other.next();
    expect(polls(h)).toBe(2);
    expect(h.gateway.dataSource.playback.active).toBe(2);
  });

  it('stops polling when the last tab leaves, not before', async () => {
    const { h, open } = await listening({});
    const token = tokenOf(h, 'sora');
    const one = open(token);
    const two = open(token);
    await Promise.all([one.next(), two.next()]);
    await one.close();
    const afterOne = polls(h);
    await eventually(() => polls(h) >= afterOne + 3, 'polls going on for the tab still open');
    expect(h.gateway.dataSource.playback.active).toBe(1);
    await two.close();
    await eventually(() => h.gateway.dataSource.playback.active === 0, 'the poller stopping');
    // A read already on its way when the tab left may still land; none is started after.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = polls(h);
    // Ten poll intervals later, not one more call.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(polls(h)).toBe(stopped);
  });

  it("pauses on Spotify's 429 (no poll before Retry-After) and then resumes", async () => {
    const { h, open } = await listening({});
    const token = tokenOf(h, 'sora');
    const tab = open(token);
    const first = await tab.next();
    h.emulator.faults.add({ match: { endpoint: 'GET /v1/me/player' }, kind: 'rate-limit', retryAfter: 1, times: 1 });
    await eventually(() => h.emulator.calls.some((c) => c.status === 429), 'the 429');
    const limited = h.emulator.calls.find((c) => c.status === 429)!;
    await eventually(() => h.emulator.calls.some((c) => c.endpoint === 'GET /v1/me/player' && c.at > limited.at && c.status === 200), 'polling resumed');
    const resumed = h.emulator.calls.find((c) => c.endpoint === 'GET /v1/me/player' && c.at > limited.at)!;
    expect(resumed.at - limited.at).toBeGreaterThanOrEqual(1000);
    // And changes flow again.
    await h.gql(`mutation { skipToNext { isPlaying } }`, {}, bearer(token));
    await tab.next((r) => itemOf(r) !== itemOf(first));
  });

  it('ends with UNAUTHENTICATED when the user token expires', async () => {
    const { h, open } = await listening({});
    const tab = open(tokenOf(h, 'sora'));
    await tab.next();
    h.emulator.expireAllTokens();
    const last = await tab.next((r) => r.errors !== undefined);
    expect(last.errors?.map((e) => (e as { extensions?: { code?: string } }).extensions?.code)).toEqual(['UNAUTHENTICATED']);
    await tab.ended;
    await eventually(() => h.gateway.dataSource.playback.active === 0, 'the poller stopping');
  });

  it('refuses a subscription without a user token', async () => {
    const { h } = await listening({});
    const response = await h.gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: PLAYBACK }),
    });
    const text = await response.text();
    expect(text).toContain('UNAUTHENTICATED');
    expect(polls(h)).toBe(0);
  });
});
