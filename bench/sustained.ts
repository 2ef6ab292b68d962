// The sustained-load row: a fresh gateway started with the settings `npm start` gives it (the
// heap cap included), under 32 clients for 30 s with caches off, and its throughput second by
// second. A heap cap too small for the working set shows here and nowhere else: the collector
// keeps up for a few seconds, then runs all the time, and throughput falls and stays down.
// Beside it, the first second of fresh servers, the gateway's and others', against their warm
// throughput: what a replica that starts under load pays while V8 compiles its request path.
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

/** What autocannon sends: a URL, and for GraphQL servers the POST of a query. */
type Target = { url: string } & Partial<ReturnType<typeof post>>;

/** `seconds` of load from `clients` clients on `service`, counted second by second. */
async function perSecondLoad(service: Service, target: Target, clients: number, seconds: number) {
  const perSecond: number[] = [];
  const rss: number[] = [];
  const cpuBefore = cpuMs(service.pid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ ...target, connections: clients, duration: seconds }, (error, done) => (error ? reject(error as Error) : resolve(done)));
    // autocannon's tick (an event its types leave out): once a second, that second's responses.
    (run as unknown as NodeJS.EventEmitter).on('tick', ({ counter }: { counter: number }) => {
      perSecond.push(counter);
      rss.push(rssMb(service.pid));
    });
  });
  const served = result.requests.total + clients;
  return {
    // A last tick may come as the run stops, with the stragglers of a part second.
    perSecond: perSecond.slice(0, seconds),
    rss: rss.slice(0, seconds),
    cpuUsPerRequest: Math.round(((cpuMs(service.pid) - cpuBefore) * 1000) / served),
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** Runs the load on `gateway`, which must be fresh (never loaded before). */
export async function sustained(gateway: Service, query: BenchQuery, nodeArgs: string[], seconds = SUSTAINED_SECONDS): Promise<Sustained> {
  log(`sustained: ${query.name}, ${SUSTAINED_CLIENTS} clients for ${seconds} s on a fresh gateway…`);
  const load = await perSecondLoad(gateway, { url: `${gateway.url}/graphql`, ...post(query) }, SUSTAINED_CLIENTS, seconds);
  return { query: query.name, nodeArgs, ...load };
}

/** A server the first-second comparison starts fresh, and the request it is loaded with. */
export interface FreshServer {
  name: string;
  start(): Promise<Service>;
  target(service: Service): Target;
}

export interface FirstSecond {
  server: string;
  run: number;
  idleRssMb: number;
  perSecond: number[];
}

/** The target: a fresh gateway's first second at no less than this share of its warm throughput. */
export const FIRST_SECOND_TARGET = 0.8;
/** Seconds each fresh server is loaded for: by the last of them, each has reached its warm throughput. */
export const FIRST_SECOND_SECONDS = 10;

/**
 * Each server started fresh, under the sustained row's clients from its first request: how
 * far its first second falls short of its warm throughput. Servers take turns, `runs` times.
 */
export async function firstSeconds(servers: FreshServer[], runs = 2): Promise<FirstSecond[]> {
  const results: FirstSecond[] = [];
  for (let run = 1; run <= runs; run++) {
    for (const server of servers) {
      log(`first second: ${server.name}, fresh, ${SUSTAINED_CLIENTS} clients for ${FIRST_SECOND_SECONDS} s (run ${run})…`);
      const service = await server.start();
      try {
        const idleRssMb = rssMb(service.pid);
        const { perSecond } = await perSecondLoad(service, server.target(service), SUSTAINED_CLIENTS, FIRST_SECOND_SECONDS);
        results.push({ server: server.name, run, idleRssMb, perSecond });
      } finally {
        await service.stop();
      }
    }
  }
  return results;
}

/** Its best second: on shared cores a dip in a later second says nothing of warming, the best does. */
const warmOf = (f: FirstSecond) => Math.max(1, ...f.perSecond);

export function renderFirstSeconds(results: FirstSecond[]): string[] {
  return [
    '#### The first second, side by side',
    '',
    `Each server started fresh (its idle RSS taken just before), then ${SUSTAINED_CLIENTS} clients for ${FIRST_SECOND_SECONDS} s from its first request; its warm throughput is its best second. The gateway and Apollo Server + RESTDataSource answer the comparison's search (uncached, \`NODE_ENV=production\`), the trivial Yoga server \`{ answer }\`, bare \`node:http\` fixed bytes. Target for the gateway: first second ≥ ${FIRST_SECOND_TARGET} × warm.`,
    '',
    '| server | run | idle RSS MB | req/s, second by second | first second ÷ warm |',
    '|---|---|---|---|---|',
    ...results.map((f) => `| ${f.server} | ${f.run} | ${f.idleRssMb} | ${f.perSecond.join(', ')} | ${(f.perSecond[0] / warmOf(f)).toFixed(2)} |`),
  ];
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
