/**
 * A sentence a listener understands for each `extensions.code` the gateway answers with (the
 * list in the gateway's src/error-codes.ts; a test holds the two together). Developer messages
 * are never shown: they speak of arguments and headers.
 */
export const ERROR_WORDS = {
  BAD_USER_INPUT: 'This is not something Spotify can look up: the link or id is not one of Spotify’s.',
  GRAPHQL_PARSE_FAILED: 'This page and the gateway are out of step. Reload the page.',
  GRAPHQL_VALIDATION_FAILED: 'This page and the gateway are out of step. Reload the page.',
  BAD_REQUEST: 'This page and the gateway are out of step. Reload the page.',
  QUERY_TOO_COMPLEX: 'That asks for more at once than the gateway allows.',
  PAYLOAD_TOO_LARGE: 'That is more than the gateway takes in one go.',
  PERSISTED_QUERY_NOT_FOUND: 'The gateway has been updated since this page loaded. Reload the page.',
  PERSISTED_QUERY_ONLY: 'This gateway answers only the apps it knows, and this page is not one of them.',
  UNAUTHENTICATED: 'You need to sign in for this, or your sign-in has expired.',
  NOT_FOUND: 'Spotify has nothing under this link.',
  FORBIDDEN: 'Spotify does not allow this app to do that.',
  RATE_LIMITED: 'Spotify asks the gateway to slow down.',
  CLIENT_RATE_LIMITED: 'You have asked for a lot in a short time: the gateway asks you to slow down.',
  NO_ACTIVE_DEVICE: 'Open Spotify on a device to play here.',
  PREMIUM_REQUIRED: 'Playback control needs Spotify Premium.',
  UPSTREAM_UNAVAILABLE: 'Spotify is not answering right now. Try again in a moment.',
  UPSTREAM_TIMEOUT: 'Spotify took too long to answer. Try again in a moment.',
  UPSTREAM_AUTH_FAILED: 'The gateway cannot sign in to Spotify: whoever runs it needs to check its credentials.',
  UPSTREAM_BAD_RESPONSE: 'Spotify answered with something this page cannot show. Try again in a moment.',
  INTERNAL_SERVER_ERROR: 'Something went wrong in the gateway. Try again in a moment.',
} as const;

export type ErrorCode = keyof typeof ERROR_WORDS;

/** Codes a second try may cure; for the others a "Try again" button would only disappoint. */
export const RETRYABLE: ReadonlySet<string> = new Set<ErrorCode>(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT', 'UPSTREAM_BAD_RESPONSE', 'INTERNAL_SERVER_ERROR']);

export const wordsFor = (code: unknown): string => ERROR_WORDS[code as ErrorCode] ?? 'Something went wrong. Try again in a moment.';
