import Negotiator from 'negotiator';

/** The codings the gateway sends, best first (the client's q-values decide between them). */
export const CODINGS = ['br', 'gzip'] as const;
export type Coding = (typeof CODINGS)[number];

/** The coding a request's Accept-Encoding prefers among ours, or undefined for the bytes as they are. */
export function preferredCoding(request: Request): Coding | undefined {
  const accept = request.headers.get('accept-encoding');
  if (!accept) return undefined;
  // Negotiator 1.x breaks ties of q by `preferred` (ours: br first); its type declarations predate the option.
  const negotiator = new Negotiator({ headers: { 'accept-encoding': accept } }) as Negotiator & {
    encoding(available: readonly string[], options: { preferred: readonly string[] }): string | undefined;
  };
  const chosen = negotiator.encoding([...CODINGS, 'identity'], { preferred: CODINGS });
  return chosen === 'br' || chosen === 'gzip' ? chosen : undefined;
}

/** Adds names to Vary, keeping what is there. */
export function appendVary(headers: Headers, names: string[]): void {
  const present = (headers.get('vary') ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const missing = names.filter((name) => !present.includes(name.toLowerCase()));
  if (missing.length > 0) headers.set('vary', [headers.get('vary'), ...missing].filter(Boolean).join(', '));
}

/** An entity tag's opaque part: `W/"x"`, `"x"` and `x` are all `x`. */
export const bareTag = (tag: string): string => tag.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');

/**
 * If-None-Match compares entity tags weakly (RFC 9110 §13.1.2): `W/` is ignored, `*` matches
 * any. Quotes are ignored too: the response cache's tags reach it bare (http/response-cache.ts).
 */
export function matchesETag(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  const bare = bareTag(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bareTag(tag) === bare);
}
