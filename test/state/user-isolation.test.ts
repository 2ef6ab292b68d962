// A user's token and answers stay that user's: with the response cache and the catalog cache
// on, nothing one user (or an anonymous caller) is served comes from another user's request;
// no user token appears in responses, logs, event payloads, metrics or store keys.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import type { UpstreamEvents } from '../../src/spotify/upstream/events.js';
import { MemoryStore } from '../../src/state/memory-store.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { bearer, tokenOf } from '../helpers/users.js';

/** A store that remembers every key written to it. */
class RecordingStore extends MemoryStore {
  readonly keys: string[] = [];
  override async cacheSet<T>(key: string, value: T, ttlMs: number): Promise<void> {
    this.keys.push(key);
    return super.cacheSet(key, value, ttlMs);
  }
}

const LIBRARY = `query Library {
  me { id displayName
    savedTracks(first: 5) { edges { addedAt node { id name album { name } artists { name images { url } } } } }
    topArtists(first: 3) { edges { node { id name images { url } } } }
    recentlyPlayed(first: 3) { edges { playedAt node { name } } }
  }
}`;

describe("one user's answers and token, kept from everyone else", () => {
  const seen: string[] = [];
  const record = (hook: string) => (...args: unknown[]) => void seen.push(`${hook} ${JSON.stringify(args)}`);
  const events: Required<UpstreamEvents> = { call: record('call'), retry: record('retry'), pause: record('pause'), clientRefused: record('clientRefused'), tokenFetched: record('tokenFetched'), batch: record('batch'), dropped: record('dropped'), unformable: record('unformable') };
  const logger = createLogger({ level: 'debug', write: (line) => void seen.push(line) });
  const store = new RecordingStore();
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ emulator: { mode: 'extended' }, events, env: { CACHE_TTL_SECONDS: '60', UPSTREAM_RETRIES: '1' }, gateway: { logger, store } });
  });
  afterAll(() => h.close());

  async function send(query: string, headers: Record<string, string> = {}) {
    const response = await h.gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    seen.push(`${response.status} ${JSON.stringify([...response.headers])} ${text}`);
    return JSON.parse(text);
  }

  it('serves each user their own library, an anonymous caller none, with every cache on', async () => {
    const sora = tokenOf(h, 'sora');
    const minji = tokenOf(h, 'minji');
    const a = await send(LIBRARY, bearer(sora));
    const b = await send(LIBRARY, bearer(minji));
    const c = await send(LIBRARY);
    const a2 = await send(LIBRARY, bearer(sora));
    expect(a.data.me.id).toBe('sora');
    expect(b.data.me.id).toBe('minji');
    expect(a.data.me.savedTracks).not.toEqual(b.data.me.savedTracks);
    expect(c.data.me).toBeNull();
    expect(a2.data).toEqual(a.data);
    expect(h.emulator.countCalls({ endpoint: 'GET /v1/me/tracks' })).toBe(3);

    // Faults on the user's side: a refused token, a scope not granted, a 5xx, a 429.
    h.emulator.faults.add({ match: { endpoint: 'GET /v1/me/tracks' }, kind: 'status', status: 503, times: 2 });
    await send(LIBRARY, bearer(sora));
    h.emulator.faults.clear();
    await send(LIBRARY, bearer(tokenOf(h, 'noor', 'user-read-private')));
    h.emulator.faults.add({ match: { endpoint: 'GET /v1/me/top/artists' }, kind: 'rate-limit', retryAfter: 1, times: 1 });
    await send(LIBRARY, bearer(minji));
    h.emulator.faults.clear();
    h.emulator.expireAllTokens();
    await send(LIBRARY, bearer(sora));
    await send('mutation { createPlaylist(name: "x") { id } }', bearer(minji));
    const metrics = await h.gateway.yoga.fetch('http://gateway.test/metrics');
    seen.push(await metrics.text());

    // The catalog cache holds catalog objects only, keyed by their ids.
    expect(store.keys.length).toBeGreaterThan(0);
    for (const key of store.keys) expect(key).toMatch(/^catalog:extended:(artist|album|track):/);
    seen.push(...store.keys);

    const everything = seen.join('\n');
    expect(everything).toContain('UNAUTHENTICATED');
    expect(everything).toContain('FORBIDDEN');
    const tokens = h.emulator.issuedTokens();
    expect(tokens.length).toBeGreaterThanOrEqual(4);
    for (const token of tokens) {
      expect(everything).not.toContain(token);
      expect(everything).not.toContain(token.slice(0, 24));
      expect(everything).not.toContain(token.slice(-24));
    }
  });
});
