/**
 * How the replicas of a fleet share the watching of a user's playback: one process holds the
 * lease of a user (by a digest of their token, never the token) and polls Spotify; it publishes
 * what it reads, and every process delivers it to its own subscribers. A single process needs
 * none of this (the poller then just delivers locally).
 */
export interface PlaybackBus {
  /** Become the one poller of `key` for `ttlMs`; false while another process is. */
  lease(key: string, ttlMs: number): Promise<boolean>;
  /** Hold the lease this process took for `ttlMs` more; false if it is no longer ours. */
  renew(key: string, ttlMs: number): Promise<boolean>;
  release(key: string): Promise<void>;
  /** Sends `message` to every process listening to `key`, this one included. */
  publish(key: string, message: string): Promise<void>;
  /** Calls `listener` with each message published under `key` until the returned function is called. */
  listen(key: string, listener: (message: string) => void): Promise<() => Promise<void>>;
}
