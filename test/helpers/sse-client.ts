import { createClient, type ExecutionResult } from 'graphql-sse';

/** A subscription over Server-Sent Events (graphql-sse, distinct connections), as a browser tab holds one. */
export interface Subscription {
  /** Every result received so far, in order. */
  results: ExecutionResult<any, unknown>[];
  /** The first result from now on (or already received, unseen) that passes `test`; fails after `timeoutMs`. */
  next(test?: (result: ExecutionResult<any, unknown>) => boolean, timeoutMs?: number): Promise<ExecutionResult<any, unknown>>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  /** Leaves, as a closed tab does (the connection closes). */
  close(): Promise<void>;
}

export function subscribe(url: string, token: string, query: string): Subscription {
  const client = createClient({ url, headers: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  const iterator = client.iterate<any>({ query });
  const results: ExecutionResult<any, unknown>[] = [];
  let seen = 0;
  let wake: (() => void) | undefined;
  const ended = (async () => {
    try {
      for await (const result of iterator) {
        results.push(result);
        wake?.();
      }
    } catch {
      // A closed connection ends the loop too.
    } finally {
      wake?.();
    }
  })();
  let done = false;
  void ended.then(() => (done = true));
  return {
    results,
    ended,
    async next(test = () => true, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        while (seen < results.length) {
          const result = results[seen++];
          if (test(result)) return result;
        }
        if (done) throw new Error(`the stream ended; results: ${JSON.stringify(results)}`);
        const left = until - Date.now();
        if (left <= 0) throw new Error(`no such result within ${timeoutMs} ms; results: ${JSON.stringify(results)}`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, Math.min(left, 200));
        });
      }
    },
    async close() {
      await iterator.return?.();
      client.dispose();
      await ended;
    },
  };
}

/** Resolves once `check` holds, polling it; fails after `timeoutMs`. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
