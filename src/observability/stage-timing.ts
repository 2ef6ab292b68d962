import { channel } from 'node:diagnostics_channel';
import type { Plugin } from 'graphql-yoga';
import type { RequestScope } from '../context.js';

/**
 * The stages of a GraphQL request, published on a diagnostics channel for a profiler that
 * subscribes (`npm run bench:profile` loads one with `--import`), beside the Spotify layer's
 * call stages (spotify/upstream/trace.ts) under the same request id: Yoga has the request, its
 * params are read, the document is parsed and validated, execution starts and ends, and the
 * response is made. The plugin exists only when a profiler listened before the gateway was
 * built, so a production request pays nothing for it.
 */
export type RequestStage = 'request' | 'params' | 'parsed' | 'validated' | 'execute' | 'executed' | 'response';

const stages = channel('spotify-gateway:request');

export function useStageTiming(): Plugin[] {
  if (!stages.hasSubscribers) return [];
  const ids = new WeakMap<Request, string>();
  const publish = (request: Request | undefined, stage: RequestStage) => {
    const requestId = request && ids.get(request);
    if (requestId !== undefined) stages.publish({ requestId, stage, at: performance.now() });
  };
  return [
    {
      onRequest({ request, serverContext }) {
        const { requestId } = serverContext as RequestScope;
        if (requestId === undefined) return;
        ids.set(request, requestId);
        // node:http's request, when served by it: the profiler ties its own start and finish to the id.
        stages.publish({ requestId, stage: 'request', at: performance.now(), incoming: (serverContext as { req?: unknown }).req });
      },
      onParams: ({ request }) => publish(request, 'params'),
      onParse: ({ context }) => () => publish((context as { request?: Request }).request, 'parsed'),
      onValidate: ({ context }) => () => publish((context as { request?: Request }).request, 'validated'),
      onExecute: ({ args }) => {
        const { request } = args.contextValue as { request?: Request };
        publish(request, 'execute');
        return { onExecuteDone: () => publish(request, 'executed') };
      },
      onResponse: ({ request }) => publish(request, 'response'),
    },
  ];
}
