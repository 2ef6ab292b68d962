import { channel } from 'node:diagnostics_channel';

/**
 * The moments of a call to Spotify, published on a diagnostics channel for a profiler that
 * subscribes (`npm run bench:profile` loads one with `--import`): when the exchange takes the
 * call, passes the gate, gets a place under the concurrency bound, has its token, hands it to
 * undici, when undici writes it, when the answer's head and body arrive, when it is parsed and
 * when the facade has decoded it. Nothing is built or published while no one listens.
 */
export type CallStage = 'call' | 'admitted' | 'slot' | 'token' | 'send' | 'written' | 'head' | 'body' | 'answered' | 'decoded';

const stages = channel('spotify-gateway:upstream');

/** Whether a profiler listens (one property read). */
export const tracing = (): boolean => stages.hasSubscribers;

export function traceCall(requestId: string | undefined, endpoint: string, stage: CallStage): void {
  if (stages.hasSubscribers) stages.publish({ requestId, endpoint, stage, at: performance.now() });
}
