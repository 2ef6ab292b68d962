import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { PlaybackBus } from './playback-bus.js';
import { DELETE_IF_EQUAL, EXTEND_IF_EQUAL } from './redis-store.js';

/**
 * The playback bus of a fleet in Redis: a lease is a key set if absent, with an expiry, that
 * only its owner extends or deletes; messages go over pub/sub, one channel per user digest.
 * `subscriber` is a connection of its own: one that subscribes can send nothing else.
 */
export class RedisPlaybackBus implements PlaybackBus {
  private readonly owner = randomUUID();
  private readonly listeners = new Map<string, Set<(message: string) => void>>();

  constructor(
    private readonly redis: Redis,
    private readonly subscriber: Redis,
    private readonly namespace: string,
  ) {
    this.subscriber.on('message', (channel: string, message: string) => {
      for (const listener of this.listeners.get(channel) ?? []) listener(message);
    });
  }

  private leaseKey(key: string): string {
    return `${this.namespace}playback-lease:${key}`;
  }

  private channel(key: string): string {
    return `${this.namespace}playback:${key}`;
  }

  async lease(key: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(this.leaseKey(key), this.owner, 'PX', ttlMs, 'NX')) === 'OK';
  }

  async renew(key: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.eval(EXTEND_IF_EQUAL, 1, this.leaseKey(key), this.owner, String(ttlMs))) === 1;
  }

  async release(key: string): Promise<void> {
    await this.redis.eval(DELETE_IF_EQUAL, 1, this.leaseKey(key), this.owner);
  }

  async publish(key: string, message: string): Promise<void> {
    await this.redis.publish(this.channel(key), message);
  }

  async listen(key: string, listener: (message: string) => void): Promise<() => Promise<void>> {
    const channel = this.channel(key);
    let set = this.listeners.get(channel);
    if (!set) {
      this.listeners.set(channel, (set = new Set()));
      await this.subscriber.subscribe(channel);
    }
    set.add(listener);
    return async () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(channel) === set) {
        this.listeners.delete(channel);
        await this.subscriber.unsubscribe(channel);
      }
    };
  }
}
