// Every `extensions.code` the gateway can answer with, in one list: clients switch on these,
// the README's errors table is checked against it, and nothing emits a code that is not here.

export const ERROR_CODES = {
  BAD_USER_INPUT: 'malformed id, link, market, cursor or page size, or a request GraphQL refuses (no call is made to Spotify)',
  GRAPHQL_PARSE_FAILED: 'the query text is not GraphQL (Yoga)',
  GRAPHQL_VALIDATION_FAILED: 'the query asks for what the schema does not have (Yoga)',
  BAD_REQUEST: 'the HTTP request is not a GraphQL request: a body that is not JSON, no query (Yoga)',
  QUERY_TOO_COMPLEX: 'over a limit on depth, aliases, tokens, directives or the page-weighted cost (`extensions.cost`, `extensions.maxCost`)',
  PAYLOAD_TOO_LARGE: 'a request body over `MAX_BODY_BYTES` (HTTP 413)',
  PERSISTED_QUERY_NOT_FOUND: 'a `documentId` the manifest does not hold',
  PERSISTED_QUERY_ONLY: 'an operation text sent to a gateway with `PERSISTED_OPERATIONS=require`',
  UNAUTHENTICATED: "a user field or mutation without a user token, or Spotify refused the user's token (expired or revoked: sign in again)",
  NOT_FOUND: 'a list under an object Spotify does not know (single lookups answer `null` instead)',
  FORBIDDEN: "Spotify refuses it, or the app's mode does not allow it (the message says which): top tracks in Development Mode, a playlist's `items` for anyone but its owner and collaborators",
  RATE_LIMITED: "Spotify's rate limit; `extensions.retryAfter` is the seconds to wait, `extensions.reason` is `QUOTA_EXCEEDED` when the quota is used up",
  CLIENT_RATE_LIMITED:
    "this client (by its address) or signed-in user has started its `CLIENT_UPSTREAM_CALLS_PER_MINUTE` calls to Spotify; HTTP 429 with `Retry-After`, `extensions.retryAfter` is the seconds to wait. What the gateway holds is still served",
  UPSTREAM_UNAVAILABLE: 'Spotify kept failing after the retries (5xx, dropped connections, HTML or empty bodies)',
  UPSTREAM_TIMEOUT: "Spotify did not answer within the request's time",
  UPSTREAM_AUTH_FAILED: "Spotify's token endpoint rejected the client credentials",
  UPSTREAM_BAD_RESPONSE: "Spotify answered, but with nothing usable for this field (an object lacking what the schema promises, an id that cannot be looked up)",
  INTERNAL_SERVER_ERROR: 'a fault of the gateway itself; details stay in the process',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
