import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { UpstreamEvents } from '../spotify/upstream/events.js';

/**
 * The labelled child of a metric, looked up once per distinct label set: prom-client hashes the
 * labels on every call otherwise, which showed in profiles of the hot path (every request and
 * every upstream call). Label sets are bounded (operation names are capped), so is the map.
 */
function children<C>(labelled: (labels: Record<string, string>) => C): (key: string, labels: Record<string, string>) => C {
  const known = new Map<string, C>();
  return (key, labels) => {
    let child = known.get(key);
    if (!child) {
      child = labelled(labels);
      known.set(key, child);
    }
    return child;
  };
}

/** Every metric the gateway exposes at /metrics, in a registry of its own. No label ever carries a token or secret. */
export class GatewayMetrics {
  readonly registry = new Registry();

  // Observed per HTTP request by request-plugin.ts rather than by Yoga's Prometheus plugin, which
  // only sees requests that get parsed: response-cache hits and refused requests would be missing.
  private readonly requestDuration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL requests, by operation name and outcome',
    labelNames: ['operation', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL responses, by operation name and extensions.code',
    labelNames: ['operation', 'code'],
    registers: [this.registry],
  });

  private readonly upstreamCalls = new Counter({
    name: 'spotify_upstream_calls_total',
    help: 'HTTP exchanges with Spotify, by endpoint, status (0 = no answer) and app mode',
    labelNames: ['endpoint', 'status', 'mode'],
    registers: [this.registry],
  });

  private readonly upstreamDuration = new Histogram({
    name: 'spotify_upstream_duration_seconds',
    help: 'Time of HTTP exchanges with Spotify, by endpoint',
    labelNames: ['endpoint'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  private readonly retries = new Counter({
    name: 'spotify_upstream_retries_total',
    help: 'Retried exchanges with Spotify, by endpoint and reason',
    labelNames: ['endpoint', 'reason'],
    registers: [this.registry],
  });

  private readonly pauses = new Counter({
    name: 'spotify_rate_limit_pauses_total',
    help: '429 answers that paused calls to Spotify, by reason',
    labelNames: ['reason'],
    registers: [this.registry],
  });

  private readonly tokenRefreshes = new Counter({
    name: 'spotify_token_refreshes_total',
    help: 'Access tokens fetched from the accounts service',
    registers: [this.registry],
  });

  private readonly batchSize = new Histogram({
    name: 'dataloader_batch_size',
    help: 'Keys per DataLoader batch sent to Spotify, by loader',
    labelNames: ['loader'],
    buckets: [1, 2, 5, 10, 20, 50, 100],
    registers: [this.registry],
  });

  private readonly cacheLookups = new Counter({
    name: 'gateway_cache_lookups_total',
    help: 'Cross-request cache lookups, by cache and result (hit or miss)',
    labelNames: ['cache', 'result'],
    registers: [this.registry],
  });

  private readonly droppedItems = new Counter({
    name: 'spotify_payload_items_dropped_total',
    help: "Items of Spotify's answers left out because they were null or malformed, by endpoint and reason",
    labelNames: ['endpoint', 'reason'],
    registers: [this.registry],
  });

  private readonly joinedCalls = new Counter({
    name: 'spotify_calls_shared_total',
    help: 'Calls to Spotify saved: a request joined the same app-token GET already in flight, by endpoint',
    labelNames: ['endpoint'],
    registers: [this.registry],
  });

  private readonly notModified = new Counter({
    name: 'spotify_revalidations_not_modified_total',
    help: 'Revalidations Spotify answered 304 Not Modified (the kept body reused), by endpoint',
    labelNames: ['endpoint'],
    registers: [this.registry],
  });

  private readonly staleAnswers = new Counter({
    name: 'gateway_stale_answers_total',
    help: 'Kept facts served past their TTL, by reason (revalidating, rate-limited, quota-exceeded, unavailable, timeout)',
    labelNames: ['reason'],
    registers: [this.registry],
  });

  private readonly clientsRefused = new Counter({
    name: 'gateway_clients_refused_total',
    help: 'Calls to Spotify not sent because the requesting client (or signed-in user) had spent its CLIENT_UPSTREAM_CALLS_PER_MINUTE share, by share',
    labelNames: ['share'],
    registers: [this.registry],
  });

  readonly storeFallbacks = new Counter({
    name: 'shared_state_fallbacks_total',
    help: 'Operations on the shared (Redis) state answered by in-process state instead, by operation',
    labelNames: ['operation'],
    registers: [this.registry],
  });

  readonly compiledOperations = new Counter({
    name: 'graphql_operations_compiled_total',
    help: 'Operations compiled to JavaScript on their tenth run; a steady climb means clients keep sending new query texts',
    registers: [this.registry],
  });

  private readonly callCounter = children((labels) => this.upstreamCalls.labels(labels));
  private readonly callDuration = children((labels) => this.upstreamDuration.labels(labels));
  private readonly requestTimer = children((labels) => this.requestDuration.labels(labels));

  /**
   * Node's metrics of the process beside the gateway's: CPU, memory, event-loop delay (its
   * `nodejs_eventloop_lag_*` gauges cover the time since the previous scrape) and time in the
   * collector by kind. They watch the whole process, so the process that serves turns them on
   * (server.ts), not each gateway a test builds.
   */
  collectProcessMetrics(): void {
    collectDefaultMetrics({ register: this.registry });
  }

  /** One /graphql request answered, by operation name (bounded by the caller) and outcome. */
  observeRequest(operation: string, outcome: 'ok' | 'error', seconds: number): void {
    this.requestTimer(`${operation} ${outcome}`, { operation, outcome }).observe(seconds);
  }

  /** The data source's hooks, feeding the upstream metrics. */
  readonly upstreamEvents: UpstreamEvents = {
    call: ({ endpoint, status, durationMs, mode }) => {
      this.callCounter(`${endpoint} ${status} ${mode}`, { endpoint, status: String(status), mode }).inc();
      this.callDuration(endpoint, { endpoint }).observe(durationMs / 1000);
    },
    retry: ({ endpoint, reason }) => this.retries.inc({ endpoint, reason }),
    // Spotify's reason is free text in its answer: only code-like values become labels.
    pause: ({ reason }) => this.pauses.inc({ reason: reason === undefined ? 'RATE_LIMITED' : /^[A-Z_]{1,40}$/.test(reason) ? reason : 'other' }),
    clientRefused: ({ share }) => this.clientsRefused.inc({ share }),
    tokenFetched: () => this.tokenRefreshes.inc(),
    batch: ({ loader, size }) => this.batchSize.observe({ loader }, size),
    dropped: ({ endpoint, reason }) => this.droppedItems.inc({ endpoint, reason }),
    joined: ({ endpoint }) => this.joinedCalls.inc({ endpoint }),
    notModified: ({ endpoint }) => this.notModified.inc({ endpoint }),
    stale: ({ reason }) => this.staleAnswers.inc({ reason }),
  };

  countCache(cache: string, hit: boolean): void {
    this.cacheLookups.inc({ cache, result: hit ? 'hit' : 'miss' });
  }
}
