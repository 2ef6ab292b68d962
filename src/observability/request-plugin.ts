import { randomUUID } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import type { GatewayMetrics } from './metrics.js';
import type { RequestScope } from '../context.js';
import type { ErrorCode } from '../error-codes.js';

interface RequestState {
  id: string;
  /** Only /graphql requests are logged and measured. */
  graphql: boolean;
  path: string;
  started: number;
  operation: string;
  codes: string[];
  /** The request's operations reached the response cache's lookup. */
  lookedUp: boolean;
}

/** An incoming id is kept only if it is a plain token, so logs cannot be forged through it. */
const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;
/** Operation names come from clients: past this many distinct ones, metrics say "other". */
const MAX_OPERATION_LABELS = 200;
const NAMED_OPERATION = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m;
/** A client's `operationName` is used as a label only if it could name an operation at all. */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
/**
 * Request ids made here: a random prefix per process and a counter, unique across a fleet
 * without a UUID per request (which showed in profiles).
 */
const ID_PREFIX = randomUUID().slice(0, 8);
let requestCount = 0;
const nextRequestId = () => `${ID_PREFIX}-${(requestCount += 1).toString(36)}`;

/** The path of a request URL, without building a URL object. */
function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  const end = url.slice(start).search(/[?#]/);
  return end < 0 ? url.slice(start) : url.slice(start, start + end);
}

/** How Yoga's response cache marks the results it served. */
const SERVED_FROM_CACHE = Symbol.for('servedFromResponseCache');

/**
 * Per request: an id (the caller's `x-request-id`, or a new one) echoed in the response,
 * one structured log line with operation, status, duration and error codes, and the
 * request metrics.
 */
export function useRequestObservability(
  logger: Logger,
  metrics: GatewayMetrics,
  options: {
    responseCache: boolean;
    /** Who asked, for the log line: the app or a signed-in user (never the token). Given by the edge, which resolves it. */
    callerKind: (request: Request) => string;
  },
): Plugin {
  const states = new WeakMap<Request, RequestState>();
  const operations = new Set<string>();
  const label = (name: string) => {
    if (operations.has(name)) return name;
    if (operations.size >= MAX_OPERATION_LABELS) return 'other';
    operations.add(name);
    return name;
  };
  const collect = (state: RequestState, result: ExecutionResult) => {
    for (const error of result.errors ?? []) state.codes.push(String(error.extensions?.code ?? ('INTERNAL_SERVER_ERROR' satisfies ErrorCode)));
    // Counted per operation here: the cache's storage is asked twice for each miss.
    if (options.responseCache && state.lookedUp) metrics.countCache('response', SERVED_FROM_CACHE in result);
  };

  return {
    onRequest({ request, serverContext }) {
      if (states.has(request)) return;
      const incoming = request.headers.get('x-request-id');
      const id = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : nextRequestId();
      const path = pathOf(request.url);
      states.set(request, { id, graphql: path === '/graphql', path, started: performance.now(), operation: '', codes: [], lookedUp: false });
      // The GraphQL context is built from the server context: the id goes with every upstream call.
      (serverContext as RequestScope).requestId = id;
    },
    onParams({ params, request }) {
      const state = states.get(request);
      if (!state) return;
      const name = params.operationName ?? (typeof params.query === 'string' ? NAMED_OPERATION.exec(params.query)?.[1] : undefined);
      state.operation = name === undefined ? 'anonymous' : OPERATION_NAME.test(name) ? name : 'invalid';
      state.lookedUp = true;
    },
    onResultProcess({ request, result }) {
      const state = states.get(request);
      if (!state) return;
      if (Array.isArray(result)) result.forEach((one) => collect(state, one));
      else if (result && typeof result === 'object') collect(state, result as ExecutionResult);
    },
    onResponse({ request, response }) {
      const state = states.get(request);
      if (!state) return;
      response.headers.set('x-request-id', state.id);
      if (!state.graphql) return;
      const durationMs = Math.round((performance.now() - state.started) * 10) / 10;
      const operation = label(state.operation || 'none');
      const outcome = state.codes.length === 0 ? 'ok' : 'error';
      metrics.observeRequest(operation, outcome, durationMs / 1000);
      for (const code of state.codes) metrics.errors.inc({ operation, code });
      logger.info('request', {
        requestId: state.id,
        method: request.method,
        path: state.path,
        operation: state.operation || undefined,
        caller: options.callerKind(request),
        status: response.status,
        durationMs,
        ...(state.codes.length ? { errors: state.codes } : {}),
      });
    },
  };
}
