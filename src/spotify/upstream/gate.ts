import type { AppStateStore } from '../../state/app-state-store.js';
import { sleep, type CallContext } from './call-context.js';
import { SpotifyRateLimitError } from './errors.js';
import type { UpstreamEvents } from './events.js';
import { pausedError } from './failure-policy.js';

export interface RateLimitGateOptions {
  store: AppStateStore;
  /** A pause at most this long is waited out; longer ones fail fast. */
  rateLimitWaitCapSeconds: number;
  /** Optional client-side budget: calls per 30 s window (0 = none). */
  requestsPer30s: number;
  events: UpstreamEvents;
}

const BUDGET_WINDOW_MS = 30_000;

/**
 * The one place that decides whether a call may go to Spotify now: not during a rate-limit
 * pause (the app's, shared by every replica through the store), and not over the client-side
 * budget. Checked before a call is sent and again right before every attempt that was held up
 * on the way (queued for a connection, backing off before a retry), because a ban may have
 * started meanwhile and a call that reaches Spotify during one lengthens it.
 */
export class RateLimitGate {
  constructor(private readonly options: RateLimitGateOptions) {}

  /** Waits out a short pause and the budget; a long pause (or one past the deadline) fails at once. */
  async admit(call: CallContext): Promise<void> {
    const pause = await this.options.store.getPause();
    if (pause) {
      const leftMs = pause.until - Date.now();
      if (leftMs > 0) {
        if (Math.ceil(leftMs / 1000) > this.options.rateLimitWaitCapSeconds || pause.until >= call.deadline) throw pausedError(pause);
        await sleep(leftMs);
        // A longer pause may have begun while this one was waited out.
        return this.admit(call);
      }
    }
    await this.takeBudget(call.deadline);
  }

  /** Fails if a pause is in force, however short: the caller goes back to `admit`. */
  async check(): Promise<void> {
    const pause = await this.options.store.getPause();
    if (pause && pause.until > Date.now()) throw pausedError(pause);
  }

  /** Before a retry: no pause may be in force, and the retry is one more call against the budget. */
  async readmit(call: CallContext): Promise<void> {
    await this.check();
    await this.takeBudget(call.deadline);
  }

  /** Spotify answered 429: every call of the app (every replica sharing the store) pauses. */
  async pause(retryAfterSeconds: number, reason: string | undefined, endpoint: string, call: CallContext): Promise<void> {
    await this.options.store.setPause({ until: Date.now() + retryAfterSeconds * 1000, reason });
    this.options.events.pause?.({ endpoint, retryAfterSeconds, reason, requestId: call.requestId });
  }

  private async takeBudget(deadline: number): Promise<void> {
    const limit = this.options.requestsPer30s;
    if (limit <= 0) return;
    for (;;) {
      const waitMs = await this.options.store.takeBudget(limit, BUDGET_WINDOW_MS);
      if (waitMs === 0) return;
      if (Date.now() + waitMs >= deadline) {
        throw new SpotifyRateLimitError(
          `The gateway's own budget of ${limit} Spotify calls per 30 s is spent`,
          Math.ceil(waitMs / 1000),
          'GATEWAY_BUDGET',
        );
      }
      await sleep(waitMs);
    }
  }
}
