import { SpotifyUnavailableError } from './errors.js';
import { beforeDeadline, type CallContext } from './call-context.js';

/**
 * App-token GETs in flight in this process, by URL: a request needing one already on its way
 * joins it instead of sending its own, whatever query text or field asked for it. The map is
 * per process by nature (a promise cannot be shared through Redis); replicas share what the
 * calls bring back through the catalog cache. Only the app's token is ever shared: a signed-in
 * user's reads never come here.
 */
export class SharedCalls<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

  /**
   * The call under `key` if one is in flight (`joined`), else the one `start` begins. The call
   * is forgotten once it settles: what it brought back lives in the caches, not here.
   */
  share(key: string, start: () => Promise<T>): { answer: Promise<T>; joined: boolean } {
    const running = this.inFlight.get(key);
    if (running) return { answer: running, joined: true };
    const answer = start();
    this.inFlight.set(key, answer);
    const forget = () => this.inFlight.delete(key);
    answer.then(forget, forget);
    return { answer, joined: false };
  }
}

/**
 * The context a shared call runs with: its own deadline and no abort signal, so that no one
 * waiter's deadline or abort cancels it for the others. What else the request that started it
 * carries (its id for the logs, and whatever the call is charged to) stays: the starter pays
 * for the call. No user token: a shared call is always the app's.
 */
export function sharedCallContext(starter: CallContext, timeoutMs: number): CallContext {
  const { signal: _signal, user: _user, deadline: _deadline, ...rest } = starter;
  return { ...rest, deadline: Date.now() + timeoutMs };
}

/**
 * The context of a call no request asked for (a background refresh): its own deadline, the id
 * of the request that noticed the need for the logs, and nothing that charges anyone.
 */
export function backgroundCallContext(noticedBy: CallContext, timeoutMs: number): CallContext {
  return { deadline: Date.now() + timeoutMs, requestId: noticedBy.requestId };
}

/** One waiter's view of a shared call: its own deadline and abort end its wait, never the call. */
export function waitFor<T>(answer: Promise<T>, call: CallContext): Promise<T> {
  const { signal } = call;
  const timely = beforeDeadline(answer, call.deadline);
  if (!signal) return timely;
  if (signal.aborted) return Promise.reject(new SpotifyUnavailableError('The request was abandoned while waiting for Spotify'));
  return new Promise<T>((resolve, reject) => {
    const abandoned = () => reject(new SpotifyUnavailableError('The request was abandoned while waiting for Spotify'));
    signal.addEventListener('abort', abandoned, { once: true });
    timely.then(resolve, reject).finally(() => signal.removeEventListener('abort', abandoned));
  });
}
