import { SpotifyTimeoutError } from './errors.js';

/**
 * Bounds the calls to Spotify in flight at once. Waiters queue in order and give up
 * when their request's deadline passes, so a queue never outlives the request behind it.
 */
export class ConcurrencyLimiter {
  private active = 0;
  private readonly waiting: Array<{ grant: () => void; timer: NodeJS.Timeout }> = [];

  constructor(private readonly max: number) {}

  get inFlight(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** True when an `acquire` now would have to wait its turn. */
  get full(): boolean {
    return this.active >= this.max;
  }

  async acquire(deadline: number): Promise<() => void> {
    if (this.active < this.max) {
      this.active += 1;
      return this.releaser();
    }
    await new Promise<void>((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          const index = this.waiting.indexOf(entry);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(new SpotifyTimeoutError('The request ran out of time waiting for a free connection to Spotify'));
        }, Math.max(0, deadline - Date.now())),
      };
      this.waiting.push(entry);
    });
    return this.releaser();
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // Hand the slot straight to the next waiter: `active` stays the same.
      if (next) next.grant();
      else this.active -= 1;
    };
  }
}
