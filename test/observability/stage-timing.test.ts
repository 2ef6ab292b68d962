// The stages of a request on the diagnostics channels a profiler subscribes to
// (bench/probes/latency-probe.mjs): published in the order a request walks them, tied together
// by the request id; nothing at all without a subscriber.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useStageTiming } from '../../src/observability/stage-timing.js';
import { startHarness, type Harness } from '../helpers/harness.js';

interface Mark {
  requestId?: string;
  stage: string;
  at: number;
  endpoint?: string;
}

describe('stage timing', () => {
  const marks: Mark[] = [];
  const record = (message: unknown) => marks.push(message as Mark);
  let h: Harness;

  beforeAll(async () => {
    // Before the gateway is built: the plugin exists only when someone listens then.
    subscribe('spotify-gateway:request', record);
    subscribe('spotify-gateway:upstream', record);
    h = await startHarness();
  });
  afterAll(async () => {
    unsubscribe('spotify-gateway:request', record);
    unsubscribe('spotify-gateway:upstream', record);
    await h.close();
  });

  it('publishes each stage of a request and of its call, in order, under its id', async () => {
    const response = await h.gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'staged-1' },
      body: JSON.stringify({ query: '{ search(query: "BTS") { artists(first: 2) { edges { node { name } } } } }' }),
    });
    expect(response.status).toBe(200);
    const mine = marks.filter((mark) => mark.requestId === 'staged-1');
    // The token's call runs inside the search's first attempt, under the same request id.
    const search = mine.filter((mark) => mark.endpoint === undefined || mark.endpoint === 'search');
    expect(search.map((mark) => mark.stage)).toEqual([
      'request',
      'params',
      'parsed',
      'validated',
      'execute',
      'call',
      'admitted',
      'slot',
      'token',
      'send',
      'written',
      'head',
      'body',
      'answered',
      'decoded',
      'executed',
      'response',
    ]);
    const times = search.map((mark) => mark.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(mine.filter((mark) => mark.endpoint === 'token').map((mark) => mark.stage)).toContain('answered');
  });

  it('adds no plugin when no one listens', () => {
    unsubscribe('spotify-gateway:request', record);
    try {
      expect(useStageTiming()).toEqual([]);
    } finally {
      subscribe('spotify-gateway:request', record);
    }
  });
});
