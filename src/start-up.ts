// What a new process does between building the gateway and listening: fetch the app's token,
// hand back the memory starting used, and run the request path once so its first clients do not
// wait for V8 to compile it.
import { createGateway, type Gateway, type GatewayOptions } from './gateway.js';
import type { Logger } from './logger.js';

/**
 * Starting (loading the modules, building the schema, compiling the spec's validators) leaves
 * the young generation grown to its cap and the old one holding what only starting needed, and
 * V8's memory reducer does not hand that back to an idle process: about 140 MB of RSS on Node 24.
 * One last-resort collection before listening does (about 100 MB). It needs `--expose-gc`,
 * which `npm start` and the image pass; without it (tsx, tests) nothing happens.
 */
function releaseStartUpMemory(): void {
  const gc = (globalThis as { gc?: (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void }).gc;
  gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/** What went wrong, in the words of a log line. */
const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Longest the start waits for the app's token before it listens all the same. */
const TOKEN_BEFORE_LISTENING_MS = 3000;

/**
 * The app's token, fetched (or taken from the shared store) before the server listens, so the
 * first requests a new replica takes do not all wait one more round trip for it. Spotify out of
 * reach does not stop the start: the first request fetches the token then, and /ready says
 * whether Spotify answers.
 */
async function fetchTokenBeforeListening(gateway: Gateway, logger: Logger): Promise<void> {
  try {
    await gateway.dataSource.prepare({ deadline: Date.now() + TOKEN_BEFORE_LISTENING_MS });
  } catch (error) {
    logger.warn(`no Spotify token yet (${reason(error)}): the first request will fetch one`);
  }
}

/** Trivial queries run through a copy of the gateway before the server listens. */
const WARM_UP_REQUESTS = 30;

/**
 * A fresh process compiles each function of the request path (Yoga, envelop, whatwg-node,
 * parsing, validation, execution) the first time a request calls it, so the first requests a
 * new replica takes wait for that. A few trivial queries (`{ __typename }`) through a copy of the
 * gateway compile them before the first client's request: the copy logs nowhere, counts
 * nothing and shares no state, the queries call nothing upstream, and they are too few to
 * teach V8's optimising compilers anything (those wait for hundreds of calls). Over the first
 * 5 s of a fresh gateway at 50 clients (the soak's load), six runs each, this took the p99 of
 * an artist with its albums from 211–266 ms to 118–146, and of a search from 105–201 to
 * 94–126, for 6–12 MB of idle RSS.
 */
async function warmUpRequestPath(options: GatewayOptions, logger: Logger): Promise<void> {
  const copy = createGateway({ config: options.config, demo: options.demo, signIn: options.signIn, demoImagesFrom: options.demoImagesFrom });
  try {
    for (let i = 0; i < WARM_UP_REQUESTS; i++) {
      const response = await copy.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      await response.text();
    }
  } catch (error) {
    // Only speed is at stake: the server starts all the same.
    logger.warn(`warming the request path up failed (${reason(error)})`);
  } finally {
    await copy.close();
  }
}

/** Readies a new process to take traffic; nothing here stops the start when it fails. */
export async function prepareToListen(gateway: Gateway, options: GatewayOptions, logger: Logger): Promise<void> {
  await fetchTokenBeforeListening(gateway, logger);
  releaseStartUpMemory();
  // After the collection, which would throw away the code the warm-up compiled.
  await warmUpRequestPath(options, logger);
}
