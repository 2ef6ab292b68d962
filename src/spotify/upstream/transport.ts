import { Agent, type Dispatcher } from 'undici';

/** One answer from Spotify, body already read. */
export interface TransportResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON, or undefined when the body was empty. */
  body: unknown;
}

/**
 * Why an exchange produced no usable answer. `invalid-request`: the request could not even be
 * sent (a path with characters no URL may hold), a bug that is never retried; the others may be.
 */
export type TransportFailure = 'network' | 'timeout' | 'malformed' | 'invalid-request';

/** What a request path may hold: printable ASCII without spaces (ids and queries are encoded before). */
const SENDABLE_PATH = /^\/[\x21-\x7e]*$/;

export class TransportError extends Error {
  override name = 'TransportError';
  constructor(
    readonly failure: TransportFailure,
    message: string,
    /** For 'malformed': the answer's status and headers (its body unread), so a write's 2xx still counts as done. */
    readonly answer?: TransportResponse,
  ) {
    super(message);
  }
}

/** The methods the gateway sends: GET for reads, the others for a signed-in user's writes. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface TransportRequest {
  url: string;
  method: HttpMethod;
  headers: Record<string, string>;
  body?: string;
  /** Give up on this attempt after this many milliseconds. */
  timeoutMs: number;
  /** Told when the request is written and when the answer's head and body arrive (a profiler's trace.ts). */
  trace?: (stage: 'written' | 'head' | 'body') => void;
}

/** Marks an attempt that has resolved, so a late timer or error changes nothing. */
const SETTLED = new Error('settled');

/** `http://host:port/v1/search?q=…` → origin and path, without a URL parser per call. */
function splitUrl(url: string): { origin: string; path: string } {
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  return slash < 0 ? { origin: url, path: '/' } : { origin: url.slice(0, slash), path: url.slice(slash) };
}

/** The answer's JSON (a leading byte-order mark ignored), or undefined for an empty body. */
function parsed(status: number, headers: TransportResponse['headers'], chunks: Buffer[]): TransportResponse {
  let text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text === '') return { status, headers, body: undefined };
  try {
    return { status, headers, body: JSON.parse(text) };
  } catch {
    throw new TransportError('malformed', `answer ${status} was not JSON`, { status, headers, body: undefined });
  }
}

/**
 * HTTP to Spotify over undici with keep-alive connections to each host.
 * It reads the whole body and parses JSON; it knows nothing of tokens or retries.
 */
export class Transport {
  private readonly agent: Agent;

  constructor(options: { connectionsPerHost: number }) {
    this.agent = new Agent({
      connections: options.connectionsPerHost,
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 600_000,
      pipelining: 1,
    });
  }

  send(req: TransportRequest): Promise<TransportResponse> {
    // undici's dispatch with a handler that collects the body: about half the CPU of its
    // request() API per call (no response stream, no body mixin), which counts at 35 calls
    // for one album's artists in Development Mode.
    // One precise timer bounds the whole attempt, head and body together: undici's own
    // timeouts (kept as a backstop) tick coarsely and bound the head and each gap of the body
    // separately, so a body that trickles in would outlive the attempt.
    const timeout = Math.max(1, req.timeoutMs);
    const expired = () => new TransportError('timeout', `no complete answer within ${req.timeoutMs} ms`);
    return new Promise<TransportResponse>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let status = 0;
      let headers: TransportResponse['headers'] = {};
      let started: Dispatcher.DispatchController | undefined;
      let outcome: Error | undefined;
      const settle = (error: Error | undefined, answer?: () => TransportResponse) => {
        if (outcome) return;
        clearTimeout(timer);
        if (error) {
          outcome = error;
          return reject(error);
        }
        outcome = SETTLED;
        try {
          resolve(answer!());
        } catch (malformed) {
          reject(malformed as Error);
        }
      };
      const timer = setTimeout(() => {
        const error = expired();
        settle(error);
        // In flight: cut it off. Still waiting for a connection: onRequestStart never sends it.
        started?.abort(error);
      }, timeout);
      const { origin, path } = splitUrl(req.url);
      // undici refuses such a path only once the request is queued on a connection, and the
      // refusal can leave that connection unusable: refuse it here, before any socket is involved.
      if (!SENDABLE_PATH.test(path)) return settle(new TransportError('invalid-request', 'the request path holds characters no URL may hold'));
      this.agent.dispatch(
        { origin, path, method: req.method, headers: req.headers, body: req.body, headersTimeout: timeout, bodyTimeout: timeout },
        {
          onRequestStart(controller) {
            if (outcome) controller.abort(outcome);
            else started = controller;
            req.trace?.('written');
          },
          onResponseStart(_controller, statusCode, responseHeaders) {
            status = statusCode;
            headers = responseHeaders;
            req.trace?.('head');
          },
          onResponseData(_controller, chunk) {
            chunks.push(chunk);
          },
          onResponseEnd() {
            req.trace?.('body');
            settle(undefined, () => parsed(status, headers, chunks));
          },
          onResponseError(_controller, error) {
            const code = (error as { code?: string }).code;
            if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') settle(expired());
            else settle(new TransportError('network', `connection failed: ${error.message}`));
          },
        },
      );
    });
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}
