// Loaded into the gateway with `node --import` by bench/profile.ts: watches, without touching the
// gateway's code, where a request's time goes under load. Node's diagnostics channels give each
// incoming request's start and finish (node:http) and each upstream call's creation, first
// bytes sent and answer (undici). Calls are not tied to their requests (an AsyncLocalStorage
// would, at a cost the gateway itself avoids), so the time a request spends in the gateway
// outside its calls is a difference of means. Alongside: event-loop delay and utilisation, GC
// pauses, and how many timers and AbortControllers the process creates. The gateway's own
// stage channels (src/observability/stage-timing.ts and src/spotify/upstream/trace.ts) tie the
// stages of one request together by its id: from Yoga having the request to the response
// finished, through its upstream call's gate, concurrency slot, token, send, answer, parse and
// decode. SIGUSR2 starts a measuring window (after warm-up); the figures go to PROBE_OUT as
// JSON when the process exits.
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { createHistogram, monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';

const now = () => performance.now();
const histogram = () => createHistogram({ lowest: 1, highest: 60_000_000, figures: 3 });
const requests = new WeakMap();
const calls = new WeakMap();
const us = (ms) => Math.max(1, Math.round(ms * 1000));
/** Upstream calls in flight now: kept across windows, since calls straddle them. */
let inFlightUpstream = 0;

/**
 * A request's stages in order, each named by the interval that ends at it. `finish` is node:http's;
 * the rest come from the gateway's channels. A request with several calls is timed by its first.
 */
const STAGES = [
  ['node:http → Yoga', 'request'],
  ['body read, params', 'params'],
  ['parse', 'parsed'],
  ['validate', 'validated'],
  ['context, execution start', 'execute'],
  ['resolvers → the call starts', 'call'],
  ['rate-limit gate', 'admitted'],
  ['concurrency slot', 'slot'],
  ['token', 'token'],
  ['to the transport', 'send'],
  ['undici: to a connection', 'written'],
  ['upstream: to the answer head', 'head'],
  ['answer body', 'body'],
  ['JSON parse, policy', 'answered'],
  ['decode', 'decoded'],
  ['resolvers after the answer', 'executed'],
  ['result → response', 'response'],
  ['response written', 'finish'],
];
/** Stage times by request id, until its response finishes. */
const traces = new Map();
const traceOf = (requestId) => {
  let trace = traces.get(requestId);
  if (!trace) traces.set(requestId, (trace = {}));
  return trace;
};
/** node:http's request → the gateway's request id. */
const idsByRequest = new WeakMap();
subscribe('spotify-gateway:request', ({ requestId, stage, at, incoming }) => {
  if (incoming) idsByRequest.set(incoming, requestId);
  const trace = traceOf(requestId);
  trace[stage] ??= at;
});
subscribe('spotify-gateway:upstream', ({ requestId, stage, at }) => {
  if (requestId === undefined) return;
  const trace = traceOf(requestId);
  // The first call's stages; a retry's or a second call's come later and are not this request's path.
  trace[stage] ??= at;
});

let window;
function reset() {
  window = {
    started: now(),
    elu: performance.eventLoopUtilization(),
    loopDelay: monitorEventLoopDelay({ resolution: 1 }),
    served: 0,
    /** µs: upstream call created → its request bytes written (undici's queue for a connection). */
    undiciQueue: histogram(),
    /** µs: request written → response headers (the upstream, plus the event loop noticing). */
    upstreamHead: histogram(),
    /** µs: response headers → body complete. */
    upstreamBody: histogram(),
    /** µs: upstream call created → body complete. */
    call: histogram(),
    /** µs: incoming request start → response finished. */
    total: histogram(),
    calls: 0,
    maxInFlightUpstream: inFlightUpstream,
    connectionsOpened: 0,
    gcPauses: 0,
    gcMs: 0,
    timeouts: 0,
    abortControllers: 0,
    /** µs per stage of the requests whose own upstream call was traced from start to finish. */
    stages: Object.fromEntries(STAGES.map(([name]) => [name, histogram()])),
    traced: 0,
    /** Requests answered without a call of their own (joined another's, or none needed). */
    untraced: 0,
  };
  window.loopDelay.enable();
}
reset();
process.on('SIGUSR2', reset);

subscribe('http.server.request.start', ({ request }) => requests.set(request, now()));
subscribe('http.server.response.finish', ({ request }) => {
  const start = requests.get(request);
  if (start === undefined) return;
  const finished = now();
  window.served += 1;
  window.total.record(us(finished - start));
  const requestId = idsByRequest.get(request);
  const trace = traces.get(requestId);
  traces.delete(requestId);
  if (!trace) return;
  trace.finish = finished;
  if (STAGES.some(([, stage]) => trace[stage] === undefined)) {
    window.untraced += 1;
    return;
  }
  window.traced += 1;
  let before = start;
  for (const [name, stage] of STAGES) {
    window.stages[name].record(us(Math.max(0, trace[stage] - before)));
    before = trace[stage];
  }
});

subscribe('undici:request:create', ({ request }) => {
  calls.set(request, { created: now() });
  inFlightUpstream += 1;
  window.maxInFlightUpstream = Math.max(window.maxInFlightUpstream, inFlightUpstream);
});
subscribe('undici:client:sendHeaders', ({ request }) => {
  const call = calls.get(request);
  if (call) call.sent = now();
});
subscribe('undici:request:headers', ({ request }) => {
  const call = calls.get(request);
  if (call) call.head = now();
});
const finished = ({ request }) => {
  const call = calls.get(request);
  if (!call || call.done) return;
  call.done = now();
  inFlightUpstream -= 1;
  window.calls += 1;
  window.call.record(us(call.done - call.created));
  if (call.sent !== undefined) window.undiciQueue.record(us(call.sent - call.created));
  if (call.head !== undefined && call.sent !== undefined) window.upstreamHead.record(us(call.head - call.sent));
  if (call.head !== undefined) window.upstreamBody.record(us(call.done - call.head));
};
subscribe('undici:request:trailers', finished);
subscribe('undici:request:error', finished);
subscribe('undici:client:connected', () => (window.connectionsOpened += 1));

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.gcPauses += 1;
    window.gcMs += entry.duration;
  }
}).observe({ entryTypes: ['gc'] });

const { setTimeout: originalSetTimeout } = globalThis;
globalThis.setTimeout = function countedSetTimeout(...args) {
  window.timeouts += 1;
  return originalSetTimeout.apply(this, args);
};
const OriginalAbortController = globalThis.AbortController;
globalThis.AbortController = class CountedAbortController extends OriginalAbortController {
  constructor() {
    super();
    window.abortControllers += 1;
  }
};

/** A histogram of µs as ms. */
const describe = (h) => ({
  mean: h.count ? +(h.mean / 1000).toFixed(3) : 0,
  p50: h.count ? +(h.percentile(50) / 1000).toFixed(3) : 0,
  p99: h.count ? +(h.percentile(99) / 1000).toFixed(3) : 0,
});

let written = false;
function writeFigures() {
  if (!process.env.PROBE_OUT || written) return;
  written = true;
  const w = window;
  w.loopDelay.disable();
  const seconds = (now() - w.started) / 1000;
  const loop = w.loopDelay;
  writeFileSync(
    process.env.PROBE_OUT,
    JSON.stringify({
      seconds: +seconds.toFixed(2),
      served: w.served,
      eventLoopUtilisation: +performance.eventLoopUtilization(w.elu).utilization.toFixed(3),
      // How late the 1 ms probe timer fired: monitorEventLoopDelay's figures (ns) include the 1 ms.
      eventLoopDelayMs: Object.fromEntries(
        [['mean', loop.mean], ['p50', loop.percentile(50)], ['p99', loop.percentile(99)], ['max', loop.max]].map(([k, ns]) => [k, +Math.max(0, ns / 1e6 - 1).toFixed(2)]),
      ),
      callsPerRequest: +(w.calls / Math.max(1, w.served)).toFixed(2),
      call: describe(w.call),
      undiciQueue: describe(w.undiciQueue),
      upstreamHead: describe(w.upstreamHead),
      upstreamBody: describe(w.upstreamBody),
      total: describe(w.total),
      maxInFlightUpstream: w.maxInFlightUpstream,
      connectionsOpened: w.connectionsOpened,
      gcPausesPerRequest: +(w.gcPauses / Math.max(1, w.served)).toFixed(3),
      gcMsPerRequest: +(w.gcMs / Math.max(1, w.served)).toFixed(4),
      gcShareOfWall: +(w.gcMs / 1000 / seconds).toFixed(3),
      timeoutsPerRequest: +(w.timeouts / Math.max(1, w.served)).toFixed(2),
      abortControllersPerRequest: +(w.abortControllers / Math.max(1, w.served)).toFixed(2),
      traced: w.traced,
      untraced: w.untraced,
      stages: Object.fromEntries(Object.entries(w.stages).map(([name, h]) => [name, describe(h)])),
    }, null, 2),
  );
}
// The window ends when the process is told to stop. A server with no SIGTERM handler of its own
// (Apollo's re-raises the signal once it has stopped) would die without an 'exit' event, and one
// listener here would keep it alive: so when this is the last listener, it exits.
process.on('SIGTERM', () => {
  writeFigures();
  if (process.listenerCount('SIGTERM') === 1) process.exit(0);
});
process.on('exit', writeFigures);
