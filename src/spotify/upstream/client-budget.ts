import type { AppStateStore } from '../../state/app-state-store.js';
import type { ClientBudget } from './call-context.js';
import { ClientRateLimitError } from './errors.js';
import type { UpstreamEvents } from './events.js';

/** Whose share a call is drawn from: the client's (its address) and, when signed in, the user's. */
export interface ShareHolders {
  /** The client's address, as the edge resolved it (trusted proxies honoured). */
  client: string;
  /** The signed-in user's token digest. */
  user?: string;
}

/**
 * Fair share between clients: each client (and each signed-in user) may start `perMinute`
 * calls to Spotify a minute, from a token bucket the fleet shares through the store. One
 * greedy client then spends its own share, not the app's whole quota. Only calls actually sent
 * are charged: cache hits, calls joined while in flight and background refreshes are not.
 */
export class ClientBudgets {
  constructor(
    private readonly store: AppStateStore,
    private readonly perMinute: number,
    private readonly events: UpstreamEvents,
  ) {}

  /**
   * The budget of one request; none when CLIENT_UPSTREAM_CALLS_PER_MINUTE is off. Who holds the
   * shares is asked only then: working out a client's address costs, and off, nothing needs it.
   */
  for(holdersOf: () => ShareHolders, requestId?: string): ClientBudget | undefined {
    if (this.perMinute <= 0) return undefined;
    const holders = holdersOf();
    const shares: ['client' | 'user', string][] = [['client', `client:${holders.client}`]];
    if (holders.user !== undefined) shares.push(['user', `user:${holders.user}`]);
    return {
      charge: async () => {
        for (const [share, bucket] of shares) {
          const waitMs = await this.store.takeShare(bucket, this.perMinute);
          if (waitMs === 0) continue;
          const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
          this.events.clientRefused?.({ share, retryAfterSeconds, requestId });
          throw new ClientRateLimitError(
            `This ${share === 'client' ? 'client' : 'user'} has started its ${this.perMinute} calls to Spotify this minute; try again in ${retryAfterSeconds} s`,
            retryAfterSeconds,
          );
        }
      },
    };
  }
}
