import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { AppStateStore, RateLimitPause, StoredToken } from '../spotify/store.js';

// Compare-and-delete: release a lock or drop a token only if it is still the one we know,
// so a slow replica never deletes what another one has put there since.
const DELETE_IF_EQUAL = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
// A pause only ever grows: keep the later of the stored and the new end.
const EXTEND_PAUSE = `
local current = redis.call('GET', KEYS[1])
if current and tonumber(cjson.decode(current)['until']) >= tonumber(ARGV[2]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
return 1`;

/**
 * The Spotify app's shared state in Redis, so every replica of the gateway uses one token,
 * honours one rate-limit pause and counts one budget. Keys are namespaced by client id
 * (never by anything secret). The pause is also pushed to every replica over pub/sub, so
 * the per-call check stays local and a 429 seen by one replica stops the others at once.
 */
export class RedisStore implements AppStateStore {
  private readonly lockOwner = randomUUID();
  private localPause: RateLimitPause | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly subscriber: Redis,
    private readonly namespace: string,
  ) {
    void this.subscriber.subscribe(this.key('pause-channel')).catch(() => undefined);
    this.subscriber.on('message', (_channel: string, message: string) => this.notePause(JSON.parse(message) as RateLimitPause));
    // On (re)connection, catch up with a pause set while this replica was not listening.
    this.redis.on('ready', () => void this.refreshPause().catch(() => undefined));
  }

  private key(name: string): string {
    return `${this.namespace}${name}`;
  }

  private notePause(pause: RateLimitPause): void {
    if (!this.localPause || pause.until > this.localPause.until) this.localPause = pause;
  }

  async refreshPause(): Promise<void> {
    const raw = await this.redis.get(this.key('pause'));
    if (raw) this.notePause(JSON.parse(raw) as RateLimitPause);
  }

  async getToken(): Promise<StoredToken | undefined> {
    const raw = await this.redis.get(this.key('token'));
    return raw ? (JSON.parse(raw) as StoredToken) : undefined;
  }

  async setToken(token: StoredToken): Promise<void> {
    const ttl = Math.max(1, token.expiresAt - Date.now());
    await this.redis.set(this.key('token'), JSON.stringify(token), 'PX', ttl);
  }

  async dropToken(accessToken: string): Promise<void> {
    const raw = await this.redis.get(this.key('token'));
    if (raw && (JSON.parse(raw) as StoredToken).accessToken === accessToken) {
      await this.redis.eval(DELETE_IF_EQUAL, 1, this.key('token'), raw);
    }
  }

  async acquireTokenLock(ttlMs: number): Promise<boolean> {
    return (await this.redis.set(this.key('token-lock'), this.lockOwner, 'PX', ttlMs, 'NX')) === 'OK';
  }

  async releaseTokenLock(): Promise<void> {
    await this.redis.eval(DELETE_IF_EQUAL, 1, this.key('token-lock'), this.lockOwner);
  }

  async getPause(): Promise<RateLimitPause | undefined> {
    if (this.localPause && this.localPause.until <= Date.now()) this.localPause = undefined;
    return this.localPause;
  }

  async setPause(pause: RateLimitPause): Promise<void> {
    this.notePause(pause);
    const ttl = Math.max(1, pause.until - Date.now());
    const json = JSON.stringify(pause);
    await this.redis.eval(EXTEND_PAUSE, 1, this.key('pause'), json, String(pause.until), String(ttl));
    await this.redis.publish(this.key('pause-channel'), json);
  }

  async takeBudget(limit: number, windowMs: number): Promise<number> {
    const now = Date.now();
    const windowStart = now - (now % windowMs);
    const key = this.key(`budget:${windowStart}`);
    const [[, count]] = (await this.redis.multi().incr(key).pexpire(key, windowMs * 2).exec()) as [[Error | null, number]];
    return count <= limit ? 0 : windowStart + windowMs - now;
  }

  async cacheGet<T>(key: string): Promise<T | undefined> {
    const raw = await this.redis.get(this.key(`cache:${key}`));
    return raw ? (JSON.parse(raw) as T) : undefined;
  }

  async cacheSet<T>(key: string, value: T, ttlMs: number): Promise<void> {
    if (ttlMs <= 0) return;
    await this.redis.set(this.key(`cache:${key}`), JSON.stringify(value), 'PX', ttlMs);
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    this.redis.disconnect();
  }
}
