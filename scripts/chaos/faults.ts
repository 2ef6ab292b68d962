import type { FaultRule } from 'spotify-emulator';

/**
 * Every fault kind the gateway must survive, each applied to a small share of calls so that
 * about `share` of upstream calls fail in some way. Rules are tried in order and each applies
 * with its own probability, so the total share is 1 − Π(1 − p).
 */
export function chaosFaults(share: number, seed: number): FaultRule[] {
  const kinds: Omit<FaultRule, 'probability'>[] = [
    { kind: 'status', status: 500 },
    { kind: 'status', status: 502 },
    { kind: 'status', status: 503 },
    { kind: 'status', status: 504 },
    { match: { host: 'api' }, kind: 'status', status: 401 },
    { kind: 'drop' },
    { kind: 'not-json' },
    { kind: 'truncated' },
    { kind: 'slow-headers', latencyMs: 1500 },
    { kind: 'slow-body', latencyMs: 1500 },
    { kind: 'rate-limit', retryAfter: 1 },
    { match: { host: 'accounts' }, kind: 'status', status: 503 },
  ];
  const rare: FaultRule[] = [
    { match: { host: 'accounts' }, kind: 'status', status: 400, message: 'invalid_client', probability: 0.02, seed: seed + 102 },
  ];
  const each = 1 - Math.pow(1 - share, 1 / kinds.length);
  return [...rare, ...kinds.map((rule, i) => ({ ...rule, probability: each, seed: seed + i }))];
}

/**
 * A long ban and a used-up quota (both over the run's 1 s wait cap) stop all traffic while
 * they last, so the run injects one of each at a set point instead of at random.
 */
export const longBan: FaultRule = { match: { host: 'api' }, kind: 'rate-limit', retryAfter: 2, times: 1 };
export const quotaExceeded: FaultRule = { match: { host: 'api' }, kind: 'rate-limit', retryAfter: 2, reason: 'QUOTA_EXCEEDED', times: 1 };
