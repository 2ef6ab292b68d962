// The sustained-load row: a fresh gateway started with the settings `npm start` gives it (the
// heap cap included), under 32 clients for 30 s with caches off, and its throughput second by
// second. A heap cap too small for the working set shows here and nowhere else: the collector
// keeps up for a few seconds, then runs all the time, and throughput falls and stays down.
import autocannon from 'autocannon';
import { log, post } from './measure.js';
import { cpuMs, rssMb, type Service } from './processes.js';
import type { BenchQuery } from './queries.js';

export const SUSTAINED_SECONDS = Number(process.env.BENCH_SUSTAINED_SECONDS ?? 30);
export const SUSTAINED_CLIENTS = 32;
/** The target: the last 10 s at no less than this share of the best second. */
export const SUSTAINED_TARGET = 0.8;

export interface Sustained {
  query: string;
  /** Node's flags for the gateway, as `npm start` passes them. */
  nodeArgs: string[];
  /** Requests answered in each second, from the first. */
  perSecond: number[];
  /** RSS at the end of each second, MB. */
  rss: number[];
  cpuUsPerRequest: number;
  failures: number;
}

/** Runs the load on `gateway`, which must be fresh (never loaded before). */
export async function sustained(gateway: Service, query: BenchQuery, nodeArgs: string[], seconds = SUSTAINED_SECONDS): Promise<Sustained> {
  log(`sustained: ${query.name}, ${SUSTAINED_CLIENTS} clients for ${seconds} s on a fresh gateway…`);
  const perSecond: number[] = [];
  const rss: number[] = [];
  const cpuBefore = cpuMs(gateway.pid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ url: `${gateway.url}/graphql`, connections: SUSTAINED_CLIENTS, duration: seconds, ...post(query) }, (error, done) =>
      error ? reject(error as Error) : resolve(done),
    );
    // autocannon's tick (an event its types leave out): once a second, that second's responses.
    (run as unknown as NodeJS.EventEmitter).on('tick', ({ counter }: { counter: number }) => {
      perSecond.push(counter);
      rss.push(rssMb(gateway.pid));
    });
  });
  const served = result.requests.total + SUSTAINED_CLIENTS;
  return {
    query: query.name,
    nodeArgs,
    // A last tick may come as the run stops, with the stragglers of a part second.
    perSecond: perSecond.slice(0, seconds),
    rss: rss.slice(0, seconds),
    cpuUsPerRequest: Math.round(((cpuMs(gateway.pid) - cpuBefore) * 1000) / served),
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** The last 10 s's mean over the best second. */
export const sustainedRatio = (s: Sustained) => {
  const last = s.perSecond.slice(-10);
  return last.reduce((a, b) => a + b, 0) / Math.max(1, last.length) / Math.max(1, ...s.perSecond);
};

export function renderSustained(s: Sustained): string[] {
  const ratio = sustainedRatio(s);
  return [
    `### Sustained load on a fresh process (${s.perSecond.length} s)`,
    '',
    `${s.query}, ${SUSTAINED_CLIENTS} clients, caches off, on a gateway started as \`npm start\` starts it (\`node ${s.nodeArgs.join(' ')} dist/server.js\`, \`NODE_ENV=production\`), its first request being the load's. Target: the last 10 s at ≥ ${SUSTAINED_TARGET} × the best second. Rerun alone with \`BENCH_ONLY=sustained npm run bench\`.`,
    '',
    `- req/s, second by second: ${s.perSecond.join(', ')}`,
    `- best second ${Math.max(...s.perSecond)}, last 10 s ${Math.round(ratio * Math.max(...s.perSecond))} req/s: **${ratio.toFixed(2)} ×** the best (${ratio >= SUSTAINED_TARGET ? 'meets' : 'misses'} the target); first second ${s.perSecond[0]} (${(s.perSecond[0] / Math.max(1, ...s.perSecond)).toFixed(2)} × the best)`,
    `- RSS every 5 s: ${s.rss.filter((_, i) => i % 5 === 4).join(', ')} MB; server CPU ${s.cpuUsPerRequest} µs per request; failures ${s.failures}`,
  ];
}
