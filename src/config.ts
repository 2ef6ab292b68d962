import type { LogLevel } from './logger.js';
import { parseTrustedProxies, type TrustedProxies } from './trusted-proxies.js';
import type { AppMode } from './spotify/upstream/app-mode.js';

/** Everything the gateway reads from its environment, typed and checked once at start-up. */
export interface Config {
  port: number;
  /** Unset credentials mean demo mode: the built-in emulator stands in for Spotify. */
  credentials: { clientId: string; clientSecret: string } | undefined;
  accountsUrl: string;
  apiUrl: string;
  appMode: AppMode;
  /** A 429 whose Retry-After is at most this long is waited out and retried. */
  rateLimitWaitCapSeconds: number;
  /** Per upstream attempt. */
  upstreamTimeoutMs: number;
  /** Retries after 5xx and network errors. */
  upstreamRetries: number;
  /** Upper bound on calls to Spotify in flight at once (per process). */
  upstreamConcurrency: number;
  /** Optional client-side budget: at most this many Spotify calls per 30 s window (0 = off). */
  upstreamRequestsPer30s: number;
  /** Calls to Spotify each client (and each signed-in user) may start a minute, fleet-wide (0 = off). */
  clientUpstreamCallsPerMinute: number;
  /** CIDR ranges of the proxies whose X-Forwarded-For names the client (empty: the socket's peer is the client). */
  trustedProxies: TrustedProxies;
  /** Whole GraphQL request deadline; upstream calls get what is left. */
  requestDeadlineMs: number;
  /** TTL of the cross-request caches (0 turns every one of them off). */
  cacheTtlSeconds: number;
  /** How often a listening user's playback is read while it plays, and while paused or stopped. */
  playerPollMs: number;
  playerPausedPollMs: number;
  /** Responses kept by the in-process response cache. */
  responseCacheMaxEntries: number;
  /** How long past its TTL a kept catalog fact is served at once while one refresh runs. */
  cacheStaleWhileRevalidateSeconds: number;
  /** How long a kept catalog fact may stand in for Spotify when Spotify cannot answer it. */
  cacheStaleIfErrorSeconds: number;
  /** Query limits for a public endpoint. */
  maxQueryDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Page-size-weighted cost (see src/security/page-cost.ts). */
  maxQueryCost: number;
  maxBodyBytes: number;
  /** Operations per batched request (0 = batching off). */
  batchLimit: number;
  introspection: boolean;
  /** Origins allowed by CORS; undefined = any origin. */
  corsOrigins: string[] | undefined;
  csrfPrevention: boolean;
  /** off: no persisted operations; allow: persisted and arbitrary; require: the manifest only. */
  persistedOperations: 'off' | 'allow' | 'require';
  /** Path of a persisted-documents manifest; undefined = those of the clients this project ships (http/shipped-documents.ts). */
  persistedOperationsManifest: string | undefined;
  /** GraphiQL for browsers at /graphql. */
  graphiql: boolean;
  /** JSON lines, human-readable lines, or auto: human-readable on a terminal, JSON elsewhere. */
  logFormat: 'json' | 'pretty' | 'auto';
  logLevel: LogLevel;
  /** Shared state for a fleet of replicas; undefined keeps it in-process. */
  redisUrl: string | undefined;
  /** Serve the schema as an Apollo Federation v2 subgraph (adds `_service` and `_entities`). */
  federationSubgraph: boolean;
}

/** Bad configuration: start-up prints `message` on one line and exits. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function baseUrl(env: Env, name: string, fallback: string): string {
  const raw = text(env, name) ?? fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`);
  }
  // Paths such as /search are appended, so a trailing slash would double up.
  return raw.replace(/\/+$/, '');
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function choice<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function redisUrl(env: Env): string | undefined {
  const raw = text(env, 'REDIS_URL');
  if (raw === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  // Never echo the value: a Redis URL may carry a password.
  if (!url || (url.protocol !== 'redis:' && url.protocol !== 'rediss:')) throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
  return raw;
}

function appMode(env: Env): AppMode {
  const raw = text(env, 'SPOTIFY_APP_MODE') ?? 'development';
  if (raw !== 'development' && raw !== 'extended') {
    throw new ConfigError(`SPOTIFY_APP_MODE must be "development" or "extended", got "${raw}"`);
  }
  return raw;
}

function credentials(env: Env): Config['credentials'] {
  const clientId = text(env, 'SPOTIFY_CLIENT_ID');
  const clientSecret = text(env, 'SPOTIFY_CLIENT_SECRET');
  if (clientId && clientSecret) return { clientId, clientSecret };
  if (clientId || clientSecret) {
    const missing = clientId ? 'SPOTIFY_CLIENT_SECRET' : 'SPOTIFY_CLIENT_ID';
    throw new ConfigError(`${missing} is not set: set both SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET, or neither for demo mode`);
  }
  return undefined;
}

function trustedProxies(env: Env): TrustedProxies {
  const list = (text(env, 'TRUSTED_PROXIES') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return parseTrustedProxies(list);
  } catch {
    throw new ConfigError(`TRUSTED_PROXIES must be a comma-separated list of CIDR ranges or addresses, e.g. "10.0.0.0/8, 2001:db8::/32" (got "${env.TRUSTED_PROXIES}")`);
  }
}

export function loadConfig(env: Env = process.env): Config {
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    credentials: credentials(env),
    accountsUrl: baseUrl(env, 'SPOTIFY_ACCOUNTS_URL', 'https://accounts.spotify.com'),
    apiUrl: baseUrl(env, 'SPOTIFY_API_URL', 'https://api.spotify.com/v1'),
    appMode: appMode(env),
    rateLimitWaitCapSeconds: integer(env, 'RATE_LIMIT_WAIT_CAP_SECONDS', 5, 0, 3600),
    upstreamTimeoutMs: integer(env, 'UPSTREAM_TIMEOUT_MS', 5000, 1, 600_000),
    upstreamRetries: integer(env, 'UPSTREAM_RETRIES', 3, 0, 10),
    upstreamConcurrency: integer(env, 'UPSTREAM_CONCURRENCY', 128, 1, 1024),
    upstreamRequestsPer30s: integer(env, 'UPSTREAM_REQUESTS_PER_30S', 0, 0, 1_000_000),
    clientUpstreamCallsPerMinute: integer(env, 'CLIENT_UPSTREAM_CALLS_PER_MINUTE', 0, 0, 1_000_000),
    trustedProxies: trustedProxies(env),
    requestDeadlineMs: integer(env, 'REQUEST_DEADLINE_MS', 10_000, 1, 600_000),
    cacheTtlSeconds: integer(env, 'CACHE_TTL_SECONDS', 300, 0, 86_400),
    playerPollMs: integer(env, 'PLAYER_POLL_MS', 1000, 10, 60_000),
    playerPausedPollMs: integer(env, 'PLAYER_POLL_PAUSED_MS', 5000, 10, 300_000),
    responseCacheMaxEntries: integer(env, 'RESPONSE_CACHE_MAX_ENTRIES', 1000, 1, 1_000_000),
    cacheStaleWhileRevalidateSeconds: integer(env, 'CACHE_STALE_WHILE_REVALIDATE_SECONDS', 60, 0, 86_400),
    cacheStaleIfErrorSeconds: integer(env, 'CACHE_STALE_IF_ERROR_SECONDS', 86_400, 0, 604_800),
    maxQueryDepth: integer(env, 'MAX_QUERY_DEPTH', 12, 1, 100),
    maxAliases: integer(env, 'MAX_ALIASES', 15, 0, 1000),
    maxTokens: integer(env, 'MAX_TOKENS', 2000, 10, 100_000),
    maxDirectives: integer(env, 'MAX_DIRECTIVES', 10, 0, 1000),
    maxQueryCost: integer(env, 'MAX_QUERY_COST', 5000, 1, 10_000_000),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 100_000, 100, 100_000_000),
    batchLimit: integer(env, 'BATCH_LIMIT', 5, 0, 100),
    introspection: flag(env, 'INTROSPECTION', true),
    corsOrigins: text(env, 'CORS_ORIGINS')
      ?.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    csrfPrevention: flag(env, 'CSRF_PREVENTION', true),
    persistedOperations: choice(env, 'PERSISTED_OPERATIONS', ['off', 'allow', 'require'] as const, 'allow'),
    persistedOperationsManifest: text(env, 'PERSISTED_OPERATIONS_MANIFEST'),
    graphiql: flag(env, 'GRAPHIQL', true),
    logFormat: choice(env, 'LOG_FORMAT', ['json', 'pretty', 'auto'] as const, 'auto'),
    logLevel: choice(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    redisUrl: redisUrl(env),
    federationSubgraph: flag(env, 'FEDERATION_SUBGRAPH', false),
  };
}
