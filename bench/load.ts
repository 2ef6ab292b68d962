import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** The status every answer should have (default: any 2xx). */
  expectStatus?: 304;
  /** Bodies to send in turn, one per request, instead of `body`. */
  bodies?: string[];
}

/** A request setup that gives each request the next of `bodies`. */
function nextBody(bodies: string[]) {
  let next = 0;
  return (request: autocannon.Request) => ({ ...request, body: bodies[next++ % bodies.length] });
}

/** One bounded autocannon run; unexpected statuses, socket errors and timeouts count as failures. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    ...(options.bodies && { requests: [{ setupRequest: nextBody(options.bodies) }] }),
  });
  const unexpected = options.expectStatus === 304 ? result.non2xx - result['3xx'] + result['2xx'] : result.non2xx;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: unexpected + result.errors + result.timeouts,
  };
}
