import { readFileSync } from 'node:fs';
import { startEmulator, type Emulator } from 'spotify-emulator';
import { freePort, startNode, waitForOutput } from '../../test/helpers/processes.js';
import { banPhase, type BanReport } from './ban.js';
import { classify, emptyTally, type Tally } from './classify.js';
import { chaosFaults, longBan, quotaExceeded } from './faults.js';
import { chaosQueries, type ChaosQuery } from './queries.js';

export interface ChaosOptions {
  queries: number;
  concurrency: number;
  /** Share of upstream calls faulted (0.2 = 20 %). */
  faultShare: number;
  seed?: number;
  /** Queries sent during the closing long ban (default 100). */
  banQueries?: number;
}

export interface ChaosReport extends Tally {
  sent: number;
  crashes: number;
  unhandledRejections: number;
  tokenCalls: number;
  upstreamCalls: number;
  /** Upstream calls (token calls included) a fault rule answered or delayed. */
  faultedCalls: number;
  /** The closing long ban, measured on its own. */
  ban: BanReport;
  rssBeforeMb: number;
  rssAfterMb: number;
  /** Occurrences of the client secret, its Basic credentials or an access token in responses, logs or metrics. */
  leaks: number;
  /** Duration of the faulted run (the ban excluded). */
  seconds: number;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

/** Counts the calls a fault rule decided, which the call log cannot tell (slow answers end 200). */
function countFaults(emulator: Emulator): () => number {
  let faulted = 0;
  const plan = emulator.faults.plan.bind(emulator.faults);
  emulator.faults.plan = (endpoint, host) => {
    const decided = plan(endpoint, host);
    if (decided.fault || decided.delayMs > 0) faulted += 1;
    return decided;
  };
  return () => faulted;
}

/**
 * Runs the gateway as its own process against the emulator with faults injected into a share
 * of upstream calls, sends a varied mix of queries, and counts how every one of them ended;
 * then holds a long ban and measures how queries fare during it.
 */
/** The gateway's request deadline in the run, which also bounds a shared call's. */
const DEADLINE_MS = 5000;

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const seed = options.seed ?? 2026;
  const secret = `chaos-secret-${seed}-do-not-leak`;
  const emulator = await startEmulator({ clientSecret: secret, faultSeed: seed });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const gateway = startNode('src/server.ts', {
    PORT: String(port),
    SPOTIFY_CLIENT_ID: emulator.clientId,
    SPOTIFY_CLIENT_SECRET: secret,
    SPOTIFY_ACCOUNTS_URL: emulator.accountsUrl,
    SPOTIFY_API_URL: emulator.apiUrl,
    UPSTREAM_TIMEOUT_MS: '1000',
    REQUEST_DEADLINE_MS: String(DEADLINE_MS),
    CACHE_TTL_SECONDS: '0',
    RATE_LIMIT_WAIT_CAP_SECONDS: '1',
    // Every upstream call is logged at debug: more output in which to look for secrets.
    LOG_LEVEL: 'debug',
    LOG_FORMAT: 'json',
  });
  const faulted = countFaults(emulator);
  try {
    await waitForOutput(gateway, (text) => text.includes('ready at'));
    const started = Date.now();
    const pid = gateway.child.pid!;
    const rssBeforeMb = rssMb(pid);
    emulator.faults.add(chaosFaults(options.faultShare, seed));
    const artistIds = emulator.catalog.artists.slice(0, 100).map((a) => a.id);
    const queries = chaosQueries(emulator.catalog.fixtures, artistIds, options.queries, seed);
    const tally = emptyTally();
    const bodies: string[] = [];
    let crashes = 0;
    let next = 0;
    const send = async ({ query, variables }: ChaosQuery) => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          body: JSON.stringify({ query, variables }),
        });
        const text = await response.text();
        bodies.push(text);
        classify(text, tally);
      } catch {
        tally.malformed += 1;
        if (gateway.child.exitCode !== null) crashes += 1;
      }
    };
    const worker = async () => {
      while (next < queries.length) {
        const index = next++;
        if (index === Math.floor(queries.length * 0.5)) emulator.faults.add(longBan);
        if (index === Math.floor(queries.length * 0.8)) emulator.faults.add(quotaExceeded);
        await send(queries[index]);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    const tokenCalls = emulator.countCalls({ host: 'accounts' });
    const upstreamCalls = emulator.countCalls({ host: 'api' });
    const faultedCalls = faulted();
    const seconds = Math.round((Date.now() - started) / 100) / 10;

    // A call shared between requests outlives the ones that left it, up to its own deadline: one
    // the faulted run started could still be retrying, and a ban query joining it would get its
    // answer instead of RATE_LIMITED. Every such call has ended once a deadline has passed.
    await new Promise((resolve) => setTimeout(resolve, DEADLINE_MS + 500));
    const valid = chaosQueries(emulator.catalog.fixtures, artistIds, (options.banQueries ?? 100) * 2, seed + 1).filter((q) => !q.invalid);
    const ban = await banPhase(emulator, url, valid.slice(0, options.banQueries ?? 100), options.concurrency);

    crashes += gateway.child.exitCode !== null ? 1 : 0;
    const rssAfterMb = rssMb(pid);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const output = gateway.output();
    const everything = [...bodies, output, metrics].join('\n');
    const basic = Buffer.from(`${emulator.clientId}:${secret}`).toString('base64');
    let leaks = 0;
    for (const needle of [secret, basic, ...emulator.issuedTokens()]) leaks += everything.split(needle).length - 1;
    return {
      ...tally,
      sent: queries.length,
      crashes,
      unhandledRejections: (output.match(/unhandled rejection/g) ?? []).length,
      tokenCalls,
      upstreamCalls,
      faultedCalls,
      ban,
      rssBeforeMb,
      rssAfterMb,
      leaks,
      seconds,
    };
  } finally {
    gateway.child.kill('SIGTERM');
    await gateway.exited;
    await emulator.close();
  }
}
