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
  /** The signed-in user's Spotify access token, when the request carries one. Never logged. */
  userToken?: string;
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
