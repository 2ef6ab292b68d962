import { SpotifyTimeoutError } from './errors.js';

/**
 * What every call to Spotify carries from the request that caused it: the time by which it
 * must be answered, the request's abort signal and its id for the logs. The per-request
 * facade binds it once; nothing above the Spotify layer ever passes it.
 */
export interface CallContext {
  /** Epoch milliseconds; retries and waits stop there. */
  deadline: number;
  requestId?: string;
  /** Aborted when the client has gone: no further attempt or retry is started for it. */
  signal?: AbortSignal;
  /** The signed-in user, when the request carries a user's token. */
  user?: SignedInUser;
  /**
   * The calls the request's client (and its user) may still start, charged once for each call
   * actually sent to Spotify. A call shared with other requests or run in the background is
   * run without one.
   */
  clientBudget?: ClientBudget;
}

/** The signed-in user as the edge resolved it from `Authorization` (the HTTP layer's Caller). */
export interface SignedInUser {
  /** The Spotify access token. Never logged, never a key. */
  token: string;
  /** A short digest of the token: what per-user state is keyed by. */
  digest: string;
}

/** Charges one call to Spotify; throws (CLIENT_RATE_LIMITED) when the client's share is spent. */
export interface ClientBudget {
  charge(): Promise<void>;
}

/**
 * Whose token a call carries: the app's (client credentials), the signed-in user's (the call
 * fails UNAUTHENTICATED without one), or the user's when there is one and else the app's.
 */
export type Credential = 'app' | 'user' | 'user-or-app';

/** `promise`, or a timeout error when `deadline` comes first (the promise itself runs on). */
export function beforeDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  const expired = () => new SpotifyTimeoutError("The request's deadline passed while waiting for Spotify");
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(expired());
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(expired()), left);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
