// Summarises a V8 .cpuprofile (from `node --cpu-prof`) by where a GraphQL request's time goes:
// self time bucketed by each function's script URL and name (a builtin's by its caller's), then
// the packages and functions that weigh most. Run it on any profile: `npx tsx bench/cpuprofile-summary.ts FILE [REQUESTS]`
// (with the number of requests served, it also prints µs per request).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  /** Monotonic clock, µs (the clock of `process.hrtime`). */
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export const BUCKETS = ['parse', 'validate', 'execute', 'serialise', 'HTTP', 'undici', 'logging', 'metrics', 'timers', 'GC', 'other'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** What each bucket holds, in the order the rules are tried (the first match wins). */
export const BUCKET_RULES: [Bucket, RegExp, string][] = [
  ['GC', /^\(garbage collector\)$/, '(garbage collector)'],
  ['parse', /\/graphql\/language\/|\/graphql\/utilities\/(valueFromAST|coerceInputValue)/, 'graphql-js lexer and parser'],
  ['validate', /\/graphql\/validation\/|\/graphql-armor|\/dist\/security\//, "graphql-js validation rules, GraphQL Armor and the gateway's cost and depth limits"],
  ['logging', /\/dist\/logger\.js|\/dist\/observability\/(log-format|upstream-log)\.js|\/pino\//, "the gateway's logger and log formats"],
  ['metrics', /\/prom-client\/|\/dist\/observability\/metrics\.js/, 'prom-client and the gateway’s metric updates'],
  ['serialise', /^(stringify|JSONStringify|JsonStringify|SerializeJSON)$|\/dist\/cache\/serialise-once\.js|\/graphql-yoga\/.*(result|stringify)|\/@whatwg-node\/.*(json)/i, 'JSON.stringify and result processing'],
  ['undici', /\/undici\/|node:internal\/deps\/undici/, 'undici (the upstream HTTP client)'],
  ['timers', /node:internal\/timers|node:timers|node:internal\/abort_controller|^(setTimeout|clearTimeout|setInterval|clearInterval)$|\/dist\/spotify\/(call|limiter)\.js/, 'timers, AbortSignals, deadlines and the concurrency limiter'],
  ['execute', /\/graphql\/execution\/|\/graphql\/type\/|\/graphql-jit\/|\/@graphql-tools\/executor|\/@pothos\/|\/dataloader\/|\/dist\/(schema|execution|spotify)\//, 'executor (graphql-js, graphql-jit), resolvers, loaders, the gateway’s Spotify client'],
  ['HTTP', /node:_http_|node:http|node:net|node:internal\/(stream|streams|http|net|js_stream)|node:stream|\/@whatwg-node\/|\/graphql-yoga\/|\/@envelop\/|\/@graphql-yoga\/|\/dist\/(http|gateway|observability|context)/, 'node:http, streams, whatwg-node, the Yoga and envelop pipeline and plugins'],
];

export function bucketOf(frame: CallFrame): Bucket {
  for (const [bucket, rule] of BUCKET_RULES) {
    if (rule.test(frame.url) || rule.test(frame.functionName)) return bucket;
  }
  return 'other';
}

/** The package (or the gateway's own file, or Node's module) a frame belongs to. */
function ownerOf(frame: CallFrame): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native or builtin)';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1];
  const own = /\/(dist\/.*)$/.exec(url);
  if (own) return own[1];
  return url.replace(/^file:\/\/.*\//, '');
}

export interface Summary {
  /** Busy time: everything but idle, in µs. */
  busyUs: number;
  idleUs: number;
  buckets: Map<Bucket, number>;
  owners: Map<string, number>;
  functions: Map<string, { us: number; bucket: Bucket }>;
}

/** Self time by function; given a window (µs on the profile's clock), only the samples inside it, so start-up and warm-up stay out. */
export function summarise(profile: CpuProfile, window?: { fromUs: number; toUs: number }): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const parents = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((child) => [child, n.id] as const)));
  // A builtin (writev, JSON.parse, …) has no script of its own: it counts where its caller does.
  const bucketAt = (id: number): Bucket => {
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frame = byId.get(at)!;
      const bucket = bucketOf(frame);
      if (bucket !== 'other' || frame.url || frame.functionName.startsWith('(') || frame.functionName === 'runMicrotasks') return bucket;
    }
    return 'other';
  };
  const self = new Map<number, number>();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    if (window && (at < window.fromUs || at > window.toUs)) continue;
    // The time until the next sample is what this one stands for.
    const dt = profile.timeDeltas[i + 1] ?? 0;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const summary: Summary = { busyUs: 0, idleUs: 0, buckets: new Map(BUCKETS.map((b) => [b, 0])), owners: new Map(), functions: new Map() };
  for (const [id, us] of self) {
    const frame = byId.get(id)!;
    if (frame.functionName === '(idle)') {
      summary.idleUs += us;
      continue;
    }
    summary.busyUs += us;
    const bucket = bucketAt(id);
    summary.buckets.set(bucket, summary.buckets.get(bucket)! + us);
    const owner = ownerOf(frame);
    summary.owners.set(owner, (summary.owners.get(owner) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'} ${owner}:${frame.lineNumber + 1}`;
    const fn = summary.functions.get(name) ?? { us: 0, bucket };
    fn.us += us;
    summary.functions.set(name, fn);
  }
  return summary;
}

const top = <K>(map: Map<K, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);

/** A Markdown report: the buckets (share of busy time, and µs per request given `requests`), then the heaviest packages and functions. */
export function renderSummary(s: Summary, requests?: number, topN = 15): string {
  const perRequest = (us: number) => (requests ? (us / requests).toFixed(1) : '');
  const share = (us: number) => `${((us / s.busyUs) * 100).toFixed(1)} %`;
  const rules = new Map(BUCKET_RULES.map(([bucket, , what]) => [bucket, what]));
  return [
    `Busy ${(s.busyUs / 1000).toFixed(0)} ms, idle ${(s.idleUs / 1000).toFixed(0)} ms${requests ? `, ${requests} requests: ${perRequest(s.busyUs)} µs busy per request` : ''}.`,
    '',
    '| bucket | share of busy time | µs / request | what it holds |',
    '|---|---|---|---|',
    ...BUCKETS.map((b) => `| ${b} | ${share(s.buckets.get(b)!)} | ${perRequest(s.buckets.get(b)!)} | ${rules.get(b) ?? 'the rest: promise jobs (runMicrotasks), (program), code of no bucket'} |`),
    '',
    '| package or file | share of busy time |',
    '|---|---|',
    ...top(s.owners, topN).map(([owner, us]) => `| ${owner} | ${share(us)} |`),
    '',
    '| function (self time) | bucket | share of busy time |',
    '|---|---|---|',
    ...[...s.functions]
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, topN)
      .map(([name, { us, bucket }]) => `| ${name.replace(/\|/g, '\\|')} | ${bucket} | ${share(us)} |`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, requests] = process.argv.slice(2);
  if (!file) {
    console.error('usage: tsx bench/cpuprofile-summary.ts FILE.cpuprofile [REQUESTS]');
    process.exit(2);
  }
  console.log(renderSummary(summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile), requests ? Number(requests) : undefined));
}
