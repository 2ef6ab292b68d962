// A small typed hierarchy of everything that can go wrong talking to Spotify, built from
// the HTTP status. It carries no GraphQL: the schema layer maps these kinds to error codes.

export type SpotifyErrorKind =
  | 'bad-request'
  | 'not-found'
  | 'forbidden'
  | 'rate-limited'
  | 'client-rate-limited'
  | 'unavailable'
  | 'timeout'
  | 'auth-failed'
  | 'unauthenticated'
  | 'bad-response';

export abstract class SpotifyError extends Error {
  abstract readonly kind: SpotifyErrorKind;
  /** HTTP status Spotify answered with, when it answered at all. */
  readonly status: number | undefined;

  constructor(message: string, status?: number) {
    super(message);
    this.name = new.target.name;
    this.status = status;
  }
}

/** 400 from Spotify: the gateway sent something Spotify rejects (validate earlier next time). */
export class SpotifyBadRequestError extends SpotifyError {
  readonly kind = 'bad-request';
}

/** 404: the id is well-formed but Spotify has nothing under it. */
export class SpotifyNotFoundError extends SpotifyError {
  readonly kind = 'not-found';
}

/** 403, or an endpoint the app's mode does not allow (no call is made then). */
export class SpotifyForbiddenError extends SpotifyError {
  readonly kind = 'forbidden';
  constructor(
    message: string,
    status?: number,
    /** For a signed-in user's call: the OAuth scopes it needs (from Spotify's API description). */
    readonly scopes?: readonly string[],
  ) {
    super(message, status);
  }
}

/** 429 that will not be waited out, or a rate-limit pause already in force. */
export class SpotifyRateLimitError extends SpotifyError {
  readonly kind = 'rate-limited';
  constructor(
    message: string,
    /** Whole seconds until Spotify accepts calls again. */
    readonly retryAfterSeconds: number,
    /** Spotify's `reason`, e.g. QUOTA_EXCEEDED. */
    readonly reason?: string,
  ) {
    super(message, 429);
  }
}

/**
 * Not Spotify's limit but the gateway's fair share: the request's client (or its signed-in
 * user) has started its CLIENT_UPSTREAM_CALLS_PER_MINUTE calls to Spotify, and the call was
 * not sent. Other clients are unaffected; what the gateway holds is still served.
 */
export class ClientRateLimitError extends SpotifyError {
  readonly kind = 'client-rate-limited';
  constructor(
    message: string,
    /** Whole seconds until the share holds a call again. */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** 5xx, a dropped connection or a malformed answer, after the retries ran out. */
export class SpotifyUnavailableError extends SpotifyError {
  readonly kind = 'unavailable';
}

/** No answer within the time the request had left. */
export class SpotifyTimeoutError extends SpotifyError {
  readonly kind = 'timeout';
}

/** The token endpoint rejected the app's credentials (or a fresh token is refused). */
export class SpotifyAuthError extends SpotifyError {
  readonly kind = 'auth-failed';
}

/**
 * Spotify answered, but not with anything the gateway can use: an object lacking what the
 * schema promises, or an id that cannot be looked up. Never retried: asking again would not help.
 */
export class SpotifyBadResponseError extends SpotifyError {
  readonly kind = 'bad-response';
}

/** A call needs a signed-in user and the request has none, or Spotify refused the user's token. */
export class SpotifyUnauthenticatedError extends SpotifyError {
  readonly kind = 'unauthenticated';
}

/** The error of a user field asked without a user token. */
export function signInNeeded(): SpotifyUnauthenticatedError {
  return new SpotifyUnauthenticatedError('This needs a signed-in user: send the Spotify user access token as "Authorization: Bearer <token>"');
}
