// npm run bench: the gateway side by side with its ceilings, against the project's emulator.
// Every server runs as its own process; autocannon drives them from this one. Bounded in time.
// Figures go to stdout and, with --write, to the "Benchmarks" section of BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { load, type LoadOptions, type LoadResult } from './load.js';
import { rssMb, startService, type Service } from './processes.js';
import { benchQueries, type BenchQuery } from './queries.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 30);

const log = (text: string) => process.stderr.write(`${text}\n`);

function build(): void {
  log('building…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
}

const startEmulator = (env: Record<string, string>) => startService('dist/emulator/main.js', env, (t) => t.includes('Spotify emulator'));

function gatewayEnv(emulator: Service, extra: Record<string, string>): Record<string, string> {
  return {
    SPOTIFY_CLIENT_ID: 'demo-client-id',
    SPOTIFY_CLIENT_SECRET: 'demo-client-secret',
    SPOTIFY_ACCOUNTS_URL: emulator.url,
    SPOTIFY_API_URL: `${emulator.url}/v1`,
    UPSTREAM_CONCURRENCY: '128',
    // One info line per request would measure the log pipe, not the gateway.
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

const startGateway = (emulator: Service, extra: Record<string, string>) =>
  // The same heap bound as `npm start`.
  startService('dist/server.js', gatewayEnv(emulator, extra), { path: '/health' }, ['--max-old-space-size=128']);

async function counts(emulator: Service): Promise<{ api: number; accounts: number }> {
  return (await fetch(`${emulator.url}/__emulator/counts`)).json() as Promise<{ api: number; accounts: number }>;
}

async function resetCounts(emulator: Service): Promise<void> {
  await fetch(`${emulator.url}/__emulator/calls`, { method: 'DELETE' });
}

const post = (query: BenchQuery) => ({
  method: 'POST' as const,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: query.query, variables: query.variables }),
});

async function graphql(gateway: Service, query: BenchQuery): Promise<string> {
  const response = await fetch(`${gateway.url}/graphql`, post(query));
  const text = await response.text();
  if (text.includes('"errors"')) throw new Error(`${query.name} answered with errors: ${text.slice(0, 300)}`);
  return text;
}

/** Upstream calls one fresh request makes (no cache, fresh loaders). */
async function callsForOne(emulator: Service, gateway: Service, query: BenchQuery): Promise<number> {
  await resetCounts(emulator);
  await graphql(gateway, query);
  return (await counts(emulator)).api;
}

interface Row {
  query: string;
  scenario: string;
  result: LoadResult;
  callsPerRequest?: number;
  rss?: number;
}

async function main() {
  build();
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB memory, Node ${process.version}`;
  log(`machine: ${machine}`);
  const emulator = await startEmulator({ EMULATOR_MODE: 'development' });
  const slowEmulator = await startEmulator({ EMULATOR_MODE: 'development', EMULATOR_LATENCY_MS: '50' });
  const extendedEmulator = await startEmulator({ EMULATOR_MODE: 'extended' });
  const uncached = await startGateway(emulator, { CACHE_TTL_SECONDS: '0' });
  const cached = await startGateway(emulator, {});
  const slow = await startGateway(slowEmulator, { CACHE_TTL_SECONDS: '0' });
  const extended = await startGateway(extendedEmulator, { CACHE_TTL_SECONDS: '0', SPOTIFY_APP_MODE: 'extended' });
  const services = [emulator, slowEmulator, extendedEmulator, uncached, cached, slow, extended];
  const rows: Row[] = [];
  const calls: { query: string; development: number; extended: number; floor: string }[] = [];
  try {
    const fixtures = await (await fetch(`${emulator.url}/__emulator/fixtures`)).json();
    const token = (
      (await (
        await fetch(`${emulator.url}/api/token`, {
          method: 'POST',
          headers: {
            authorization: `Basic ${Buffer.from('demo-client-id:demo-client-secret').toString('base64')}`,
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: 'grant_type=client_credentials',
        })
      ).json()) as { access_token: string }
    ).access_token;

    for (const query of benchQueries(fixtures)) {
      const answer = await graphql(uncached, query);
      await graphql(slow, query);
      calls.push({
        query: query.name,
        development: await callsForOne(emulator, uncached, query),
        extended: await callsForOne(extendedEmulator, extended, query),
        floor: query.criticalPath,
      });
      const run = async (scenario: string, target: Service, url: string, options: Partial<LoadOptions>, emu?: Service) => {
        log(`${query.name}: ${scenario}…`);
        if (emu) await resetCounts(emu);
        const result = await load({ url, connections: CONNECTIONS, seconds: SECONDS, ...options });
        // Requests still in flight when the run stops made calls too: at most one per connection.
        await new Promise((r) => setTimeout(r, 1000));
        const upstream = emu ? (await counts(emu)).api : undefined;
        rows.push({
          query: query.name,
          scenario,
          result,
          callsPerRequest: upstream === undefined ? undefined : Math.round((upstream / (result.requests + CONNECTIONS)) * 100) / 100,
          rss: target === emulator ? undefined : rssMb(target.pid),
        });
      };
      const ceiling = await startService('bench/servers/trivial-yoga.mjs', { BYTES: String(answer.length - 20) }, (t) => t.includes('ready'));
      await run('0. trivial Yoga ceiling', ceiling, `${ceiling.url}/graphql`, post({ ...query, query: '{ answer }' }));
      await ceiling.stop();
      await run('1. raw REST to the emulator', emulator, `${emulator.url}${query.rawPath}`, { headers: { authorization: `Bearer ${token}` } });
      await run('2. gateway, uncached', uncached, `${uncached.url}/graphql`, post(query), emulator);
      await graphql(cached, query);
      await run('3. gateway, caches warm', cached, `${cached.url}/graphql`, post(query), emulator);
      await run('4. gateway, uncached, 50 ms upstream', slow, `${slow.url}/graphql`, post(query), slowEmulator);
    }
    const bare = await startService('bench/servers/bare-http.mjs', { BYTES: '1000' }, (t) => t.includes('ready'));
    log('bare node:http ceiling…');
    rows.push({ query: '(fixed bytes)', scenario: 'bare node:http', result: await load({ url: bare.url, connections: CONNECTIONS, seconds: SECONDS }) });
    await bare.stop();

    // Memory: 100 clients for the soak time, twice, sampling RSS every 5 s.
    const soakQuery = benchQueries(fixtures)[0];
    const soak: number[][] = [];
    for (let round = 0; round < 2; round++) {
      log(`soak round ${round + 1}: 100 clients for ${SOAK_SECONDS} s…`);
      const samples: number[] = [];
      const sampler = setInterval(() => samples.push(rssMb(uncached.pid)), 5000);
      await load({ url: `${uncached.url}/graphql`, connections: 100, seconds: SOAK_SECONDS, ...post(soakQuery) });
      clearInterval(sampler);
      samples.push(rssMb(uncached.pid));
      soak.push(samples);
    }
    const report = render(machine, rows, calls, soak);
    console.log(report);
    if (process.argv.includes('--write')) writeSection(report);
  } finally {
    await Promise.all(services.map((s) => s.stop()));
  }
}

function render(machine: string, rows: Row[], calls: { query: string; development: number; extended: number; floor: string }[], soak: number[][]): string {
  const ceilings = new Map(rows.filter((r) => r.scenario.startsWith('0.')).map((r) => [r.query, r.result.requestsPerSecond]));
  const bare = rows.find((r) => r.scenario === 'bare node:http')?.result.requestsPerSecond ?? 0;
  const lines = [
    '## Benchmarks',
    '',
    `${new Date().toISOString().slice(0, 10)}, ${machine}. autocannon, ${CONNECTIONS} connections, ${SECONDS} s per row, every server its own process on loopback, the gateway built with \`npm run build\` and run as \`npm start\` runs it (\`node --max-old-space-size=128 dist/server.js\`) in Development Mode with \`LOG_LEVEL=warn\`. Upstream calls per request under load count the requests still in flight at the end (at most one per connection). Rerun with \`npm run bench -- --write\`.`,
    '',
    '| query | scenario | req/s | × ceiling (0) | p50 ms | p99 ms | upstream calls / request | gateway RSS MB | failures |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const ceiling = ceilings.get(r.query) ?? bare;
      const ratio = ceiling ? (r.result.requestsPerSecond / ceiling).toFixed(2) : '';
      return `| ${r.query} | ${r.scenario} | ${r.result.requestsPerSecond} | ${ratio} | ${r.result.p50} | ${r.result.p99} | ${r.callsPerRequest ?? ''} | ${r.rss ?? ''} | ${r.result.failures} |`;
    }),
    '',
    `Cached vs the bare \`node:http\` ceiling (${bare} req/s): ${rows
      .filter((r) => r.scenario.startsWith('3.'))
      .map((r) => `${r.query} ${(r.result.requestsPerSecond / bare).toFixed(2)}×`)
      .join(', ')}.`,
    '',
    '### Upstream calls for one fresh request',
    '',
    '| query | Development Mode | Extended Quota Mode | critical path (calls one after another) |',
    '|---|---|---|---|',
    ...calls.map((c) => `| ${c.query} | ${c.development} | ${c.extended} | ${c.floor} |`),
    '',
    '### Memory under 100 concurrent clients',
    '',
    ...soak.map((samples, i) => `- round ${i + 1} (${SOAK_SECONDS} s, uncached seeds' search): RSS every 5 s ${samples.join(', ')} MB; peak ${Math.max(...samples)} MB`),
    '',
  ];
  return lines.join('\n');
}

function writeSection(section: string): void {
  const file = new URL('../BENCHMARKS.md', import.meta.url);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n';
  const start = current.indexOf('## Benchmarks');
  const end = start < 0 ? -1 : current.indexOf('\n## ', start + 1);
  const header = current.startsWith('# ') ? '' : '# Benchmarks\n\n';
  const next =
    start < 0
      ? current.replace(/^(# [^\n]*\n+)/, `$1${section}\n`)
      : `${current.slice(0, start)}${section}${end < 0 ? '' : current.slice(end + 1)}`;
  writeFileSync(file, header + next);
  log('written to BENCHMARKS.md');
}

await main();
