import type { AppStateStore, StoredToken } from '../../state/app-state-store.js';
import { TokenLease } from '../../state/token-lease.js';
import { beforeDeadline, sleep, type CallContext } from './call-context.js';
import { SpotifyTimeoutError, SpotifyUnavailableError } from './errors.js';
import type { UpstreamEvents } from './events.js';
import type { AppTokens, Exchange } from './exchange.js';

export interface Credentials {
  clientId: string;
  clientSecret: string;
}

export interface TokenProviderOptions {
  accountsUrl: string;
  credentials: Credentials;
  store: AppStateStore;
  /** The one loop every call goes through: a 429 from the token endpoint pauses the whole app there. */
  exchange: Exchange;
  events: UpstreamEvents;
}
/** How often a process that lost the lock looks for the winner's token. */
const LOCK_POLL_MS = 50;

/**
 * Client-credentials access tokens. A token is reused until a margin before it expires;
 * a refresh is single-flight in this process (every waiter shares one promise) and,
 * through the store's lock, across processes that share the store.
 */
export class TokenProvider implements AppTokens {
  private current: StoredToken | undefined;
  private refreshing: Promise<string> | undefined;
  /**
   * Tokens Spotify answered 401 to. A shared store may still hand one out for a moment
   * (another process, or our own drop still on its way), so they are never taken from it.
   */
  private readonly rejected = new Set<string>();
  private readonly lease: TokenLease;

  constructor(private readonly options: TokenProviderOptions) {
    this.lease = new TokenLease(options.store);
  }

  async get(call: CallContext): Promise<string> {
    for (;;) {
      const token = this.current;
      if (token && token.expiresAt > Date.now()) return token.accessToken;
      if (!this.refreshing) {
        this.refreshing = this.refresh(call).finally(() => {
          this.refreshing = undefined;
        });
        return this.refreshing;
      }
      // Someone else's refresh runs to their request's deadline: wait for it no longer than
      // ours allows, and if theirs ran out first while we still have time, refresh on ours.
      try {
        return await beforeDeadline(this.refreshing, call.deadline);
      } catch (error) {
        if (error instanceof SpotifyTimeoutError && Date.now() < call.deadline) continue;
        throw error;
      }
    }
  }

  /** Spotify said 401 to this token: never use it again. */
  async reject(accessToken: string): Promise<void> {
    if (this.current?.accessToken === accessToken) this.current = undefined;
    this.rejected.add(accessToken);
    if (this.rejected.size > 16) this.rejected.delete(this.rejected.values().next().value as string);
    await this.options.store.dropToken(accessToken);
  }

  private async refresh(call: CallContext): Promise<string> {
    const { deadline } = call;
    const { store } = this.options;
    const usable = async () => {
      const shared = await store.getToken();
      return shared && shared.expiresAt > Date.now() && !this.rejected.has(shared.accessToken) ? shared : undefined;
    };
    for (;;) {
      const shared = await usable();
      if (shared) {
        this.current = shared;
        return shared.accessToken;
      }
      if (await this.lease.take()) break;
      if (Date.now() + LOCK_POLL_MS >= deadline) {
        throw new SpotifyUnavailableError('Timed out waiting for another process to fetch the Spotify token');
      }
      await sleep(LOCK_POLL_MS);
    }
    return this.lease.hold(async () => {
      // Another process may have stored a token and released the lock between our look and
      // our taking the lock: look once more before asking Spotify.
      const stored = await usable();
      if (stored) {
        this.current = stored;
        return stored.accessToken;
      }
      const token = await this.fetchToken(call);
      await store.setToken(token);
      this.current = token;
      return token.accessToken;
    });
  }

  private async fetchToken(call: CallContext): Promise<StoredToken> {
    const { accountsUrl, credentials, exchange, events } = this.options;
    const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64');
    const response = await exchange.run(
      {
        service: 'accounts',
        endpoint: 'token',
        url: `${accountsUrl}/api/token`,
        method: 'POST',
        headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials',
      },
      call,
    );
    // The failure policy accepts only a 200 carrying a token.
    const body = response.body as { access_token: string; expires_in: number };
    const lifetimeMs = body.expires_in * 1000;
    events.tokenFetched?.({ expiresInSeconds: body.expires_in, requestId: call.requestId });
    // Refresh a little early so a token never expires on its way to Spotify.
    const margin = Math.min(60_000, lifetimeMs / 10);
    return { accessToken: body.access_token, expiresAt: Date.now() + lifetimeMs - margin };
  }
}
