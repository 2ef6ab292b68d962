import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { AppStateStore, RateLimitPause, StoredToken } from './app-state-store.js';
import { decodeCached, decodePause, decodeToken } from './codec.js';

// Compare-and-delete: release a lock only if it is still ours, so a slow replica never
// deletes a lock another one has taken since.
const DELETE_IF_EQUAL = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
// Extend a lock only if it is still ours.
const EXTEND_IF_EQUAL = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
// Drop the token only if it is still the one Spotify refused (another replica may have
// stored a fresh one meanwhile). One round trip.
const DROP_TOKEN_IF_SAME = `
local current = redis.call('GET', KEYS[1])
if not current then return 0 end
local ok, token = pcall(cjson.decode, current)
if ok and type(token) == 'table' and token['accessToken'] ~= ARGV[1] then return 0 end
return redis.call('DEL', KEYS[1])`;
// A pause only ever grows: keep the later of the stored and the new end.
const EXTEND_PAUSE = `
local current = redis.call('GET', KEYS[1])
if current then
  local ok, pause = pcall(cjson.decode, current)
  if ok and type(pause) == 'table' and tonumber(pause['until']) and tonumber(pause['until']) >= tonumber(ARGV[2]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
return 1`;

// A client's token bucket, the same arithmetic as the in-process store's, in one round trip:
// refill for the time since it was last drawn on (never backwards, whichever replica's clock
// is ahead), take a call if there is one, else answer the milliseconds until there will be.
const TAKE_SHARE = `
local perMinute = tonumber(ARGV[1])
local now = tonumber(ARGV[2])
local stored = redis.call('HMGET', KEYS[1], 'calls', 'at')
local calls = tonumber(stored[1]) or perMinute
local at = tonumber(stored[2]) or now
if now < at then now = at end
calls = math.min(perMinute, calls + (now - at) * perMinute / 60000)
local wait = 0
if calls >= 1 then calls = calls - 1 else wait = math.ceil((1 - calls) * 60000 / perMinute) end
redis.call('HSET', KEYS[1], 'calls', tostring(calls), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], 60000)
return wait`;

/**
 * How often a replica re-reads the pause from Redis on its own. Pauses are pushed over
 * pub/sub; this only bounds how long a message lost on a reconnecting subscriber goes unseen.
 */
const PAUSE_RECHECK_MS = 1000;

/**
 * The Spotify app's shared state in Redis, so every replica of the gateway uses one token,
 * honours one rate-limit pause and counts one budget. Keys are namespaced by client id
 * (never by anything secret), and every key expires.
 *
 * The pause is checked before every upstream call, so it is kept in-process: a replica that
 * sets one writes it to Redis and publishes it; every replica listens and notes it at once.
 * The per-call check then costs no round trip.
 */
export class RedisStore implements AppStateStore {
  private readonly lockOwner = randomUUID();
  private localPause: RateLimitPause | undefined;
  private pauseRecheckAt = 0;

  constructor(
    private readonly redis: Redis,
    private readonly subscriber: Redis,
    private readonly namespace: string,
  ) {
    void this.subscriber.subscribe(this.key('pause-channel')).catch(() => undefined);
    this.subscriber.on('message', (_channel: string, message: string) => {
      const pause = decodePause(message);
      if (pause) this.notePause(pause);
    });
    // On (re)connection of either, catch up with a pause set while this replica was not listening.
    const catchUp = () => void this.refreshPause().catch(() => undefined);
    this.redis.on('ready', catchUp);
    this.subscriber.on('ready', catchUp);
  }

  private key(name: string): string {
    return `${this.namespace}${name}`;
  }

  private notePause(pause: RateLimitPause): void {
    if (!this.localPause || pause.until > this.localPause.until) this.localPause = pause;
  }

  async refreshPause(): Promise<void> {
    this.pauseRecheckAt = Date.now() + PAUSE_RECHECK_MS;
    const pause = decodePause(await this.redis.get(this.key('pause')));
    if (pause) this.notePause(pause);
  }

  async getToken(): Promise<StoredToken | undefined> {
    return decodeToken(await this.redis.get(this.key('token')));
  }

  async setToken(token: StoredToken): Promise<void> {
    const ttl = Math.max(1, Math.round(token.expiresAt - Date.now()));
    await this.redis.set(this.key('token'), JSON.stringify(token), 'PX', ttl);
  }

  async dropToken(accessToken: string): Promise<void> {
    await this.redis.eval(DROP_TOKEN_IF_SAME, 1, this.key('token'), accessToken);
  }

  async acquireTokenLock(ttlMs: number): Promise<boolean> {
    return (await this.redis.set(this.key('token-lock'), this.lockOwner, 'PX', ttlMs, 'NX')) === 'OK';
  }

  async renewTokenLock(ttlMs: number): Promise<boolean> {
    return (await this.redis.eval(EXTEND_IF_EQUAL, 1, this.key('token-lock'), this.lockOwner, String(ttlMs))) === 1;
  }

  async releaseTokenLock(): Promise<void> {
    await this.redis.eval(DELETE_IF_EQUAL, 1, this.key('token-lock'), this.lockOwner);
  }

  async getPause(): Promise<RateLimitPause | undefined> {
    const now = Date.now();
    if (now >= this.pauseRecheckAt) void this.refreshPause().catch(() => undefined);
    if (this.localPause && this.localPause.until <= now) this.localPause = undefined;
    return this.localPause;
  }

  async setPause(pause: RateLimitPause): Promise<void> {
    this.notePause(pause);
    const ttl = Math.max(1, Math.round(pause.until - Date.now()));
    const json = JSON.stringify(pause);
    await this.redis.eval(EXTEND_PAUSE, 1, this.key('pause'), json, String(pause.until), String(ttl));
    await this.redis.publish(this.key('pause-channel'), json);
  }

  async takeBudget(limit: number, windowMs: number): Promise<number> {
    // Fixed windows aligned to the clock, so every replica counts into the same one.
    const now = Date.now();
    const windowStart = now - (now % windowMs);
    const key = this.key(`budget:${windowStart}`);
    const results = await this.redis.multi().incr(key).pexpire(key, windowMs * 2).exec();
    const [error, count] = results?.[0] ?? [new Error('budget transaction was aborted'), 0];
    if (error) throw error;
    return (count as number) <= limit ? 0 : windowStart + windowMs - now;
  }

  async takeShare(bucket: string, perMinute: number): Promise<number> {
    return Number(await this.redis.eval(TAKE_SHARE, 1, this.key(`share:${bucket}`), String(perMinute), String(Date.now())));
  }

  async cacheGet<T>(key: string): Promise<T | undefined> {
    return decodeCached<T>(await this.redis.get(this.key(`cache:${key}`)));
  }

  async cacheSet<T>(key: string, value: T, ttlMs: number): Promise<void> {
    if (ttlMs <= 0) return;
    await this.redis.set(this.key(`cache:${key}`), JSON.stringify(value), 'PX', Math.round(ttlMs));
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    this.redis.disconnect();
  }
}
