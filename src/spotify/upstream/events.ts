import type { Dropped } from './spec/decode.js';
import type { AppMode } from './app-mode.js';

/**
 * What the data source reports about its own traffic, for metrics and logs.
 * Every hook is optional; none of them ever receives a token or a secret. `requestId` names
 * the request on whose behalf Spotify was called.
 */
export interface UpstreamEvents {
  /** One HTTP exchange with Spotify (status 0 when no answer came). */
  call?(info: { endpoint: string; status: number; durationMs: number; mode: AppMode; requestId?: string }): void;
  /** An attempt failed and will be tried again after `delayMs`. */
  retry?(info: { endpoint: string; reason: string; attempt: number; delayMs: number; requestId?: string }): void;
  /** A 429 put every call on hold until `until` (epoch ms). */
  pause?(info: { endpoint: string; retryAfterSeconds: number; reason?: string; requestId?: string }): void;
  /** A call was not sent: the request's client (or its signed-in user) has spent its share of calls. */
  clientRefused?(info: { share: 'client' | 'user'; retryAfterSeconds: number; requestId?: string }): void;
  /** A new access token was fetched from the accounts service. */
  tokenFetched?(info: { expiresInSeconds: number; requestId?: string }): void;
  /** Spotify's answer held an item the gateway cannot use (null, malformed): it was left out. */
  /** The decoder cut a null or malformed part out of Spotify's answer (`path` "": the answer was unusable). */
  dropped?(info: Dropped): void;
  /** A call the gateway could not even form (an id from a payload that is no Spotify id): a bug to see. */
  unformable?(info: { endpoint: string; reason: string; requestId?: string }): void;
  /** A batch of keys went to Spotify through a loader. */
  batch?(info: { loader: string; size: number }): void;
}

/** One set of hooks that calls each of `parts` in turn (metrics, logs, tests…). */
export function combineEvents(...parts: (UpstreamEvents | undefined)[]): UpstreamEvents {
  const present = parts.filter((part): part is UpstreamEvents => part !== undefined);
  const fan =
    <K extends keyof UpstreamEvents>(key: K) =>
    (info: Parameters<NonNullable<UpstreamEvents[K]>>[0]) => {
      for (const part of present) (part[key] as ((i: typeof info) => void) | undefined)?.(info);
    };
  return {
    call: fan('call'),
    retry: fan('retry'),
    pause: fan('pause'),
    clientRefused: fan('clientRefused'),
    tokenFetched: fan('tokenFetched'),
    dropped: fan('dropped'),
    unformable: fan('unformable'),
    batch: fan('batch'),
  };
}
