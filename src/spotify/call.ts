/**
 * What every call to Spotify carries from the request that caused it: the time by which it
 * must be answered, and the request's id for the logs.
 */
export interface CallContext {
  /** Epoch milliseconds; retries and waits stop there. */
  deadline: number;
  requestId?: string;
}
