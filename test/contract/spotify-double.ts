// A real HTTP server on a loopback port that answers every Web API GET of the spec with an
// answer generated from the spec's response schema, and records whether each request the
// gateway sent was valid against the spec. Its token endpoint hands out any token.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hashSeed, mulberry32 } from 'spotify-emulator';
import type { AppMode } from '../../src/spotify/upstream/app-mode.js';
import { answer, untidy, type Ask } from './payloads.js';
import { requestChecker } from './spec-requests.js';

type Json = any;

interface Scenario {
  /** Every answer is a function of this seed and the request, whatever order requests come in. */
  seed: number;
  /** Make answers untidy (see payloads.ts). */
  untidy: boolean;
  /** Changes a generated answer, or replaces it (a status and body) for this request. */
  shape?(ask: Ask, body: Json): void | { status: number; body: unknown };
}

interface SeenRequest {
  url: string;
  template?: string;
  violations: string[];
}

export interface SpotifyDouble {
  apiUrl: string;
  accountsUrl: string;
  scenario: Scenario;
  /** Web API requests since the last `clear`, in arrival order (token requests excluded). */
  requests: SeenRequest[];
  clear(): void;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function startSpotifyDouble(spec: Json, mode: AppMode): Promise<SpotifyDouble> {
  const check = requestChecker(spec, mode);
  const double: SpotifyDouble = {
    apiUrl: '',
    accountsUrl: '',
    scenario: { seed: 1, untidy: false },
    requests: [],
    clear: () => void (double.requests.length = 0),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://double.test');
    if (url.pathname === '/api/token') {
      req.resume();
      return send(res, 200, { access_token: 'contract-token', token_type: 'Bearer', expires_in: 3600 });
    }
    const checked = check(req.method ?? 'GET', url);
    double.requests.push({ url: `${url.pathname}${url.search}`, ...checked });
    if (!checked.template) return send(res, 404, { error: { status: 404, message: 'Not found' } });
    const pathIds = /^\/v1\/\w+\/([^/]+)/.exec(url.pathname)?.[1];
    const ask: Ask = { template: checked.template, url, pathIds: pathIds ? [decodeURIComponent(pathIds)] : [] };
    const query = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join('&');
    const rng = mulberry32(hashSeed(`${double.scenario.seed}|${url.pathname}?${query}`));
    const body = answer(spec, ask, rng);
    if (double.scenario.untidy) untidy(body, rng);
    const replaced = double.scenario.shape?.(ask, body);
    if (replaced) return send(res, replaced.status, replaced.body);
    send(res, 200, body);
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      // A fault of the double itself: the test must see it, not a gateway retrying a 500.
      double.requests.push({ url: req.url ?? '', violations: [`the double failed: ${(error as Error).stack}`] });
      send(res, 400, { error: { status: 400, message: 'double failed' } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  double.accountsUrl = `http://127.0.0.1:${port}`;
  double.apiUrl = `http://127.0.0.1:${port}/v1`;
  return double;
}
