import type { Emulator } from 'spotify-emulator';
import type { ChaosQuery } from './queries.js';

export interface BanReport {
  retryAfterSeconds: number;
  queries: number;
  /** Of `queries`, answered RATE_LIMITED with a retryAfter. */
  rateLimited: number;
  /** How the others ended, by their first error's code (or `data`): what failed to fail fast. */
  otherOutcomes: Record<string, number>;
  medianMs: number;
  slowestMs: number;
  /** Calls that reached the emulator while the ban lasted (must be 0). */
  upstreamCalls: number;
}

const BAN_SECONDS = 30;

/**
 * A long ban, measured on its own: one call meets a 429 with a Retry-After far over the wait
 * cap, then `queries` go out at `concurrency` while it lasts. Every one must fail fast with
 * RATE_LIMITED, and none may reach Spotify.
 */
export async function banPhase(emulator: Emulator, url: string, queries: ChaosQuery[], concurrency: number): Promise<BanReport> {
  const post = async ({ query, variables }: ChaosQuery) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { errors?: { extensions?: { code?: string; retryAfter?: number } }[] };
  };
  emulator.faults.clear();
  emulator.faults.add({ match: { host: 'api' }, kind: 'rate-limit', retryAfter: BAN_SECONDS, times: 1 });
  await post({ query: '{ search(query: "ban") { artists(first: 1) { totalCount } } }', variables: {} });
  const callsBefore = emulator.countCalls();
  const timings: number[] = [];
  let rateLimited = 0;
  const otherOutcomes: Record<string, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < queries.length) {
      const query = queries[next++];
      const sentAt = performance.now();
      const body = await post(query);
      timings.push(performance.now() - sentAt);
      const error = body.errors?.[0]?.extensions;
      if (error?.code === 'RATE_LIMITED' && typeof error.retryAfter === 'number' && error.retryAfter > 0) rateLimited += 1;
      else {
        const outcome = error ? `${error.code ?? 'no code'} (retryAfter ${error.retryAfter ?? 'none'})` : 'data';
        otherOutcomes[outcome] = (otherOutcomes[outcome] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  timings.sort((a, b) => a - b);
  return {
    retryAfterSeconds: BAN_SECONDS,
    queries: queries.length,
    rateLimited,
    otherOutcomes,
    medianMs: Math.round(timings[Math.floor(timings.length / 2)] ?? 0),
    slowestMs: Math.round(timings.at(-1) ?? 0),
    upstreamCalls: emulator.countCalls() - callsBefore,
  };
}
