import { AsyncLocalStorage } from 'node:async_hooks';

// The id of the request being served, visible to everything that runs on its behalf (resolvers,
// loaders, calls to Spotify), so that upstream log lines name the request that caused them.
const scope = new AsyncLocalStorage<string>();

export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return scope.run(requestId, fn);
}

/** The current request's id, or undefined outside any request (a readiness check, start-up). */
export function currentRequestId(): string | undefined {
  return scope.getStore();
}
