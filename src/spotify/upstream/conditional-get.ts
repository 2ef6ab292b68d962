import type { CatalogCache } from '../../state/catalog-cache.js';
import { staleReasonOf, type Staleness } from './staleness.js';
import type { TransportResponse } from './transport.js';
import type { Revalidation, WebApiAnswer } from './web-api-client.js';

// Spotify's HTTP caching for app-token GETs (RFC 9111 as a shared cache applies it): an answer
// with an ETag or a freshness lifetime is kept; while fresh it is served without a call; once
// stale it is revalidated with If-None-Match, and a 304 reuses the body kept. The gateway's own
// cache TTL never stretches Spotify's freshness: it only bounds how long an ETag is kept.
// When Spotify cannot answer (stale-if-error), the last answer kept stands in, said so.

export interface CachePolicy {
  /**
   * False for `no-store`. `private` is allowed: only the app's own answers come here, and
   * they are kept under the app's credential alone (a user's never are).
   */
  allowed: boolean;
  etag?: string;
  /** How long the answer may be used without asking again (0: revalidate every time). */
  maxAgeMs: number;
}

function header(headers: TransportResponse['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** What Spotify's Cache-Control and ETag headers allow a shared cache to do with an answer. */
export function cachePolicy(headers: TransportResponse['headers']): CachePolicy {
  const directives = new Map<string, string | undefined>();
  for (const part of (header(headers, 'cache-control') ?? '').split(',')) {
    const [name, value] = part.trim().split('=', 2);
    if (name) directives.set(name.toLowerCase(), value?.replace(/^"|"$/g, ''));
  }
  const etag = header(headers, 'etag')?.trim() || undefined;
  if (directives.has('no-store')) return { allowed: false, maxAgeMs: 0 };
  // A shared cache reads s-maxage before max-age; no-cache means "revalidate every time".
  const seconds = Number(directives.get('s-maxage') ?? directives.get('max-age') ?? 0);
  const maxAgeMs = directives.has('no-cache') || !Number.isFinite(seconds) || seconds < 0 ? 0 : seconds * 1000;
  return { allowed: true, etag, maxAgeMs };
}

export type ConditionalSend = (revalidate?: Revalidation) => Promise<WebApiAnswer>;

/** A GET's body, and how stale it is when a kept one stood in for Spotify. */
export interface KeptOrFresh {
  body: unknown;
  stale?: Staleness;
}

/**
 * App-token GETs through Spotify's caching rules: fresh → the kept body, no call; stale with an
 * ETag → If-None-Match (a 304 reuses the body, with the new freshness); otherwise an ordinary
 * call, whose answer is kept when its headers allow. Made once per data source: it remembers
 * which endpoints Spotify has sent validators for, so the GETs of the others (most, on the hot
 * path) never pay a cache lookup that could not hit. The answers of `lastKnown` endpoints
 * (those no other cache keeps) are kept too, never fresh, only to stand in for Spotify when it
 * cannot answer: then the kept body of either kind answers, within the stale-if-error window.
 */
export class ConditionalGets {
  private readonly validating = new Set<string>();

  constructor(
    private readonly cache: CatalogCache,
    /** Endpoints whose last answer is kept to stand in for Spotify (none kept elsewhere). */
    private readonly lastKnown: (endpoint: string) => boolean = () => false,
    private readonly events: { notModified?(endpoint: string): void } = {},
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether Spotify has sent validators for this endpoint (its answers are kept here). */
  validates(endpoint: string): boolean {
    return this.validating.has(endpoint);
  }

  async get(endpoint: string, url: string, send: ConditionalSend): Promise<KeptOrFresh> {
    let kept = this.validating.has(endpoint) ? await this.cache.validated(url, this.now()) : undefined;
    if (kept && kept.freshUntil > this.now()) return { body: kept.body };
    let answer: WebApiAnswer;
    try {
      answer = await send(kept?.etag ? { etag: kept.etag, body: kept.body } : undefined);
    } catch (error) {
      const reason = staleReasonOf(error);
      const { staleIfErrorMs } = this.cache.windows;
      if (reason === undefined || staleIfErrorMs === 0) throw error;
      kept ??= await this.cache.validated(url, this.now(), false);
      const age = kept ? this.now() - (kept.storedAt ?? kept.freshUntil) : Infinity;
      if (kept && age < this.cache.windows.ttlMs + staleIfErrorMs) return { body: kept.body, stale: { ageMs: age, reason } };
      throw error;
    }
    if (answer.notModified) this.events.notModified?.(endpoint);
    const policy = cachePolicy(answer.headers);
    // A 304 may leave out the ETag: the one revalidated stays valid.
    const etag = policy.etag ?? (answer.notModified ? kept?.etag : undefined);
    const storedAt = this.now();
    // Worth keeping only with something to go on: a validator, or a time it stays fresh.
    if (policy.allowed && (etag !== undefined || policy.maxAgeMs > 0)) {
      this.validating.add(endpoint);
      await this.cache.keepValidated(url, { body: answer.body, etag, freshUntil: storedAt + policy.maxAgeMs, storedAt });
    } else if (policy.allowed && this.cache.windows.staleIfErrorMs > 0 && this.lastKnown(endpoint)) {
      await this.cache.keepValidated(url, { body: answer.body, freshUntil: storedAt, storedAt });
    }
    return { body: answer.body };
  }
}
