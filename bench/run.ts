// npm run bench: the gateway side by side with its ceilings, against the project's emulator.
// Every server runs as its own process; autocannon drives them from this one. Bounded in time
// (about eighteen minutes on two cores: half a minute of sustained load and two of fresh
// servers' first seconds, four and a half more for the gateway's own section, ten for the
// comparison with Apollo Server and Hive Gateway, two for the quota shield; the five-minute soak
// runs only with BENCH_ONLY=soak). Figures go to stdout and, with --write, to their sections of
// BENCHMARKS.md.
import { cpus, totalmem } from 'node:os';
import { load } from './load.js';
import { CONNECTIONS, log, measure, post, SECONDS } from './measure.js';
import { rssMb, startService, type Service } from './processes.js';
import { compare, comparedQueries } from './comparison.js';
import { COMPARISON_HEADING, renderComparison } from './comparison-report.js';
import { QUOTA_HEADING, quotaShieldSection } from './quota-shield.js';
import { benchQueries, type BenchQuery } from './queries.js';
import { BARE, CACHED, CEILING, render, REVALIDATED, SLOW, TUNED_CEILING, UNCACHED, writeSection, type Figures, type Row } from './report.js';
import { build, PRODUCTION, startApollo, startEmulator, startGateway, startHeapArgs } from './services.js';
import { renderSoak, soak, SOAK_HEADING } from './soak.js';
import { firstSeconds, renderFirstSeconds, renderSustained, sustained, type FreshServer } from './sustained.js';
import { accessToken, apiCalls, distinctTrackArtists, fixtures, resetCalls } from './upstream.js';

/** Runs of the rows the targets compare (ceiling, uncached, cached); the best is kept. */
const REPEATS = Number(process.env.BENCH_REPEATS ?? 2);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 30);
const LATENCY_MS = 50;
/** `comparison`, `gateway`, `quota` or `sustained` runs that section (or row) alone; `soak` runs the five-minute soak, which the full run leaves out. */
const ONLY = process.env.BENCH_ONLY;
/** The comparison's rows are longer than the gateway section's: three servers share each. */
const COMPARE_SECONDS = Number(process.env.BENCH_COMPARE_SECONDS ?? 10);
const COMPARE_RUNS = Number(process.env.BENCH_COMPARE_RUNS ?? 2);

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

/** A trivial Yoga server whose answer is as large as the gateway's (the string plus 20 bytes of JSON). */
const startCeiling = (answerBytes: number, env: Record<string, string>) =>
  startService('bench/servers/trivial-yoga.mjs', { ...PRODUCTION, BYTES: String(answerBytes - 20), ...env }, (t) => t.includes('ready'));

const trivialQuery = post({ query: '{ answer }', variables: {} });

type Started = (service: Promise<Service>) => Promise<Service>;

/** The "Benchmarks" section: the gateway against its ceilings, its calls, latency floors and memory. */
async function gatewaySection(machine: string, emulator: Service, slowEmulator: Service, started: Started): Promise<void> {
  const extendedEmulator = await started(startEmulator({ EMULATOR_MODE: 'extended' }));
  const uncached = await started(startGateway(emulator, { CACHE_TTL_SECONDS: '0' }));
  const cached = await started(startGateway(emulator, {}));
  const slow = await started(startGateway(slowEmulator, { CACHE_TTL_SECONDS: '0' }));
  const extended = await started(startGateway(extendedEmulator, { CACHE_TTL_SECONDS: '0', SPOTIFY_APP_MODE: 'extended' }));

  const token = await accessToken(emulator);
  const seeds = await fixtures(emulator);
  const queries = benchQueries(seeds, await distinctTrackArtists(emulator, token, seeds.bigAlbumId));
  const figures: Figures = { machine, seconds: SECONDS, repeats: REPEATS, connections: CONNECTIONS, soakSeconds: SOAK_SECONDS, nodeArgs: startHeapArgs(), rows: [], calls: [], floors: [], soak: [] };
  // First, while the machine is as quiet as the run gets: its own fresh gateway.
  figures.sustained = await sustainedRow(emulator);
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
}

/** The "Against what users would write instead" section: Apollo Server and Hive Gateway beside the gateway. */
async function comparisonSection(machine: string, emulator: Service, slowEmulator: Service, started: Started): Promise<void> {
  const queries = comparedQueries(await fixtures(emulator));
  const { runs, memory } = await compare({ fast: emulator, slow: slowEmulator }, queries, { seconds: COMPARE_SECONDS, runs: COMPARE_RUNS }, started);
  const report = renderComparison({ machine, seconds: COMPARE_SECONDS, latencyMs: LATENCY_MS, queries, runs, memory });
  console.log(report);
  if (process.argv.includes('--write')) {
    writeSection(report, COMPARISON_HEADING);
    log('written to BENCHMARKS.md');
  }
}

/**
 * The sustained-load row (a fresh gateway with `npm start`'s settings, 30 s of uncached search),
 * then the first second of fresh servers side by side: bare node:http, a trivial Yoga server,
 * Apollo Server + RESTDataSource and the gateway.
 */
async function sustainedRow(emulator: Service): Promise<string[]> {
  const query = benchQueries(await fixtures(emulator), 0)[0];
  const gateway = await startGateway(emulator, { CACHE_TTL_SECONDS: '0' });
  let row: string[];
  try {
    row = renderSustained(await sustained(gateway, query, startHeapArgs()));
  } finally {
    await gateway.stop();
  }
  const [search] = comparedQueries(await fixtures(emulator));
  const graphqlTarget = (operation: { query: string; variables: Record<string, unknown> }) => (service: Service) => ({ url: `${service.url}/graphql`, ...post(operation) });
  const servers: FreshServer[] = [
    { name: BARE, start: () => startService('bench/servers/bare-http.mjs', { BYTES: '1000' }, (t) => t.includes('ready')), target: (service) => ({ url: service.url }) },
    { name: 'trivial Yoga', start: () => startCeiling(1000, {}), target: graphqlTarget({ query: '{ answer }', variables: {} }) },
    { name: 'Apollo Server + RESTDataSource', start: () => startApollo(emulator), target: graphqlTarget(search.operation) },
    { name: 'this gateway', start: () => startGateway(emulator, { CACHE_TTL_SECONDS: '0' }), target: graphqlTarget(search.operation) },
  ];
  return [...row, '', ...renderFirstSeconds(await firstSeconds(servers))];
}

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
    if (ONLY === 'sustained') console.log((await sustainedRow(emulator)).join('\n'));
    else if (ONLY === 'soak') {
      const gateway = await started(startGateway(slowEmulator, { CACHE_TTL_SECONDS: '0', LOG_LEVEL: 'info' }));
      const report = renderSoak(await soak(gateway, comparedQueries(await fixtures(emulator)), startHeapArgs()), machine);
      console.log(report);
      if (process.argv.includes('--write')) writeSection(report, SOAK_HEADING);
    } else {
      if (ONLY === undefined || ONLY === 'gateway') await gatewaySection(machine, emulator, slowEmulator, started);
      if (ONLY === undefined || ONLY === 'comparison') await comparisonSection(machine, emulator, slowEmulator, started);
      if (ONLY === undefined || ONLY === 'quota') {
        const report = await quotaShieldSection(machine, started);
        console.log(report);
        if (process.argv.includes('--write')) writeSection(report, QUOTA_HEADING);
      }
    }
  } finally {
    await Promise.all(services.map((s) => s.stop()));
  }
}

await main();