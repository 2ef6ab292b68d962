import type { AppStateStore } from './app-state-store.js';

/**
 * The fleet's token-refresh lock is a lease: taken for this long and renewed at half of it
 * while the refresh runs, so a refresher that dies (a replica killed mid-call) holds the
 * others up for at most this long, while one that is merely slow keeps the lock to the end.
 */
export const TOKEN_LEASE_MS = 2000;

/** One refresher of the app's token at a time, across every process sharing the store. */
export class TokenLease {
  constructor(private readonly store: AppStateStore) {}

  /** Becomes the refresher; false while another process holds the lease. */
  take(): Promise<boolean> {
    return this.store.acquireTokenLock(TOKEN_LEASE_MS);
  }

  /** Runs `work` with the lease taken by `take`, renewing it meanwhile, and releases it after. */
  async hold<T>(work: () => Promise<T>): Promise<T> {
    const renewal = setInterval(() => void this.store.renewTokenLock(TOKEN_LEASE_MS).catch(() => undefined), TOKEN_LEASE_MS / 2);
    renewal.unref();
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      await this.store.releaseTokenLock();
    }
  }
}
