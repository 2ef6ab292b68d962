import { Agent, request } from 'undici';

/** One answer from Spotify, body already read. */
export interface TransportResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON, or undefined when the body was empty. */
  body: unknown;
}

/** Why an exchange produced no usable answer; all of these may be retried. */
export type TransportFailure = 'network' | 'timeout' | 'malformed';

export class TransportError extends Error {
  override name = 'TransportError';
  constructor(
    readonly failure: TransportFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface TransportRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** Give up on this attempt after this many milliseconds. */
  timeoutMs: number;
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

  async send(req: TransportRequest): Promise<TransportResponse> {
    // undici's own timeouts: no answer head, or a body that stalls, within the attempt's time.
    // (Cheaper than an AbortSignal per call, which showed up in profiles.)
    const timeout = Math.max(1, req.timeoutMs);
    let status: number;
    let headers: TransportResponse['headers'];
    let text: string;
    try {
      const res = await request(req.url, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        dispatcher: this.agent,
        headersTimeout: timeout,
        bodyTimeout: timeout,
      });
      status = res.statusCode;
      headers = res.headers;
      text = await res.body.text();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
        throw new TransportError('timeout', `no complete answer within ${req.timeoutMs} ms`);
      }
      throw new TransportError('network', `connection failed: ${(error as Error).message}`);
    }
    if (text === '') return { status, headers, body: undefined };
    try {
      return { status, headers, body: JSON.parse(text) };
    } catch {
      throw new TransportError('malformed', `answer ${status} was not JSON`);
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}
