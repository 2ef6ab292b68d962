import { createHash } from 'node:crypto';

/**
 * Who a request speaks for, resolved once at the edge from `Authorization`: the app (no user
 * token: catalog answers, the same for everyone) or a signed-in user (their Spotify token,
 * and its digest, which is what anything per-user is keyed by). Caching, the response cache,
 * the per-request facade and the logs all ask this, never the header.
 *
 * It lives in http/ because reading a header is HTTP; the Spotify layer takes the user's token
 * and digest as a plain value (`CallContext.user`), so it imports nothing from here.
 */
export type Caller = { kind: 'app' } | { kind: 'user'; token: string; digest: string };

/** A token as RFC 6750 allows it: letters, digits and `-._~+/`, with `=` padding at the end. */
const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i;

const APP: Caller = { kind: 'app' };

/**
 * A short digest of a user's access token: what the gateway keys per-user state by, so the
 * token itself is never kept as a key nor shown anywhere.
 */
export function userTokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('base64url').slice(0, 22);
}

/** The signed-in user of `token`. */
export function userCaller(token: string): Caller & { kind: 'user' } {
  return { kind: 'user', token, digest: userTokenDigest(token) };
}

const resolved = new WeakMap<Request, Caller>();

/**
 * The request's caller: a user for `Authorization: Bearer <token>`, else the app. A header that
 * is not a bearer token counts as none, so user fields then answer UNAUTHENTICATED. Resolved
 * once per request; every later question is answered from that.
 */
export function callerOf(request: Request): Caller {
  let caller = resolved.get(request);
  if (caller === undefined) {
    const token = BEARER.exec(request.headers.get('authorization')?.trim() ?? '')?.[1];
    caller = token === undefined ? APP : userCaller(token);
    resolved.set(request, caller);
  }
  return caller;
}
