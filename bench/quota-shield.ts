// The quota shield against Apollo Server + RESTDataSource (which de-duplicates within one request
// only), on one emulator with a 50 ms upstream:
// - cold burst: 100 clients at once ask for one artist no one has asked for yet: Spotify calls
//   per request and the median latency;
// - quota ban: a realistic mix (artists, artists with albums, searches) is asked once, its TTL
//   passes, then Spotify answers every call 429 QUOTA_EXCEEDED with a 4-hour Retry-After: what
//   fraction of the mix still answers, and how stale; facts never seen are asked beside it.
import { log, percentile } from './measure.js';
import type { Service } from './processes.js';
import { startApollo, startEmulator, startGateway } from './services.js';
import { accessToken, apiCalls, resetCalls } from './upstream.js';

export const QUOTA_HEADING = '## Protecting the quota';

const LATENCY_MS = 50;
const BURST_CLIENTS = 100;
const BURST_ROUNDS = Number(process.env.BENCH_BURST_ROUNDS ?? 3);
/** The gateway's catalog TTL in the ban scenario: the mix is past it when the ban begins. */
const BAN_TTL_SECONDS = 2;

type Operation = { query: string; variables: Record<string, unknown> };
interface Answer {
  ok: boolean;
  ms: number;
  staleSeconds: number[];
}

async function ask(server: Service, operation: Operation): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(operation),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[]; extensions?: { stale?: { ageSeconds: number }[] } };
  return {
    ok: response.ok && !body.errors && body.data != null,
    ms: performance.now() - started,
    staleSeconds: (body.extensions?.stale ?? []).map((s) => s.ageSeconds),
  };
}

const median = (values: number[]) => percentile(values, 0.5);

/** Artist ids the emulator knows, from its own search (raw REST, before anything is measured). */
async function artistIds(emulator: Service, count: number): Promise<string[]> {
  const token = await accessToken(emulator);
  const ids = new Set<string>();
  for (const q of ['a', 'e', 'i', 'o', 'u', 'n', 's']) {
    for (let offset = 0; ids.size < count && offset < 1000; offset += 10) {
      const response = await fetch(`${emulator.url}/v1/search?q=${q}&type=artist&limit=10&offset=${offset}`, { headers: { authorization: `Bearer ${token}` } });
      const page = (await response.json()) as { artists: { items: { id: string }[] } };
      if (page.artists.items.length === 0) break;
      for (const item of page.artists.items) ids.add(item.id);
    }
  }
  if (ids.size < count) throw new Error(`the emulator's search found ${ids.size} artists, ${count} needed`);
  return [...ids].slice(0, count);
}

const ARTIST = 'query($id: ID!) { artist(id: $id) { id name } }';
const WITH_ALBUMS = 'query($id: ID!) { artist(id: $id) { id name albums(first: 10) { edges { node { id name } } } } }';
const SEARCH = 'query($q: String!) { search(query: $q) { artists(first: 5) { edges { node { id name } } } } }';

interface BurstFigures {
  callsPerRequest: number;
  p50Ms: number;
  answered: number;
}

async function coldBurst(server: Service, emulator: Service, warmUpId: string, ids: string[]): Promise<BurstFigures> {
  // Connections opened and code warmed by a burst not counted (another artist).
  await Promise.all(Array.from({ length: BURST_CLIENTS }, () => ask(server, { query: ARTIST, variables: { id: warmUpId } })));
  let calls = 0;
  let answered = 0;
  const latencies: number[] = [];
  for (const id of ids) {
    await resetCalls(emulator);
    const answers = await Promise.all(Array.from({ length: BURST_CLIENTS }, () => ask(server, { query: ARTIST, variables: { id } })));
    calls += await apiCalls(emulator);
    answered += answers.filter((a) => a.ok).length;
    latencies.push(...answers.map((a) => a.ms));
  }
  const requests = BURST_CLIENTS * ids.length;
  return { callsPerRequest: calls / requests, p50Ms: median(latencies), answered: answered / requests };
}

interface BanFigures {
  knownAnswered: number;
  unknownAnswered: number;
  maxStaleSeconds: number;
  unknownP50Ms: number;
}

async function quotaBan(server: Service, emulator: Service, known: Operation[], unknown: Operation[]): Promise<BanFigures> {
  for (const operation of known) await ask(server, operation);
  await new Promise((resolve) => setTimeout(resolve, (BAN_TTL_SECONDS + 1) * 1000));
  await fetch(`${emulator.url}/__emulator/faults`, { method: 'POST', body: JSON.stringify({ match: { host: 'api' }, kind: 'quota', retryAfter: 14_400 }) });
  try {
    const during = await Promise.all(known.map((operation) => ask(server, operation)));
    const never = await Promise.all(unknown.map((operation) => ask(server, operation)));
    return {
      knownAnswered: during.filter((a) => a.ok).length / during.length,
      unknownAnswered: never.filter((a) => a.ok).length / never.length,
      maxStaleSeconds: Math.max(0, ...during.flatMap((a) => a.staleSeconds)),
      unknownP50Ms: median(never.map((a) => a.ms)),
    };
  } finally {
    await fetch(`${emulator.url}/__emulator/faults`, { method: 'DELETE' });
  }
}

const percent = (fraction: number) => `${Math.round(fraction * 100)} %`;

/** The "Protecting the quota" section: both scenarios, the gateway beside Apollo + RESTDataSource. */
export async function quotaShieldSection(machine: string, started: (service: Promise<Service>) => Promise<Service>): Promise<string> {
  const emulator = await started(startEmulator({ EMULATOR_MODE: 'development', EMULATOR_LATENCY_MS: String(LATENCY_MS) }));
  const ids = await artistIds(emulator, 2 * BURST_ROUNDS + 62);
  const gateway = await started(startGateway(emulator, {}));
  const apollo = await started(startApollo(emulator));
  // A gateway whose catalog TTL passes before the ban (the burst's gateway keeps its facts 300 s).
  const banned = await started(startGateway(emulator, { CACHE_TTL_SECONDS: String(BAN_TTL_SECONDS) }));
  log(`cold burst: ${BURST_CLIENTS} clients, one cold artist, ${BURST_ROUNDS} rounds each…`);
  const burst = {
    gateway: await coldBurst(gateway, emulator, ids[2 * BURST_ROUNDS + 60], ids.slice(0, BURST_ROUNDS)),
    apollo: await coldBurst(apollo, emulator, ids[2 * BURST_ROUNDS + 61], ids.slice(BURST_ROUNDS, 2 * BURST_ROUNDS)),
  };

  const pool = ids.slice(2 * BURST_ROUNDS);
  const mix = (from: number): Operation[] => [
    ...pool.slice(from, from + 10).map((id) => ({ query: ARTIST, variables: { id } })),
    ...pool.slice(from + 10, from + 15).map((id) => ({ query: WITH_ALBUMS, variables: { id } })),
    ...['BTS', 'love', 'night', 'blue', 'moon'].map((q) => ({ query: SEARCH, variables: { q: `${q}${from}` } })),
  ];
  const unknownOf = (from: number): Operation[] => pool.slice(from, from + 5).map((id) => ({ query: ARTIST, variables: { id } }));
  log('quota ban: a mix of 20 queries asked once, its TTL passes, then every call is 429 QUOTA_EXCEEDED…');
  const ban = {
    gateway: await quotaBan(banned, emulator, mix(0), unknownOf(50)),
    apollo: await quotaBan(apollo, emulator, mix(20), unknownOf(55)),
  };

  return [
    QUOTA_HEADING,
    '',
    `Measured by \`npm run bench\` (${machine}); one emulator with a ${LATENCY_MS} ms upstream, Development Mode, the gateway with its defaults.`,
    '',
    `**Cold burst**: ${BURST_CLIENTS} clients at once ask for one artist nobody asked for before (${BURST_ROUNDS} rounds, a new artist each, after a burst for another artist to open connections).`,
    '',
    '| | Spotify calls per request | p50 | answered |',
    '|---|---|---|---|',
    `| this gateway | ${burst.gateway.callsPerRequest.toFixed(2)} | ${burst.gateway.p50Ms.toFixed(0)} ms | ${percent(burst.gateway.answered)} |`,
    `| Apollo Server + RESTDataSource | ${burst.apollo.callsPerRequest.toFixed(2)} | ${burst.apollo.p50Ms.toFixed(0)} ms | ${percent(burst.apollo.answered)} |`,
    '',
    `**Quota ban**: a mix of 20 queries (10 artists, 5 artists with 10 albums, 5 searches) is asked once; ${BAN_TTL_SECONDS + 1} s later (past the gateway's ${BAN_TTL_SECONDS} s TTL here) Spotify answers every call 429 \`QUOTA_EXCEEDED\` with \`Retry-After: 14400\`. The same mix is asked again, and 5 artists never asked before.`,
    '',
    '| | mix answered | stale by at most | never-seen answered | never-seen p50 |',
    '|---|---|---|---|---|',
    `| this gateway | ${percent(ban.gateway.knownAnswered)} | ${ban.gateway.maxStaleSeconds} s | ${percent(ban.gateway.unknownAnswered)} | ${ban.gateway.unknownP50Ms.toFixed(0)} ms |`,
    `| Apollo Server + RESTDataSource | ${percent(ban.apollo.knownAnswered)} | — | ${percent(ban.apollo.unknownAnswered)} | ${ban.apollo.unknownP50Ms.toFixed(0)} ms |`,
    '',
  ].join('\n');
}
