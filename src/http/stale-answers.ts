import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';

/** The kept facts past their TTL a request's execution was answered with (none: a fresh answer). */
export function staleFactsOf(context: unknown): readonly unknown[] {
  return (context as Partial<GatewayContext> | undefined)?.spotify?.staleFacts() ?? [];
}

/**
 * Says in `extensions.stale` which kept facts answered past their TTL: each one's path in
 * Spotify's Web API, its age in seconds and why (`revalidating` while one refresh runs, or what
 * kept Spotify from answering). Such an answer is a success, not an error; the response cache
 * does not store it and a GET of it is not sent `public, max-age` (http-caching.ts).
 */
export function useStaleAnswers(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          const stale = staleFactsOf(args.contextValue);
          if (stale.length === 0 || Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, stale } });
        },
      };
    },
  };
}
