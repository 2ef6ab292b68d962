// The soak: a fresh gateway (npm start's flags, logging at its default level, caches off) under
// 50 clients for five minutes over an upstream that takes 50 ms, half asking the seeds' search
// and half an artist with 10 albums, measured in back-to-back 5 s windows: p50, p99 and server
// CPU per request in each. A stall (the collector running all the time, a log pipe backing
// up, a queue that grows) shows as a window whose p99 stands out from the rest. Beside the
// clients' p99, the gateway's own (from its request log lines) and, from its /metrics, its
// event loop's longest delay and its time in the collector: they tell a stall in the gateway
// from one in the load generator or elsewhere on the machine.
import { createInterface } from 'node:readline';
import { load, type LoadResult } from './load.js';
import { log, percentile, post } from './measure.js';
import { cpuMs, rssMb, type Service } from './processes.js';
import type { ComparedQuery } from './comparison.js';

export const SOAK_SECONDS = Number(process.env.BENCH_SOAK_MINUTES ?? 5) * 60;
const WINDOW_SECONDS = 5;
const CLIENTS = 50;
/** The target: no window's p99 above this many times the soak's median p99. */
export const SOAK_P99_TARGET = 2;

export const SOAK_HEADING = '## Soak: five minutes at 50 clients';

interface Window {
  /** Per query: its load's result in the window. */
  results: LoadResult[];
  cpuUsPerRequest: number;
  rss: number;
  /** p99 of the time the gateway itself took, request to response (its log lines' durationMs), ms. */
  gatewayP99: number;
  /** The gateway's longest event-loop delay in the window, and its time in the collector, ms. */
  loopDelayMaxMs: number;
  gcMs: number;
}

/** From the gateway's /metrics: its event loop's longest delay since the previous scrape, and its time in the collector so far (ms). */
async function processFigures(gateway: Service): Promise<{ loopDelayMaxMs: number; gcTotalMs: number }> {
  const text = await (await fetch(`${gateway.url}/metrics`)).text();
  const loopDelayMax = Number(/^nodejs_eventloop_lag_max_seconds (\S+)/m.exec(text)?.[1] ?? NaN);
  const gc = [...text.matchAll(/^nodejs_gc_duration_seconds_sum\{[^}]*\} (\S+)/gm)].reduce((total, match) => total + Number(match[1]), 0);
  if (Number.isNaN(loopDelayMax)) throw new Error("the gateway's /metrics has no nodejs_eventloop_lag_max_seconds");
  return { loopDelayMaxMs: Math.round(loopDelayMax * 1000), gcTotalMs: gc * 1000 };
}

export interface Soak {
  queries: string[];
  nodeArgs: string[];
  windows: Window[];
}

/** Runs the soak on `gateway`, which must be fresh; the clients are shared out evenly between `queries`. */
export async function soak(gateway: Service, queries: ComparedQuery[], nodeArgs: string[], seconds = SOAK_SECONDS): Promise<Soak> {
  log(`soak: ${CLIENTS} clients for ${seconds} s in ${WINDOW_SECONDS} s windows…`);
  const windows: Window[] = [];
  let durations: number[] = [];
  const lines = createInterface({ input: gateway.stdout });
  lines.on('line', (line) => {
    const duration = /"durationMs":([\d.]+)/.exec(line)?.[1];
    if (duration !== undefined) durations.push(Number(duration));
  });
  // A first scrape: the loop's delay counts from here, the collector's time from what starting spent.
  let { gcTotalMs } = await processFigures(gateway);
  try {
    for (let at = 0; at < seconds; at += WINDOW_SECONDS) {
      const cpuBefore = cpuMs(gateway.pid);
      const results = await Promise.all(
        queries.map((query) => load({ url: `${gateway.url}/graphql`, connections: CLIENTS / queries.length, seconds: WINDOW_SECONDS, ...post(query.operation) })),
      );
      const served = results.reduce((total, r) => total + r.requests, 0) + CLIENTS;
      const answered = durations;
      durations = [];
      const now = await processFigures(gateway);
      windows.push({
        results,
        cpuUsPerRequest: Math.round(((cpuMs(gateway.pid) - cpuBefore) * 1000) / served),
        rss: rssMb(gateway.pid),
        gatewayP99: p99(answered),
        loopDelayMaxMs: now.loopDelayMaxMs,
        gcMs: Math.round(now.gcTotalMs - gcTotalMs),
      });
      gcTotalMs = now.gcTotalMs;
    }
  } finally {
    lines.close();
  }
  if (windows.every((w) => w.gatewayP99 === 0)) throw new Error('the gateway logged no request lines: the soak runs it with LOG_LEVEL=info');
  return { queries: queries.map((q) => q.name), nodeArgs, windows };
}

const p99 = (values: number[]) => Math.round(percentile(values, 0.99));
const median = (values: number[]) => percentile(values, 0.5);

export function renderSoak(s: Soak, machine: string): string {
  const medians = s.queries.map((_, q) => median(s.windows.map((w) => w.results[q].p99)));
  const worst = s.queries.map((_, q) => Math.max(...s.windows.map((w) => w.results[q].p99)));
  const over = s.windows.filter((w) => w.results.some((r, q) => r.p99 > SOAK_P99_TARGET * medians[q])).length;
  const failures = s.windows.reduce((total, w) => total + w.results.reduce((t, r) => t + r.failures, 0), 0);
  const gatewayMedian = median(s.windows.map((w) => w.gatewayP99));
  const gatewayWorst = Math.max(...s.windows.map((w) => w.gatewayP99));
  return [
    SOAK_HEADING,
    '',
    `${new Date().toISOString().slice(0, 10)}, ${machine}. A fresh gateway started as \`npm start\` starts it (\`node ${s.nodeArgs.join(' ')} dist/server.js\`, \`NODE_ENV=production\`, \`LOG_LEVEL\` at its default, info: one line per request to a pipe the benchmark reads), caches off (\`CACHE_TTL_SECONDS=0\`), against the emulator with 50 ms added to every call. ${CLIENTS} clients for ${s.windows.length * WINDOW_SECONDS} s, half asking each query, in back-to-back ${WINDOW_SECONDS} s autocannon windows (\`bench/soak.ts\`; \`BENCH_ONLY=soak npm run bench -- --write\`). Target: no window's p99 above ${SOAK_P99_TARGET} × the soak's median p99.`,
    '',
    ...s.queries.map((name, q) => `- ${name}: median p99 ${medians[q]} ms, worst window ${worst[q]} ms (${(worst[q] / Math.max(1, medians[q])).toFixed(2)} × the median)`),
    `- windows with a p99 above ${SOAK_P99_TARGET} × its median: **${over} of ${s.windows.length}** (${over === 0 ? 'meets' : 'misses'} the target); failures ${failures}`,
    `- the gateway's own p99 (request to response inside it, both queries, from its log lines' \`durationMs\`): median ${gatewayMedian} ms, worst window ${gatewayWorst} ms (${(gatewayWorst / Math.max(1, gatewayMedian)).toFixed(2)} × the median)`,
    '',
    `| window (s) | ${s.queries.map((name) => `${name}: req/s, p50 / p99 ms`).join(' | ')} | the gateway's own p99 ms | its longest event-loop delay ms | its time in the collector ms | server CPU µs / request | RSS MB |`,
    `|---|${s.queries.map(() => '---|').join('')}---|---|---|---|---|`,
    ...s.windows.map(
      (w, i) =>
        `| ${i * WINDOW_SECONDS}–${(i + 1) * WINDOW_SECONDS} | ${w.results.map((r) => `${r.requestsPerSecond}, ${r.p50} / ${r.p99}`).join(' | ')} | ${w.gatewayP99} | ${w.loopDelayMaxMs} | ${w.gcMs} | ${w.cpuUsPerRequest} | ${w.rss} |`,
    ),
    '',
  ].join('\n');
}
