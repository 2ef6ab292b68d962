import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../error-codes.js';
import { SpotifyError, SpotifyForbiddenError } from '../spotify/upstream/errors.js';

export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode } });
}

/** The code of each kind of Spotify failure: the one place they meet. */
const codeOfKind: Record<SpotifyError['kind'], ErrorCode> = {
  'bad-request': 'BAD_USER_INPUT',
  'not-found': 'NOT_FOUND',
  forbidden: 'FORBIDDEN',
  'rate-limited': 'RATE_LIMITED',
  'client-rate-limited': 'CLIENT_RATE_LIMITED',
  unavailable: 'UPSTREAM_UNAVAILABLE',
  timeout: 'UPSTREAM_TIMEOUT',
  'auth-failed': 'UPSTREAM_AUTH_FAILED',
  unauthenticated: 'UNAUTHENTICATED',
  'bad-response': 'UPSTREAM_BAD_RESPONSE',
};

function extensionsOf(error: SpotifyError): Record<string, unknown> {
  const extensions: Record<string, unknown> = { code: codeOfKind[error.kind] };
  if (error.kind === 'rate-limited' || error.kind === 'client-rate-limited') {
    const limited = error as SpotifyError & { retryAfterSeconds: number; reason?: string };
    extensions.retryAfter = limited.retryAfterSeconds;
    if (limited.reason) extensions.reason = limited.reason;
  }
  if (error instanceof SpotifyForbiddenError && error.scopes) extensions.scopes = [...error.scopes];
  return extensions;
}

/**
 * Yoga's error mask: errors the gateway raised on purpose (GraphQL errors with a code, and
 * data-source errors, which get their code here) pass with their message; anything else is
 * an unexpected fault and its details (stack, internals) never leave the process.
 */
export function maskError(error: unknown, fallbackMessage: string): Error {
  if (!(error instanceof GraphQLError)) {
    return new GraphQLError(fallbackMessage, { extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode } });
  }
  const original = error.originalError;
  if (original instanceof SpotifyError) return replaced(error, original.message, extensionsOf(original));
  if (!original || original instanceof GraphQLError) return error;
  return replaced(error, fallbackMessage, { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode });
}

/** Another message and extensions for `error`, at the same place in the query and the result. */
function replaced(error: GraphQLError, message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions });
}
