// A real HTTP server on a loopback port that answers every Web API request of the spec (reads
// and writes) with an answer generated from the spec's success response schema, and records
// whether each request the gateway sent was valid against the spec, with its method and token.
// Its token endpoint hands out any token; any bearer is a user, whose answers are drawn from
// their own token (GET /me answers `userIdOf(token)`).
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
  method: string;
  url: string;
  template?: string;
  /** The bearer token it carried. */
  token: string;
  /** The status the double answered. */
  status: number;
  /** A write's body as sent. */
  body?: string;
  violations: string[];
}

/** The app's token, as the double's token endpoint hands it out. */
export const APP_TOKEN = 'contract-token';



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
  // A 204 has no body, whatever the scenario drew.
  const text = body === undefined || status === 204 ? '' : typeof body === 'string' ? body : JSON.stringify(body);
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

  const handle = (req: IncomingMessage, res: ServerResponse, text: string) => {
    const url = new URL(req.url ?? '/', 'http://double.test');
    if (url.pathname === '/api/token') return send(res, 200, { access_token: APP_TOKEN, token_type: 'Bearer', expires_in: 3600 });
    const method = req.method ?? 'GET';
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const checked = check(method, url, text || undefined);
    const seen: SeenRequest = { method, url: `${url.pathname}${url.search}`, token, status: 0, body: text || undefined, ...checked };
    double.requests.push(seen);
    const reply = (status: number, body: unknown) => {
      seen.status = status;
      send(res, status, body);
    };
    if (!checked.template) return reply(404, { error: { status: 404, message: 'Not found' } });
    const pathIds = /^\/v1\/\w+\/([^/]+)/.exec(url.pathname)?.[1];
    const ask: Ask = { method, template: checked.template, url, pathIds: pathIds ? [decodeURIComponent(pathIds)] : [], token };
    const query = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join('&');
    // A user's answers are theirs: the token is part of what draws them.
    const rng = mulberry32(hashSeed(`${double.scenario.seed}|${token === APP_TOKEN ? '' : token}|${method} ${url.pathname}?${query}`));
    const { status, body } = answer(spec, ask, rng);
    if (double.scenario.untidy && body && typeof body === 'object') untidy(body, rng);
    const replaced = double.scenario.shape?.(ask, body);
    if (replaced) return reply(replaced.status, replaced.body);
    reply(status, body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        handle(req, res, Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        // A fault of the double itself: the test must see it, not a gateway retrying a 500.
        double.requests.push({ method: req.method ?? '', url: req.url ?? '', token: '', status: 400, violations: [`the double failed: ${(error as Error).stack}`] });
        send(res, 400, { error: { status: 400, message: 'double failed' } });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  double.accountsUrl = `http://127.0.0.1:${port}`;
  double.apiUrl = `http://127.0.0.1:${port}/v1`;
  return double;
}
