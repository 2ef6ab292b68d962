/** A token as RFC 6750 allows it: letters, digits and `-._~+/`, with `=` padding at the end. */
const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i;

/**
 * The signed-in user's Spotify access token from `Authorization: Bearer <token>`, or undefined.
 * A header that is not a bearer token is treated as none: user fields then answer UNAUTHENTICATED.
 */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization');
  return header ? BEARER.exec(header.trim())?.[1] : undefined;
}
