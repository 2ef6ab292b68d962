import type { RateLimitPause, StoredToken } from './app-state-store.js';

// What is read back from Redis is checked before it is used: a value that is not what this
// gateway wrote (another program's key, a half-written value, a message on the pause channel
// from anyone who can publish) is treated as absent, never trusted and never thrown.

function parse(raw: string | null | undefined): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function decodeToken(raw: string | null | undefined): StoredToken | undefined {
  const value = parse(raw);
  if (!isRecord(value) || typeof value.accessToken !== 'string' || !value.accessToken || !Number.isFinite(value.expiresAt)) return undefined;
  return { accessToken: value.accessToken, expiresAt: value.expiresAt as number };
}

export function decodePause(raw: string | null | undefined): RateLimitPause | undefined {
  const value = parse(raw);
  if (!isRecord(value) || !Number.isFinite(value.until)) return undefined;
  return { until: value.until as number, ...(typeof value.reason === 'string' ? { reason: value.reason } : {}) };
}

/** A cached catalog value: any JSON this gateway stored. */
export function decodeCached<T>(raw: string | null | undefined): T | undefined {
  const value = parse(raw);
  return value === null ? undefined : (value as T | undefined);
}
