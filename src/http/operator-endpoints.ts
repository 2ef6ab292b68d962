import type { Plugin } from 'graphql-yoga';
import type { GatewayMetrics } from '../observability/metrics.js';

export interface ReadinessCheck {
  /** Resolves when a token can be had and Spotify answers; rejects otherwise. */
  (): Promise<void>;
}

/** How long a readiness verdict is reused, so probes never turn into a stream of Spotify calls. */
const READY_CHECK_TTL_MS = 5000;

const json = (fetchAPI: { Response: typeof Response }, status: number, body: unknown) =>
  new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/**
 * The operator's endpoints beside /graphql (liveness, /health, is Yoga's own): /ready (Spotify
 * can be reached with a token, judged from a check at most a few seconds old) and /metrics
 * (Prometheus text format).
 */
export function useOperatorEndpoints(metrics: GatewayMetrics, checkReady: ReadinessCheck): Plugin {
  let verdict: { at: number; ok: boolean; reason?: string } | undefined;
  let checking: Promise<void> | undefined;
  const ready = async () => {
    if (verdict && Date.now() - verdict.at < READY_CHECK_TTL_MS) return verdict;
    checking ??= checkReady()
      .then(
        () => void (verdict = { at: Date.now(), ok: true }),
        (error: Error) => void (verdict = { at: Date.now(), ok: false, reason: error.message }),
      )
      .finally(() => (checking = undefined));
    await checking;
    return verdict!;
  };

  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      switch (url.pathname) {
        case '/ready': {
          const { ok, reason } = await ready();
          return endResponse(json(fetchAPI, ok ? 200 : 503, ok ? { status: 'ready' } : { status: 'not ready', reason }));
        }
        case '/metrics':
          return endResponse(
            new fetchAPI.Response(await metrics.registry.metrics(), { status: 200, headers: { 'content-type': metrics.registry.contentType } }),
          );
      }
    },
  };
}
