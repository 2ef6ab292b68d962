import { readFileSync } from 'node:fs';
import { startEmulator } from '../../src/emulator/server.js';
import { freePort, startNode, waitForOutput } from '../../test/helpers/processes.js';
import { chaosFaults, longBan, quotaExceeded } from './faults.js';
import { chaosQueries } from './queries.js';

export interface ChaosOptions {
  queries: number;
  concurrency: number;
  /** Share of upstream calls faulted (0.2 = 20 %). */
  faultShare: number;
  seed?: number;
}

export interface ChaosReport {
  sent: number;
  data: number;
  partial: number;
  /** Error codes seen in responses with partial data. */
  partialCodes: Record<string, number>;
  /** Responses with errors and no data, by error code (first error's). */
  errorsByCode: Record<string, number>;
  malformed: number;
  crashes: number;
  unhandledRejections: number;
  tokenCalls: number;
  upstreamCalls: number;
  faultedCalls: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  /** Occurrences of the client secret or an issued access token in responses or logs. */
  leaks: number;
  seconds: number;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

function wellFormed(body: any): boolean {
  if (typeof body !== 'object' || body === null || (!('data' in body) && !('errors' in body))) return false;
  return (body.errors ?? []).every((e: any) => typeof e.message === 'string' && typeof e.extensions?.code === 'string');
}

/** True when at least one field of the answer carries data (not just nulls). */
function hasSomeData(data: unknown): boolean {
  if (data === null || data === undefined) return false;
  if (typeof data !== 'object') return true;
  return Object.values(data).some(hasSomeData);
}

/**
 * Runs the gateway as its own process against the emulator with faults injected into a share
 * of upstream calls, sends a varied mix of queries, and counts how every one of them ended.
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const seed = options.seed ?? 2026;
  const secret = `chaos-secret-${seed}-do-not-leak`;
  const emulator = await startEmulator({ clientSecret: secret, faultSeed: seed });
  const port = await freePort();
  const gateway = startNode('src/server.ts', {
    PORT: String(port),
    SPOTIFY_CLIENT_ID: emulator.clientId,
    SPOTIFY_CLIENT_SECRET: secret,
    SPOTIFY_ACCOUNTS_URL: emulator.accountsUrl,
    SPOTIFY_API_URL: emulator.apiUrl,
    UPSTREAM_TIMEOUT_MS: '1000',
    REQUEST_DEADLINE_MS: '5000',
    CACHE_TTL_SECONDS: '0',
    RATE_LIMIT_WAIT_CAP_SECONDS: '1',
  });
  const started = Date.now();
  try {
    await waitForOutput(gateway, (text) => text.includes('ready at'));
    const pid = gateway.child.pid!;
    const rssBeforeMb = rssMb(pid);
    emulator.faults.add(chaosFaults(options.faultShare, seed));
    const queries = chaosQueries(emulator.catalog.fixtures, emulator.catalog.artists.slice(0, 100).map((a) => a.id), options.queries, seed);
    const report: ChaosReport = {
      sent: 0, data: 0, partial: 0, partialCodes: {}, errorsByCode: {}, malformed: 0, crashes: 0, unhandledRejections: 0,
      tokenCalls: 0, upstreamCalls: 0, faultedCalls: 0, rssBeforeMb, rssAfterMb: 0, leaks: 0, seconds: 0,
    };
    const bodies: string[] = [];
    let nextIndex = 0;
    const worker = async () => {
      while (nextIndex < queries.length) {
        const index = nextIndex++;
        const { query, variables } = queries[index];
        if (index === Math.floor(queries.length * 0.5)) emulator.faults.add(longBan);
        if (index === Math.floor(queries.length * 0.8)) emulator.faults.add(quotaExceeded);
        report.sent += 1;
        let text = '';
        try {
          const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
            body: JSON.stringify({ query, variables }),
          });
          text = await response.text();
          const body = JSON.parse(text);
          bodies.push(text);
          if (!wellFormed(body)) report.malformed += 1;
          else if (body.errors?.length && hasSomeData(body.data)) {
            report.partial += 1;
            for (const code of new Set<string>(body.errors.map((e: any) => e.extensions.code))) {
              report.partialCodes[code] = (report.partialCodes[code] ?? 0) + 1;
            }
          }
          else if (body.errors?.length) {
            const code = body.errors[0].extensions.code;
            report.errorsByCode[code] = (report.errorsByCode[code] ?? 0) + 1;
          } else report.data += 1;
        } catch {
          report.malformed += 1;
          if (gateway.child.exitCode !== null) report.crashes += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    report.crashes += gateway.child.exitCode !== null ? 1 : 0;
    report.rssAfterMb = rssMb(pid);
    const output = gateway.output();
    report.unhandledRejections = (output.match(/unhandled rejection/g) ?? []).length;
    report.tokenCalls = emulator.countCalls({ host: 'accounts' });
    report.upstreamCalls = emulator.countCalls({ host: 'api' });
    report.faultedCalls = emulator.calls.filter((c) => c.status !== 200).length;
    const everything = [...bodies, output].join('\n');
    for (const needle of [secret, ...emulator.issuedTokens()]) report.leaks += everything.split(needle).length - 1;
    report.seconds = Math.round((Date.now() - started) / 100) / 10;
    return report;
  } finally {
    gateway.child.kill('SIGTERM');
    await gateway.exited;
    await emulator.close();
  }
}
