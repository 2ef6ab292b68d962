// Fault injection a test (or the chaos script, over the control API) can drive: make chosen
// calls fail, stall, or break mid-response, to exercise the gateway's retries, timeouts and
// error mapping. Probabilities use a seeded PRNG so a failing run can be replayed.
//
// Evaluation per call, in rule order: every matching `latency` rule adds its delay; the first
// matching rule of any other kind decides how the call is answered. A rule only counts
// towards `times` when it actually applies.

import { errorReply, type Reply } from './http.js';
import { hashSeed, mulberry32, type Rng } from './random.js';

/** accounts: POST /api/token; api: /v1/...; images: the pictures payloads name. */
export type Host = 'accounts' | 'api' | 'images';

export const FAULT_KINDS = [
  'status', 'rate-limit', 'quota', 'drop', 'latency', 'not-json', 'truncated', 'slow-headers', 'slow-body',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  /** Which calls: all when omitted. endpoint is normalised, e.g. 'GET /v1/artists/{id}'. */
  match?: { endpoint?: string; host?: Host };
  kind: FaultKind;
  /** For `status` (default 500). */
  status?: number;
  /** For `status`: overrides the default message for that status. */
  message?: string;
  /** For `rate-limit` (default 1) and `quota` (default 14400: hours, as Spotify answers): the Retry-After header in seconds. */
  retryAfter?: number;
  /** For `rate-limit`: the error body's `reason`, e.g. 'QUOTA_EXCEEDED'. */
  reason?: string;
  /** For `latency`, `slow-headers`, `slow-body` (default 1000). */
  latencyMs?: number;
  /** How many matching calls it applies to; unlimited when omitted. */
  times?: number;
  /** 0..1, default 1. */
  probability?: number;
  /** Seed of this rule's PRNG; otherwise derived from the controller's seed. */
  seed?: number;
}

export interface FaultPlan {
  /** Wait this long before handling the call (controller latency + latency rules). */
  delayMs: number;
  /** The rule deciding the answer, if any. */
  fault?: FaultRule;
}

interface ActiveRule {
  rule: FaultRule;
  remaining: number;
  rng: Rng;
}

export class FaultController {
  /** Added to every call, e.g. to emulate a 50 ms upstream. */
  latencyMs: number;
  private readonly seed: number;
  private rules: ActiveRule[] = [];
  private added = 0;

  constructor(options: { seed?: number; latencyMs?: number } = {}) {
    this.seed = options.seed ?? 1;
    this.latencyMs = options.latencyMs ?? 0;
  }

  add(rule: FaultRule | FaultRule[]): void {
    // Validate the whole batch first, so a bad rule in an array adds nothing.
    const valid = (Array.isArray(rule) ? rule : [rule]).map(validateRule);
    for (const r of valid) {
      const seed = r.seed ?? hashSeed(`faults:${this.seed}:${this.added++}`);
      this.rules.push({ rule: r, remaining: r.times ?? Infinity, rng: mulberry32(seed) });
    }
  }

  clear(): void {
    this.rules = [];
  }

  /** The rules still able to apply, in order. */
  get active(): FaultRule[] {
    return this.rules.map((r) => r.rule);
  }

  /** Decides the fate of one call; consumes `times` of the rules that apply. */
  plan(endpoint: string, host: Host): FaultPlan {
    const plan: FaultPlan = { delayMs: this.latencyMs };
    if (this.rules.length === 0) return plan;
    for (const active of this.rules) {
      const { rule } = active;
      if (plan.fault && rule.kind !== 'latency') continue;
      if (active.remaining <= 0 || !matches(rule, endpoint, host)) continue;
      if (rule.probability !== undefined && rule.probability < 1 && !(active.rng() < rule.probability)) continue;
      active.remaining--;
      if (rule.kind === 'latency') plan.delayMs += rule.latencyMs ?? DEFAULT_LATENCY;
      else plan.fault = rule;
    }
    this.rules = this.rules.filter((r) => r.remaining > 0);
    return plan;
  }
}

export const DEFAULT_LATENCY = 1000;
const QUOTA_RETRY_AFTER = 4 * 3600;

function matches(rule: FaultRule, endpoint: string, host: Host): boolean {
  const m = rule.match;
  if (!m) return true;
  return (m.endpoint === undefined || m.endpoint === endpoint) && (m.host === undefined || m.host === host);
}

const STATUS_MESSAGES: Record<number, string> = {
  400: 'Bad request',
  401: 'The access token expired',
  403: 'Forbidden',
  404: 'Resource not found',
  429: 'API rate limit exceeded',
  500: 'Server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

/** The answer of a fault that replaces the normal response, or null when it alters delivery. */
export function faultReply(rule: FaultRule): Reply | null {
  switch (rule.kind) {
    case 'status': {
      const status = rule.status ?? 500;
      return errorReply(status, rule.message ?? STATUS_MESSAGES[status] ?? 'Error');
    }
    case 'rate-limit':
      return {
        ...errorReply(429, 'API rate limit exceeded', rule.reason),
        headers: { 'Retry-After': String(rule.retryAfter ?? 1) },
      };
    case 'quota':
      // An app over its daily quota: Spotify's own wording, and a wait of hours, not seconds.
      return {
        ...errorReply(429, 'Too many requests', 'QUOTA_EXCEEDED'),
        headers: { 'Retry-After': String(rule.retryAfter ?? QUOTA_RETRY_AFTER) },
      };
    case 'not-json':
      return { status: 200, body: '<html>upstream error</html>', contentType: 'text/html; charset=utf-8' };
    default:
      return null;
  }
}

/** Checks a rule received from outside (the control API); throws a readable Error. */
export function validateRule(input: unknown): FaultRule {
  if (typeof input !== 'object' || input === null) throw new Error('a fault rule must be an object');
  const rule = input as Record<string, unknown>;
  if (!FAULT_KINDS.includes(rule.kind as FaultKind)) {
    throw new Error(`fault kind must be one of ${FAULT_KINDS.join(', ')}`);
  }
  for (const key of ['status', 'retryAfter', 'latencyMs', 'times', 'probability', 'seed']) {
    if (rule[key] !== undefined && (typeof rule[key] !== 'number' || !Number.isFinite(rule[key]) || (rule[key] as number) < 0)) {
      throw new Error(`fault ${key} must be a non-negative number`);
    }
  }
  if (rule.status !== undefined && !((rule.status as number) >= 100 && (rule.status as number) <= 599)) {
    throw new Error('fault status must be an HTTP status');
  }
  const match = rule.match as Record<string, unknown> | undefined;
  if (match !== undefined) {
    if (typeof match !== 'object' || match === null) throw new Error('fault match must be an object');
    if (match.endpoint !== undefined && typeof match.endpoint !== 'string') throw new Error('match.endpoint must be a string');
    if (match.host !== undefined && match.host !== 'accounts' && match.host !== 'api' && match.host !== 'images') {
      throw new Error("match.host must be 'accounts', 'api' or 'images'");
    }
  }
  return input as FaultRule;
}
