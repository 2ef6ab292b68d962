// npm run chaos: the gateway against an emulator that faults a fifth of its calls.
// Prints how every query ended; with --write, records the figures in BENCHMARKS.md.
import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { runChaos, type ChaosReport } from './chaos/run.js';

const queries = Number(process.env.CHAOS_QUERIES ?? 600);
const concurrency = Number(process.env.CHAOS_CONCURRENCY ?? 20);
const faultShare = Number(process.env.CHAOS_FAULT_SHARE ?? 0.2);

function table(report: ChaosReport): string {
  const { ban } = report;
  const rows: [string, string | number][] = [
    ['queries sent', report.sent],
    ['answered with data', report.data],
    ['answered with partial data (data + errors)', report.partial],
    ...Object.entries(report.partialCodes)
      .sort()
      .map(([code, n]): [string, number] => [`partial, with ${code}`, n]),
    ...Object.entries(report.errorsByCode)
      .sort()
      .map(([code, n]): [string, number] => [`errors only: ${code}`, n]),
    ['malformed responses (must be 0)', report.malformed],
    ['process crashes (must be 0)', report.crashes],
    ['unhandled rejections (must be 0)', report.unhandledRejections],
    ['secret, credentials or token occurrences in responses, logs and /metrics (must be 0)', report.leaks],
    ['token calls', report.tokenCalls],
    ['upstream API calls', report.upstreamCalls],
    ['calls faulted by the emulator (token calls included)', `${report.faultedCalls} (${Math.round((report.faultedCalls / (report.upstreamCalls + report.tokenCalls)) * 100)} %)`],
    ['gateway RSS before → after (after the ban below)', `${report.rssBeforeMb} MB → ${report.rssAfterMb} MB`],
    ['duration', `${report.seconds} s`],
    [`then, during a ${ban.retryAfterSeconds} s ban: queries answered RATE_LIMITED`, `${ban.rateLimited} of ${ban.queries}`],
    ['… answered in (median / slowest)', `${ban.medianMs} ms / ${ban.slowestMs} ms`],
    ['… calls reaching Spotify while it lasted (must be 0)', ban.upstreamCalls],
  ];
  return ['| measure | value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

const report = await runChaos({ queries, concurrency, faultShare });
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB memory, Node ${process.version}`;
const section = [
  '## Chaos run',
  '',
  `${new Date().toISOString().slice(0, 10)}, ${machine}. ${queries} varied queries at concurrency ${concurrency}, ` +
    `${Math.round(faultShare * 100)} % of upstream calls faulted at random (5xx, 401, dropped sockets, non-JSON and cut-short ` +
    'bodies, slow headers and bodies, short 429s, token endpoint 5xx and invalid_client), plus one long 429 at half-way and ' +
    'one quota 429 at 80 %, each over the 1 s wait cap (every query fails fast with RATE_LIMITED while they last); ' +
    'then, faults cleared, a 429 with a 30 s Retry-After and 100 valid queries at the same concurrency while it lasts. ' +
    'The gateway runs as its own process, logging at debug; its output, every response and its /metrics are searched ' +
    'for the client secret, its Basic credentials and every access token issued. Rerun with `npm run chaos -- --write`.',
  '',
  table(report),
  '',
].join('\n');
console.log(section);

if (process.argv.includes('--write')) {
  const file = new URL('../BENCHMARKS.md', import.meta.url);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n';
  const start = current.indexOf('## Chaos run');
  const end = start < 0 ? -1 : current.indexOf('\n## ', start + 1);
  const before = (start < 0 ? current : current.slice(0, start)).trimEnd();
  const after = start < 0 || end < 0 ? '' : `\n${current.slice(end + 1)}`;
  const next = `${before}\n\n${section}${after}`;
  writeFileSync(file, next);
  console.log('written to BENCHMARKS.md');
}
const failed =
  report.malformed + report.crashes + report.unhandledRejections + report.leaks + report.ban.upstreamCalls + (report.ban.queries - report.ban.rateLimited);
process.exit(failed === 0 ? 0 : 1);
