// Renders the benchmark's figures as the "Benchmarks" section of BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LoadResult } from './load.js';

export interface Row {
  query: string;
  scenario: string;
  clients: number;
  result: LoadResult;
  callsPerRequest?: number;
  /** Gateway CPU time per request, in microseconds. */
  cpuUs?: number;
  rss?: number;
}

export interface CallCount {
  query: string;
  development: number;
  extended: number;
  minimalDevelopment: number;
  minimalExtended: number;
  criticalPath: string;
}

export interface LatencyFloor {
  query: string;
  roundTrips: number;
  latencyMs: number;
}

export interface Figures {
  machine: string;
  seconds: number;
  /** Runs of rows 0, 2 and 3, of which the best is shown. */
  repeats: number;
  connections: number;
  soakSeconds: number;
  rows: Row[];
  calls: CallCount[];
  floors: LatencyFloor[];
  soak: number[][];
  /** Node's flags for the gateway (the heap cap `npm start` passes). */
  nodeArgs: string[];
  /** The sustained-load row, rendered (bench/sustained.ts). */
  sustained?: string[];
}

export const CEILING = '0. trivial Yoga ceiling';
export const TUNED_CEILING = "0b. trivial Yoga, Yoga's body limit off";
export const UNCACHED = '2. gateway, uncached';
export const CACHED = '3. gateway, caches warm';
export const REVALIDATED = '3b. gateway, ETag revalidation (304)';
export const SLOW = '4. gateway, uncached, 50 ms upstream';
export const BARE = 'bare node:http';

const ratio = (value: number, base: number | undefined) => (base ? (value / base).toFixed(2) : '');

function mainTable(f: Figures): string[] {
  const ceilings = new Map(f.rows.filter((r) => r.scenario === CEILING).map((r) => [r.query, r.result.requestsPerSecond]));
  const bare = f.rows.find((r) => r.scenario === BARE)?.result.requestsPerSecond;
  return [
    '| query | scenario | clients | req/s | × ceiling (0) | p50 ms | p99 ms | upstream calls / request | server CPU µs / request | server RSS MB | failures |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...f.rows.map((r) => {
      // Against a ceiling only where throughput is the point (not under injected latency).
      const base = r.scenario === BARE ? bare : r.scenario === SLOW ? undefined : ceilings.get(r.query);
      const { requestsPerSecond, p50, p99, failures } = r.result;
      return `| ${r.query} | ${r.scenario} | ${r.clients} | ${requestsPerSecond} | ${ratio(requestsPerSecond, base)} | ${p50} | ${p99} | ${r.callsPerRequest ?? ''} | ${r.cpuUs ?? ''} | ${r.rss ?? ''} | ${failures} |`;
    }),
  ];
}

function targets(f: Figures): string[] {
  const rps = (query: string, scenario: string) => f.rows.find((r) => r.query === query && r.scenario === scenario)?.result;
  const bare = f.rows.find((r) => r.scenario === BARE)?.result.requestsPerSecond;
  const queries = [...new Set(f.rows.filter((r) => r.scenario === CEILING).map((r) => r.query))];
  return [
    '| query | uncached ÷ (0) (target ≥ 0.5) | cached ÷ (0) (target ≥ 1.0) | cached ÷ (0b) | cached ÷ bare `node:http` (stretch ≥ 0.5) |',
    '|---|---|---|---|---|',
    ...queries.map((query) => {
      const ceiling = rps(query, CEILING)?.requestsPerSecond;
      const cached = rps(query, CACHED)?.requestsPerSecond ?? 0;
      return `| ${query} | ${ratio(rps(query, UNCACHED)?.requestsPerSecond ?? 0, ceiling)} | ${ratio(cached, ceiling)} | ${ratio(cached, rps(query, TUNED_CEILING)?.requestsPerSecond)} | ${ratio(cached, bare)} |`;
    }),
  ];
}

function latencyTable(f: Figures): string[] {
  const p50 = (query: string, clients: number) => f.rows.find((r) => r.query === query && r.scenario === SLOW && r.clients === clients)?.result.p50 ?? '';
  return [
    '| query | critical path | floor ms | p50 ms, 1 client | p50 ms, 50 clients (target ≤ floor + 1) |',
    '|---|---|---|---|---|',
    ...f.floors.map((l) => `| ${l.query} | ${l.roundTrips} round trip${l.roundTrips > 1 ? 's' : ''} | ${l.roundTrips * l.latencyMs} | ${p50(l.query, 1)} | ${p50(l.query, f.connections)} |`),
  ];
}

export function render(f: Figures): string {
  const lines = [
    '## Benchmarks',
    '',
    `${new Date().toISOString().slice(0, 10)}, ${f.machine}. autocannon, ${f.seconds} s per row, every server its own process on loopback; the gateway built with \`npm run build\` and run as the Docker image runs it (\`NODE_ENV=production node ${f.nodeArgs.join(' ')} dist/server.js\`), in Development Mode, with default settings except \`LOG_LEVEL=warn\` (no line per request). The ceilings run with the same \`NODE_ENV\`. Per-request figures under load count the request each client still had in flight when the row stopped (it is answered before they are read); each row follows a 1 s warm-up; rows 0, 2 and 3, which the targets compare, are the best of ${f.repeats} interleaved runs, because the cores are shared with whatever else runs on the machine. Server CPU per request is its user + system time over the row divided by the requests answered: the overhead figure least moved by whatever else shares the cores. Rerun with \`npm run bench -- --write\` (about eighteen minutes with the comparison and the quota shield below), or this section alone with \`BENCH_ONLY=gateway npm run bench -- --write\` (about seven).`,
    '',
    ...mainTable(f),
    '',
    '### Against the targets',
    '',
    ...targets(f),
    '',
    '### Upstream calls for one fresh request',
    '',
    '| query | Development Mode | minimal | Extended Quota Mode | minimal | critical path |',
    '|---|---|---|---|---|---|',
    ...f.calls.map((c) => `| ${c.query} | ${c.development} | ${c.minimalDevelopment} | ${c.extended} | ${c.minimalExtended} | ${c.criticalPath} |`),
    '',
    `### ${f.floors[0]?.latencyMs ?? 50} ms upstream latency against the critical-path floor`,
    '',
    ...latencyTable(f),
    '',
    ...(f.sustained ? [...f.sustained, ''] : []),
    `### Memory under 100 concurrent clients`,
    '',
    ...f.soak.map(
      (samples, i) =>
        `- round ${i + 1} (${f.soakSeconds} s, uncached seeds' search): RSS every 5 s ${samples.join(', ')} MB; peak ${Math.max(...samples)} MB`,
    ),
    '',
  ];
  return lines.join('\n');
}

/** Replaces the section that starts with `heading` in BENCHMARKS.md (up to the next section), keeping the others. */
export function writeSection(section: string, heading = '## Benchmarks'): void {
  const file = new URL('../BENCHMARKS.md', import.meta.url);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n';
  const start = current.indexOf(`${heading}\n`);
  const end = start < 0 ? -1 : current.indexOf('\n## ', start + 1);
  const next =
    start < 0
      ? current.replace(/^(# [^\n]*\n+)/, `$1${section}\n`)
      : `${current.slice(0, start)}${section}${end < 0 ? '' : `\n${current.slice(end + 1)}`}`;
  writeFileSync(file, (next.startsWith('# ') ? '' : '# Benchmarks\n\n') + next);
}
