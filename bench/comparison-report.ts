// Renders the comparison with Apollo Server and Hive Gateway as the "Against what users would
// write instead" section of BENCHMARKS.md.
import { CONTENDERS, SLOW_CLIENTS, SLOW_DISTINCT, SLOW_UPSTREAM, THROUGHPUT, THROUGHPUT_CLIENTS, THROUGHPUT_DISTINCT, type ComparedQuery, type ComparedRow, type Contender, type Memory } from './comparison.js';

export const COMPARISON_HEADING = '## Against what users would write instead';

export interface ComparisonFigures {
  machine: string;
  seconds: number;
  latencyMs: number;
  queries: ComparedQuery[];
  /** One list of rows per run. */
  runs: ComparedRow[][];
  memory: Memory[];
}

const GATEWAY: Contender = 'this gateway';
const ratio = (value: number, base: number) => (base > 0 ? (value / base).toFixed(2) : '');

export function renderComparison(f: ComparisonFigures): string {
  const find = (run: ComparedRow[], query: string, scenario: string, contender: Contender) =>
    run.find((r) => r.query === query && r.scenario === scenario && r.contender === contender)!;
  const floorOf = (q: ComparedQuery) => q.minimalRoundTrips * f.latencyMs;
  const each = (line: (q: ComparedQuery, run: ComparedRow[], i: number, contender: Contender) => string) =>
    f.queries.flatMap((q) => f.runs.flatMap((run, i) => CONTENDERS.map((c) => line(q, run, i, c))));
  const overhead = (q: ComparedQuery, run: ComparedRow[], c: Contender, scenario: string = SLOW_UPSTREAM) => {
    const { p50, p99 } = find(run, q.name, scenario, c).result;
    return { p50: p50 - floorOf(q), p99: p99 - floorOf(q) };
  };
  return [
    COMPARISON_HEADING,
    '',
    `${new Date().toISOString().slice(0, 10)}, ${f.machine}. The gateway (as in the section above, uncached: \`CACHE_TTL_SECONDS=0\`) against a minimal Apollo Server 5 app with \`@apollo/datasource-rest\` (\`bench/servers/apollo-rest.mjs\`: the same query texts, its own client-credentials token) and Hive Gateway serving the supergraph GraphQL Mesh composes from Spotify's OpenAPI spec (\`bench/mesh/mesh.config.ts\`, \`bench/servers/hive-mesh.mjs\`: the queries in Mesh's field names, the token sent by the client). Nothing is kept across requests: the comparators keep no answers (their upstream calls per request show it), nor does the gateway with \`CACHE_TTL_SECONDS=0\`; but the gateway joins an identical call another request already has in flight (the quota shield, \`src/spotify/upstream/shared-calls.ts\`), and with every client asking the same query most requests do, as its upstream calls per request show. Each its own process, against the same emulator; every one's answers are checked to hold the gateway's data before any load. autocannon, ${f.seconds} s per row after a 1 s warm-up; contenders take turns row by row; ${f.runs.length} runs back to back. Throughput at ${THROUGHPUT_CLIENTS} clients (with the cores shared, server CPU per request, the server's user + system time over the row divided by the requests it answered, moves least); latency at ${SLOW_CLIENTS} clients with ${f.latencyMs} ms added to every upstream call, and its overhead is the latency less the floor (the fewest round trips the query needs × ${f.latencyMs} ms). Rerun with \`npm run bench -- --write\`, or this section alone with \`BENCH_ONLY=comparison npm run bench -- --write\`.`,
    '',
    '### Ratios (this gateway against each)',
    '',
    '| query | run | req/s ÷ Apollo (target ≥ 2) | req/s ÷ Mesh | Apollo\'s CPU / request ÷ ours | Mesh\'s CPU / request ÷ ours | p50 overhead ÷ Apollo (target ≤ 0.5) | p99 overhead ÷ Apollo | p50 overhead ÷ Mesh | p99 overhead ÷ Mesh | distinct requests: req/s ÷ Apollo | distinct: Apollo\'s CPU / request ÷ ours | distinct: p50 overhead ÷ Apollo | distinct: p99 overhead ÷ Apollo |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...f.queries.flatMap((q) =>
      f.runs.map((run, i) => {
        const rps = (c: Contender, scenario = THROUGHPUT) => find(run, q.name, scenario, c).result.requestsPerSecond;
        const cpu = (c: Contender, scenario = THROUGHPUT) => find(run, q.name, scenario, c).cpuUs ?? 0;
        const ours = overhead(q, run, GATEWAY);
        const apollo = overhead(q, run, CONTENDERS[1]);
        const mesh = overhead(q, run, CONTENDERS[2]);
        const oursDistinct = overhead(q, run, GATEWAY, SLOW_DISTINCT);
        const apolloDistinct = overhead(q, run, CONTENDERS[1], SLOW_DISTINCT);
        return `| ${q.name} | ${i + 1} | ${ratio(rps(GATEWAY), rps(CONTENDERS[1]))} | ${ratio(rps(GATEWAY), rps(CONTENDERS[2]))} | ${ratio(cpu(CONTENDERS[1]), cpu(GATEWAY))} | ${ratio(cpu(CONTENDERS[2]), cpu(GATEWAY))} | ${ratio(ours.p50, apollo.p50)} | ${ratio(ours.p99, apollo.p99)} | ${ratio(ours.p50, mesh.p50)} | ${ratio(ours.p99, mesh.p99)} | ${ratio(rps(GATEWAY, THROUGHPUT_DISTINCT), rps(CONTENDERS[1], THROUGHPUT_DISTINCT))} | ${ratio(cpu(CONTENDERS[1], THROUGHPUT_DISTINCT), cpu(GATEWAY, THROUGHPUT_DISTINCT))} | ${ratio(oursDistinct.p50, apolloDistinct.p50)} | ${ratio(oursDistinct.p99, apolloDistinct.p99)} |`;
      }),
    ),
    '',
    ...[
      [THROUGHPUT, `### Throughput, ${THROUGHPUT_CLIENTS} clients, every client asking the same`],
      [THROUGHPUT_DISTINCT, `### Throughput, ${THROUGHPUT_CLIENTS} clients, each request for another artist`],
    ].flatMap(([scenario, heading]) => [
      heading,
      '',
      '| query | run | server | req/s | p50 ms | p99 ms | server CPU µs / request | upstream calls / request | server RSS MB | failures |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...each((q, run, i, c) => {
        const r = find(run, q.name, scenario, c);
        return `| ${q.name} | ${i + 1} | ${c} | ${r.result.requestsPerSecond} | ${r.result.p50} | ${r.result.p99} | ${r.cpuUs} | ${r.callsPerRequest} | ${r.rss} | ${r.result.failures} |`;
      }),
      '',
    ]),
    ...[
      [SLOW_UPSTREAM, `### Latency, ${SLOW_CLIENTS} clients, ${f.latencyMs} ms upstream, every client asking the same`],
      [SLOW_DISTINCT, `### Latency, ${SLOW_CLIENTS} clients, ${f.latencyMs} ms upstream, each request for another artist`],
    ].flatMap(([scenario, heading]) => [
      heading,
      '',
      scenario === SLOW_DISTINCT
        ? 'Each request names another artist of the emulator\'s catalog (its name as the search term, or its id), in the same order for every contender: no two requests in flight share a call, so this compares what each server adds to a call of its own.'
        : 'Every client sends the same request: the gateway answers most by joining a call another request has in flight (its upstream calls per request), so many answers wait for the same call and go out together.',
      '',
      '| query | run | server | round trips one after another | floor ms | p50 ms | p99 ms | p50 − floor | p99 − floor | req/s | upstream calls / request | failures |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...each((q, run, i, c) => {
        const r = find(run, q.name, scenario, c);
        const o = overhead(q, run, c, scenario);
        return `| ${q.name} | ${i + 1} | ${c} | ${q.roundTrips[c]} | ${floorOf(q)} | ${r.result.p50} | ${r.result.p99} | ${o.p50} | ${o.p99} | ${r.result.requestsPerSecond} | ${r.callsPerRequest} | ${r.result.failures} |`;
      }),
      '',
    ]),
    '### Memory, each with its defaults',
    '',
    'Resident memory of the contenders that served the throughput rows: started and idle (2 s after start, before any request), and after all their rows. Targets for the gateway: idle ≤ 120 MB; after load no more than Apollo\'s.',
    '',
    '| server | idle RSS MB | RSS after the load MB |',
    '|---|---|---|',
    ...f.memory.map((m) => `| ${m.contender} | ${m.idle} | ${m.afterLoad} |`),
    '',
  ].join('\n');
}
