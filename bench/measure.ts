// One measured row: a bounded load on a server process, with its CPU, memory and upstream calls.
import { load, type LoadOptions } from './load.js';
import { cpuMs, rssMb, type Service } from './processes.js';
import type { Row } from './report.js';
import { apiCalls, resetCalls } from './upstream.js';

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
export const CONNECTIONS = 50;

const began = Date.now();
export const log = (text: string) => process.stderr.write(`[${Math.round((Date.now() - began) / 1000)} s] ${text}\n`);

/** The value below which `fraction` of `values` lie (the lower of two middles for a median); 0 for none. */
export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

export const post = (query: { query: string; variables: Record<string, unknown> }, headers: Record<string, string> = {}) => ({
  method: 'POST' as const,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ query: query.query, variables: query.variables }),
});

/** One row: a bounded load on `target`, with its CPU, memory and (given the emulator) upstream calls. */
export async function measure(
  row: { query: string; scenario: string; clients?: number },
  target: Service,
  options: Omit<LoadOptions, 'connections' | 'seconds'>,
  upstream?: Service,
  seconds = SECONDS,
): Promise<Row> {
  const clients = row.clients ?? CONNECTIONS;
  log(`${row.query}: ${row.scenario}, ${clients} client${clients > 1 ? 's' : ''}…`);
  // A fresh process's first second is the JIT's, not the steady state's.
  await load({ ...options, connections: clients, seconds: 1 });
  await settled(upstream);
  if (upstream) await resetCalls(upstream);
  const cpuBefore = cpuMs(target.pid);
  const result = await load({ ...options, connections: clients, seconds });
  const calls = await settled(upstream);
  // Each client had one request in flight when the run stopped; it was served all the same.
  const served = result.requests + clients;
  return {
    ...row,
    clients,
    result,
    cpuUs: Math.round(((cpuMs(target.pid) - cpuBefore) * 1000) / served),
    callsPerRequest: calls === undefined ? undefined : Math.round((calls / served) * 100) / 100,
    rss: rssMb(target.pid),
  };
}

/**
 * Waits until requests left in flight by a run are answered: the upstream call count stops
 * moving (or, without an upstream to watch, a moment). Returns that count.
 */
async function settled(upstream: Service | undefined): Promise<number | undefined> {
  const pause = () => new Promise((r) => setTimeout(r, 300));
  if (!upstream) return void (await pause());
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const now = await apiCalls(upstream);
    if (now === last) return now;
    last = now;
    await pause();
  }
  return last;
}
