import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../error-codes.js';

const CODE: ErrorCode = 'CLIENT_RATE_LIMITED';

/**
 * A client over its share of calls to Spotify is told so in HTTP as well: 429 with
 * `Retry-After` (the longest wait among its refused fields), while the body still carries
 * every field the gateway could answer without calling Spotify. Yoga reads the status and
 * headers from the result's `extensions.http` and leaves them out of the body.
 */
export function useClientRateLimitStatus(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      // A batch is answered as one HTTP response for several results: its status stays 200.
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const single = result as ExecutionResult;
      const waits = (single.errors ?? []).filter((error) => error.extensions?.code === CODE).map((error) => Number(error.extensions?.retryAfter) || 1);
      if (waits.length === 0) return;
      setResult({ ...single, extensions: { ...single.extensions, http: { status: 429, headers: { 'retry-after': String(Math.max(...waits)) } } } });
    },
  };
}
