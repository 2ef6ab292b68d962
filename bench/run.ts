// npm run bench: the gateway side by side with its ceilings, against the project's emulator.
// Every server runs as its own process; autocannon drives them from this one. Bounded in time
// (about four and a half minutes on two cores). Figures go to stdout and, with --write, to the
// "Benchmarks" section of BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { load, type LoadOptions } from './load.js';
import { cpuMs, rssMb, startService, type Service } from './processes.js';
import { benchQueries, type BenchQuery } from './queries.js';
import { BARE, CACHED, CEILING, render, REVALIDATED, SLOW, TUNED_CEILING, UNCACHED, writeSection, type Figures, type Row } from './report.js';
import { accessToken, apiCalls, DEMO_CLIENT, distinctTrackArtists, fixtures, resetCalls } from './upstream.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
/** Runs of the rows the targets compare (ceiling, uncached, cached); the best is kept. */
const REPEATS = Number(process.env.BENCH_REPEATS ?? 2);
const CONNECTIONS = 50;
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 30);
const LATENCY_MS = 50;
/** As the Docker image runs the gateway; graphql-js skips its development-only checks. */
const PRODUCTION = { NODE_ENV: 'production' };

const began = Date.now();
const log = (text: string) => process.stderr.write(`[${Math.round((Date.now() - began) / 1000)} s] ${text}\n`);

function build(): void {
  log('building…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
}

const startEmulator = (env: Record<string, string>) => startService('dist/emulator/main.js', env, (t) => t.includes('Spotify emulator'));

const startGateway = (emulator: Service, env: Record<string, string>) =>
  startService(
    'dist/server.js',
    {
      ...PRODUCTION,
      SPOTIFY_CLIENT_ID: DEMO_CLIENT.id,
      SPOTIFY_CLIENT_SECRET: DEMO_CLIENT.secret,
      SPOTIFY_ACCOUNTS_URL: emulator.url,
      SPOTIFY_API_URL: `${emulator.url}/v1`,
      // One info line per request would measure the log pipe, not the gateway.
      LOG_LEVEL: 'warn',
      ...env,
    },
    { path: '/health' },
    // The same heap bound as `npm start` and the Docker image.
    ['--max-old-space-size=128'],
  );

const post = (query: Pick<BenchQuery, 'query' | 'variables'>, headers: Record<string, string> = {}) => ({
  method: 'POST' as const,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ query: query.query, variables: query.variables }),
});

async function graphql(gateway: Service, query: BenchQuery): Promise<Response> {
  const response = await fetch(`${gateway.url}/graphql`, post(query));
  const text = await response.clone().text();
  if (text.includes('"errors"')) throw new Error(`${query.name} answered with errors: ${text.slice(0, 300)}`);
  return response;
}

/** Upstream calls one fresh request makes (no cache, fresh loaders). */
async function callsForOne(emulator: Service, gateway: Service, query: BenchQuery): Promise<number> {
  await resetCalls(emulator);
  await graphql(gateway, query);
  return apiCalls(emulator);
}

/** One row: a bounded load on `target`, with its CPU, memory and (given the emulator) upstream calls. */
async function measure(
  row: { query: string; scenario: string; clients?: number },
  target: Service,
  options: Omit<LoadOptions, 'connections' | 'seconds'>,
  upstream?: Service,
): Promise<Row> {
  const clients = row.clients ?? CONNECTIONS;
  log(`${row.query}: ${row.scenario}, ${clients} client${clients > 1 ? 's' : ''}…`);
  // A fresh process's first second is the JIT's, not the steady state's.
  await load({ ...options, connections: clients, seconds: 1 });
  await settled(upstream);
  if (upstream) await resetCalls(upstream);
  const cpuBefore = cpuMs(target.pid);
  const result = await load({ ...options, connections: clients, seconds: SECONDS });
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

/** Runs each of `runs` `REPEATS` times, interleaved, and keeps each one's best (by req/s). */
async function bestOf(runs: (() => Promise<Row>)[]): Promise<Row[]> {
  const best: Row[] = [];
  for (let round = 0; round < REPEATS; round++) {
    for (const [i, run] of runs.entries()) {
      const row = await run();
      if (!best[i] || row.result.requestsPerSecond > best[i].result.requestsPerSecond) best[i] = row;
    }
  }
  return best;
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

/** A trivial Yoga server whose answer is as large as the gateway's (the string plus 20 bytes of JSON). */
const startCeiling = (answerBytes: number, env: Record<string, string>) =>
  startService('bench/servers/trivial-yoga.mjs', { ...PRODUCTION, BYTES: String(answerBytes - 20), ...env }, (t) => t.includes('ready'));

const trivialQuery = post({ query: '{ answer }', variables: {} });

async function main() {
  build();
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB memory, Node ${process.version}`;
  log(`machine: ${machine}`);
  const services: Service[] = [];
  const started = async (service: Promise<Service>) => {
    services.push(await service);
    return services[services.length - 1];
  };
  try {
    const emulator = await started(startEmulator({ EMULATOR_MODE: 'development' }));
    const slowEmulator = await started(startEmulator({ EMULATOR_MODE: 'development', EMULATOR_LATENCY_MS: String(LATENCY_MS) }));
    const extendedEmulator = await started(startEmulator({ EMULATOR_MODE: 'extended' }));
    const uncached = await started(startGateway(emulator, { CACHE_TTL_SECONDS: '0' }));
    const cached = await started(startGateway(emulator, {}));
    const slow = await started(startGateway(slowEmulator, { CACHE_TTL_SECONDS: '0' }));
    const extended = await started(startGateway(extendedEmulator, { CACHE_TTL_SECONDS: '0', SPOTIFY_APP_MODE: 'extended' }));

    const token = await accessToken(emulator);
    const seeds = await fixtures(emulator);
    const queries = benchQueries(seeds, await distinctTrackArtists(emulator, token, seeds.bigAlbumId));
    const figures: Figures = { machine, seconds: SECONDS, repeats: REPEATS, connections: CONNECTIONS, soakSeconds: SOAK_SECONDS, rows: [], calls: [], floors: [], soak: [] };
    const { rows } = figures;

    for (const query of queries) {
      const answer = await (await graphql(uncached, query)).text();
      await graphql(slow, query);
      figures.calls.push({
        query: query.name,
        development: await callsForOne(emulator, uncached, query),
        extended: await callsForOne(extendedEmulator, extended, query),
        minimalDevelopment: query.minimalCalls('development'),
        minimalExtended: query.minimalCalls('extended'),
        criticalPath: `${query.roundTrips}: ${query.criticalPath}`,
      });
      figures.floors.push({ query: query.name, roundTrips: query.roundTrips, latencyMs: LATENCY_MS });
      const row = (scenario: string, clients?: number) => ({ query: query.name, scenario, clients });

      const ceiling = await startCeiling(answer.length, {});
      const tuned = await startCeiling(answer.length, { BODY_LIMIT: 'off' });
      try {
        const etag = (await graphql(cached, query)).headers.get('etag');
        // The rows the targets compare, interleaved and repeated: the cores are shared.
        const [base, cold, warm] = await bestOf([
          () => measure(row(CEILING), ceiling, { url: `${ceiling.url}/graphql`, ...trivialQuery }),
          () => measure(row(UNCACHED), uncached, { url: `${uncached.url}/graphql`, ...post(query) }, emulator),
          () => measure(row(CACHED), cached, { url: `${cached.url}/graphql`, ...post(query) }, emulator),
        ]);
        rows.push(base, await measure(row(TUNED_CEILING), tuned, { url: `${tuned.url}/graphql`, ...trivialQuery }));
        rows.push(await measure(row('1. raw REST to the emulator'), emulator, { url: `${emulator.url}${query.rawPath}`, headers: { authorization: `Bearer ${token}` } }));
        rows.push(cold, warm);
        if (query === queries[0] && etag) {
          rows.push(await measure(row(REVALIDATED), cached, { url: `${cached.url}/graphql`, ...post(query, { 'if-none-match': etag }), expectStatus: 304 }, emulator));
        }
      } finally {
        await Promise.all([ceiling.stop(), tuned.stop()]);
      }
      rows.push(await measure(row(SLOW), slow, { url: `${slow.url}/graphql`, ...post(query) }, slowEmulator));
      rows.push(await measure(row(SLOW, 1), slow, { url: `${slow.url}/graphql`, ...post(query) }, slowEmulator));
    }

    const bare = await startService('bench/servers/bare-http.mjs', { BYTES: '1000' }, (t) => t.includes('ready'));
    try {
      rows.push(await measure({ query: '(fixed bytes)', scenario: BARE }, bare, { url: bare.url }));
    } finally {
      await bare.stop();
    }

    // Memory: 100 clients for the soak time, twice, sampling RSS every 5 s.
    for (let round = 0; round < 2; round++) {
      log(`soak round ${round + 1}: 100 clients for ${SOAK_SECONDS} s…`);
      const samples: number[] = [];
      const sampler = setInterval(() => samples.push(rssMb(uncached.pid)), 5000);
      await load({ url: `${uncached.url}/graphql`, connections: 100, seconds: SOAK_SECONDS, ...post(queries[0]) });
      clearInterval(sampler);
      samples.push(rssMb(uncached.pid));
      figures.soak.push(samples);
    }

    const report = render(figures);
    console.log(report);
    if (process.argv.includes('--write')) {
      writeSection(report);
      log('written to BENCHMARKS.md');
    }
  } finally {
    await Promise.all(services.map((s) => s.stop()));
  }
}

await main();
