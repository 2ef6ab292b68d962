// Where the gateway's time goes per request, measured from outside its code:
//   1. CPU profiles (`node --cpu-prof`) of the gateway at 50 clients, uncached: every client
//      asking the seeds' search, then each request searching for another artist, summarised by
//      bench/cpuprofile-summary.ts over the measured window alone (PROFILE_CPU=off skips them);
//   2. bench/probes/latency-probe.mjs loaded into fresh gateways: the phases of a request,
//      event-loop delay, GC, timers and AbortControllers, at 32 clients on the plain emulator
//      and at 1 and 50 clients over a 50 ms upstream, each request's stages from the gateway's
//      own diagnostics channels, and Apollo Server + RESTDataSource seen the same way; with
//      PROFILE_VARIANTS set, the 50-client run again under other settings, e.g.
//      `UPSTREAM_CONCURRENCY=128;LOG_LEVEL=error`.
// Run with `npm run bench:profile` (about three minutes); `-- --write` puts the figures in BENCHMARKS.md.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderSummary, summarise, type CpuProfile } from './cpuprofile-summary.js';
import { load } from './load.js';
import { log, post } from './measure.js';
import type { Service } from './processes.js';
import { artistPool, comparedQueries } from './comparison.js';
import { benchQueries } from './queries.js';
import { fixtures } from './upstream.js';
import { writeSection } from './report.js';
import { build, startApollo, startEmulator, startGateway } from './services.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const HEADING = "## Where the gateway's time goes";
const search = benchQueries({ bigAlbumId: '' }, 0)[0];
const UNCACHED = { CACHE_TTL_SECONDS: '0' };
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/** A warm-up second, then the measured load; returns the requests answered and the window on the monotonic clock. */
async function measuredLoad(gateway: Service, clients: number, before?: () => void, bodies?: string[]) {
  const options = { url: `${gateway.url}/graphql`, ...post(search), bodies };
  await load({ ...options, connections: clients, seconds: 1 });
  // The warm-up's clients leave with requests in flight; their calls must not spill into the window.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  before?.();
  const fromUs = monotonicUs();
  const result = await load({ ...options, connections: clients, seconds: SECONDS });
  return { result, fromUs, toUs: monotonicUs(), served: result.requests + clients };
}

/**
 * A CPU profile of the gateway under 50 clients: of the seeds' search, which every client asks
 * (most requests join a call in flight), or, given `bodies`, of searches for another artist
 * each (every request makes its own call, as a comparator's does).
 */
async function cpuProfile(emulator: Service, what: string, bodies?: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-profile-'));
  const gateway = await startGateway(emulator, UNCACHED, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  log(`CPU profile: ${what}, 50 clients, ${SECONDS} s…`);
  const measured = await measuredLoad(gateway, 50, undefined, bodies);
  await gateway.stop();
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('the gateway wrote no CPU profile');
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  return [
    `**${what}**, 50 clients, ${SECONDS} s after a 1 s warm-up: ${measured.result.requestsPerSecond} req/s with the profiler on (p50 ${measured.result.p50} ms, p99 ${measured.result.p99} ms); self time within the measured window only.`,
    '',
    renderSummary(summarise(profile, measured), measured.served),
  ].join('\n');
}

/** The comparison's search, once per artist of the emulator's catalog. */
async function distinctSearches(emulator: Service): Promise<string[]> {
  const [searchQuery] = comparedQueries(await fixtures(emulator));
  const { name } = await artistPool(emulator);
  return name.map((q) => JSON.stringify({ query: searchQuery.operation.query, variables: { q } }));
}

interface Probe {
  seconds: number;
  served: number;
  eventLoopUtilisation: number;
  eventLoopDelayMs: Record<'mean' | 'p50' | 'p99' | 'max', number>;
  maxInFlightUpstream: number;
  connectionsOpened: number;
  gcPausesPerRequest: number;
  gcMsPerRequest: number;
  gcShareOfWall: number;
  timeoutsPerRequest: number;
  abortControllersPerRequest: number;
  traced: number;
  untraced: number;
  stages: Record<string, Phase>;
  [phase: string]: unknown;
}
type Phase = { mean: number; p50: number; p99: number };

type Probed = { name: string; clients: number; probe: Probe; rps: number; p50: number; p99: number };
/** Loads the probe into a process: `start` is given the environment and Node flags that do it. */
type StartProbed = (env: Record<string, string>, nodeArgs: string[]) => Promise<Service>;

const probed = (name: string, emulator: Service, clients: number, env: Record<string, string> = {}) =>
  probedServer(name, (probeEnv, nodeArgs) => startGateway(emulator, { ...UNCACHED, ...env, ...probeEnv }, nodeArgs), clients);

async function probedServer(name: string, start: StartProbed, clients: number): Promise<Probed> {
  const out = join(mkdtempSync(join(tmpdir(), 'gateway-probe-')), 'probe.json');
  const gateway = await start({ PROBE_OUT: out }, ['--import', './bench/probes/latency-probe.mjs']);
  log(`probe: ${name}, ${clients} client${clients > 1 ? 's' : ''}…`);
  const measured = await measuredLoad(gateway, clients, () => process.kill(gateway.pid, 'SIGUSR2'));
  // The window's figures are taken when the load stops.
  await gateway.stop();
  const probe = JSON.parse(readFileSync(out, 'utf8')) as Probe;
  return { name, clients, probe, rps: measured.result.requestsPerSecond, p50: measured.result.p50, p99: measured.result.p99 };
}

function probeTable(runs: Probed[]): string {
  const phase = (p: Probe, key: string) => {
    const h = p[key] as Phase;
    return `${h.p50} / ${h.p99}`;
  };
  // One call per request (the search): what is left of a request's time once its call is taken out.
  const outside = (p: Probe) => ((p.total as Phase).mean - (p.callsPerRequest as number) * (p.call as Phase).mean).toFixed(2);
  return [
    '| run | clients | req/s | client p50 / p99 ms | event-loop utilisation | event-loop lateness p50 / p99 / max ms | in the gateway, start → finish p50 / p99 ms | upstream call p50 / p99 ms | … waiting in undici p50 / p99 ms | … until response headers p50 / p99 ms | mean ms in the gateway outside its call | upstream calls in flight (max) | connections opened | GC ms / request | GC share of wall time | setTimeout / request | AbortController / request |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...runs.map(
      ({ name, clients, probe: p, rps, p50, p99 }) =>
        `| ${name} | ${clients} | ${rps} | ${p50} / ${p99} | ${p.eventLoopUtilisation} | ${p.eventLoopDelayMs.p50} / ${p.eventLoopDelayMs.p99} / ${p.eventLoopDelayMs.max} | ${phase(p, 'total')} | ${phase(p, 'call')} | ${phase(p, 'undiciQueue')} | ${phase(p, 'upstreamHead')} | ${outside(p)} | ${p.maxInFlightUpstream} | ${p.connectionsOpened} | ${p.gcMsPerRequest} | ${p.gcShareOfWall} | ${p.timeoutsPerRequest} | ${p.abortControllersPerRequest} |`,
    ),
  ].join('\n');
}

/** One column per run: each stage's p50 / mean in ms, for the requests whose own call was traced. */
function stageTable(runs: Probed[]): string {
  const names = Object.keys(runs[0].probe.stages);
  const sum = (p: Probe, key: 'p50' | 'mean') => Object.values(p.stages).reduce((total, phase) => total + phase[key], 0).toFixed(2);
  return [
    `| stage | ${runs.map((r) => `${r.name}, ${r.clients} client${r.clients > 1 ? 's' : ''}: p50 / mean ms`).join(' | ')} |`,
    `|---|${runs.map(() => '---|').join('')}`,
    ...names.map((name) => `| ${name} | ${runs.map((r) => `${r.probe.stages[name].p50} / ${r.probe.stages[name].mean}`).join(' | ')} |`),
    `| **sum** (p50s; means) | ${runs.map((r) => `${sum(r.probe, 'p50')}; ${sum(r.probe, 'mean')}`).join(' | ')} |`,
    `| requests traced / joined another's call | ${runs.map((r) => `${r.probe.traced} / ${r.probe.untraced}`).join(' | ')} |`,
  ].join('\n');
}

/** `A=1;B=2` → { A: '1', B: '2' }. */
const parseVariant = (text: string) => Object.fromEntries(text.split(';').map((pair) => pair.split('=') as [string, string]));

async function main() {
  build();
  const emulator = await startEmulator({ EMULATOR_MODE: 'development' });
  const slowEmulator = await startEmulator({ EMULATOR_MODE: 'development', EMULATOR_LATENCY_MS: '50' });
  try {
    const profile =
      process.env.PROFILE_CPU === 'off'
        ? '(skipped: PROFILE_CPU=off)'
        : [
            await cpuProfile(emulator, "uncached seeds' search, every client asking the same"),
            await cpuProfile(emulator, 'uncached searches, each for another artist', await distinctSearches(emulator)),
          ].join('\n\n');
    const runs = [
      await probed('plain emulator', emulator, 32),
      await probed('50 ms upstream', slowEmulator, 1),
      await probed('50 ms upstream', slowEmulator, 50),
    ];
    for (const variant of (process.env.PROFILE_VARIANTS ?? '').split(',').filter(Boolean)) {
      runs.push(await probed(`50 ms upstream, ${variant.replace(/;/g, ', ')}`, slowEmulator, 50, parseVariant(variant)));
    }
    // The same outside view of Apollo Server + RESTDataSource (its calls go through node-fetch,
    // which undici's channels do not see): its time from request to response, beside ours.
    const apollo = await probedServer('Apollo Server + RESTDataSource, 50 ms upstream', (env, nodeArgs) => startApollo(slowEmulator, env, nodeArgs), 50);
    const section = [
      HEADING,
      '',
      `${new Date().toISOString().slice(0, 10)}, the gateway as in the sections above (uncached), measured from outside its code by \`bench/profile.ts\` (\`npx tsx bench/profile.ts --write\`); every run is a fresh gateway process, ${SECONDS} s of load after a 1 s warm-up.`,
      '',
      '### CPU profile',
      '',
      profile,
      '',
      '### Phases of a request under load',
      '',
      'From Node\'s diagnostics channels (node:http and undici) in a probe loaded with `--import` (`bench/probes/latency-probe.mjs`), which itself costs a little CPU. "In the gateway" is from the request\'s first byte parsed to its response finished; an upstream call runs from its creation in undici to its body complete, waiting in undici until its request is written, then until the response headers are read (the emulator\'s time and the time the event loop took to notice). Event-loop lateness is how late a 1 ms timer fires.',
      '',
      probeTable(runs),
      '',
      `Apollo Server + RESTDataSource in the same run, 50 clients over the 50 ms upstream (the same probe; its calls go through node-fetch, which undici's channels do not see): ${apollo.rps} req/s, client p50 / p99 ${apollo.p50} / ${apollo.p99} ms, in the server from request to response p50 / p99 ${(apollo.probe.total as Phase).p50} / ${(apollo.probe.total as Phase).p99} ms, event-loop utilisation ${apollo.probe.eventLoopUtilisation}, lateness p99 ${apollo.probe.eventLoopDelayMs.p99} ms, GC ${apollo.probe.gcMsPerRequest} ms per request.`,
      '',
      '### Stages of one request',
      '',
      "The gateway publishes each request's stages on diagnostics channels (`src/observability/stage-timing.ts`, `src/spotify/upstream/trace.ts`), tied together by the request id; the probe subscribes, and without a subscriber nothing is published. Each row is the time from the stage before to this one, for the requests that made their own upstream call (the others joined a call another request had in flight, `src/spotify/upstream/shared-calls.ts`, and have no call stages of their own). \"upstream: to the answer head\" is the upstream's time plus the time the event loop took to notice the answer.",
      '',
      stageTable(runs),
      '',
    ].join('\n');
    console.log(section);
    if (process.argv.includes('--write')) writeSection(section, HEADING);
  } finally {
    await Promise.all([emulator.stop(), slowEmulator.stop()]);
  }
}

await main();
