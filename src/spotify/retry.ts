// The one place that decides how long to wait between attempts.

export interface BackoffPolicy {
  /** Delay before the first retry, before jitter. */
  baseMs: number;
  /** No single wait is longer than this. */
  maxMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 100, maxMs: 2000 };

/**
 * Exponential backoff with jitter for retry number `attempt` (0 = first retry).
 * Half of the delay is fixed and half random, so a fleet of clients that failed together
 * does not retry together, yet no retry comes back instantly.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy = defaultBackoff): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return exponential / 2 + Math.random() * (exponential / 2);
}

/**
 * Seconds to wait according to a Retry-After header: either delta-seconds or an HTTP date.
 * Unparseable or missing values fall back to one second, so a bare 429 is still honoured.
 */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw.trim() === '') return 1;
  if (/^\d+$/.test(raw.trim())) return Number(raw.trim());
  const date = Date.parse(raw);
  if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  return 1;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
