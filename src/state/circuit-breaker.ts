import type { Logger } from '../logger.js';

/** After a failed command, how long operations go to in-process state before Redis is tried again. */
export const RETRY_AFTER_FAILURE_MS = 1000;

export interface CircuitBreakerOptions {
  logger: Logger;
  /** Counts each operation answered in-process instead. */
  onFallback?: (operation: string) => void;
}

/**
 * Whether the shared store may be asked right now, and what to say when it cannot.
 *
 * A dropped connection is seen by the client at once (its status leaves "ready"), but a Redis
 * that stops answering keeps its connection open: each command would wait for its timeout. So
 * after one failure every operation goes to in-process state for a moment, then one more try
 * goes to Redis; the gateway pays a timeout at most once a second, not once per operation.
 * An outage is logged once at warn when it starts and once at info when it ends.
 */
export class CircuitBreaker {
  private degraded = false;
  private retryAt = 0;

  constructor(private readonly options: CircuitBreakerOptions) {}

  /** True when `client` is connected and no recent failure holds operations back. */
  usable(client: { status: string }): boolean {
    return client.status === 'ready' && Date.now() >= this.retryAt;
  }

  /** An operation went to in-process state: `error` is why (a failed command or no connection). */
  fellBack(operation: string, error: Error, commandFailed: boolean): void {
    if (commandFailed) this.retryAt = Date.now() + RETRY_AFTER_FAILURE_MS;
    this.options.onFallback?.(operation);
    if (this.degraded) return;
    this.degraded = true;
    this.options.logger.warn('Redis is unavailable: using in-process state until it is back', { operation, error: error.message });
  }

  /** An operation was answered by Redis. */
  succeeded(): void {
    if (!this.degraded) return;
    this.degraded = false;
    this.options.logger.info('Redis is back: shared state restored');
  }

  /**
   * Runs `operation` on the shared store when it is usable, else (or when it fails) on the
   * in-process one.
   */
  async use<S, T>(operation: string, client: { status: string }, shared: S, local: S, run: (store: S) => T | Promise<T>): Promise<T> {
    if (!this.usable(client)) {
      this.fellBack(operation, new Error(client.status === 'ready' ? 'recent failure' : `connection ${client.status}`), false);
      return run(local);
    }
    try {
      const result = await run(shared);
      this.succeeded();
      return result;
    } catch (error) {
      this.fellBack(operation, error instanceof Error ? error : new Error(String(error)), true);
      return run(local);
    }
  }
}
