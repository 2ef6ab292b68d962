// The Spotify emulator: a plain node:http server answering both the accounts service
// (POST /api/token) and the Web API (/v1/...) on one port. Each call is logged, offered to
// the fault controller, then authenticated, routed and answered from the catalog.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppMode } from './wire-types.js';
import { getCatalog, type Catalog } from './catalog.js';
import { CONTROL_PREFIX, handleControl } from './control.js';
import type { CallFilter, CallRecord, Emulator, EmulatorOptions } from './emulator.js';
import { readBody, send, sendSlowBody, sendTruncated, Timers, writable } from './delivery.js';
import { DEFAULT_LATENCY, FaultController, faultReply, type FaultRule, type Host } from './faults.js';
import { ApiError, errorReply, parseQuery, type Query, type Reply } from './http.js';
import { Quirks } from './quirks.js';
import { resolve, type Resolved } from './router.js';
import { searchIndexFor, type SearchIndex } from './search-index.js';
import { TokenStore } from './tokens.js';
import { refuseUnlisted } from './users/session.js';
import { Users } from './users/users.js';
import { PlaylistWire } from './wire-playlists.js';
import { SpokenWire } from './wire-spoken.js';
import { Wire } from './wire.js';

export type { FaultRule } from './faults.js';
export type { CallRecord, Emulator, EmulatorOptions } from './emulator.js';

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const emulator = new SpotifyEmulator(options);
  await emulator.listen(options.host ?? '127.0.0.1', options.port ?? 0);
  return emulator;
}

class SpotifyEmulator implements Emulator {
  url = '';
  accountsUrl = '';
  apiUrl = '';
  readonly clientId: string;
  readonly clientSecret: string;
  readonly catalog: Catalog;
  readonly faults: FaultController;
  readonly users: Users;
  readonly calls: CallRecord[] = [];
  readonly quirks: boolean;

  private currentMode: AppMode;
  private readonly tokens: TokenStore;
  private readonly search: SearchIndex;
  private readonly timers = new Timers();
  private readonly server: Server;
  private readonly callLogLimit: number;
  /** Exact call counts per "host endpoint", kept apart from the (bounded) log. */
  private readonly counts = new Map<string, { host: Host; endpoint: string; n: number }>();
  private wire!: Wire;
  private spokenWire!: SpokenWire;
  private playlistWire!: PlaylistWire;
  private closing?: Promise<void>;

  constructor(options: EmulatorOptions) {
    this.currentMode = checkMode(options.mode ?? 'development');
    this.clientId = options.clientId ?? 'demo-client-id';
    this.clientSecret = options.clientSecret ?? 'demo-client-secret';
    this.tokens = new TokenStore(checkLifetime(options.tokenLifetimeSeconds ?? 3600));
    this.faults = new FaultController({ seed: options.faultSeed, latencyMs: options.latencyMs });
    this.catalog = getCatalog(options.seed);
    this.search = searchIndexFor(this.catalog);
    this.users = new Users(this.catalog, this.tokens);
    this.callLogLimit = options.callLogLimit ?? 200_000;
    this.quirks = options.quirks ?? false;
    this.server = createServer((req, res) => this.onRequest(req, res));
    // Longer than common clients' idle timeouts, so the client closes idle sockets first.
    this.server.keepAliveTimeout = 65_000;
  }

  async listen(host: string, port: number): Promise<void> {
    await new Promise<void>((done, fail) => {
      this.server.once('error', fail);
      this.server.listen(port, host, () => {
        this.server.off('error', fail);
        done();
      });
    });
    const address = this.server.address() as AddressInfo;
    const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
    this.url = `http://${shownHost}:${address.port}`;
    this.accountsUrl = this.url;
    this.apiUrl = `${this.url}/v1`;
    this.wire = new Wire(this.catalog, this.apiUrl, this.url, new Quirks(this.quirks, this.catalog.seed));
    this.spokenWire = new SpokenWire(this.wire);
    this.playlistWire = new PlaylistWire(this.wire, this.spokenWire);
  }

  get mode(): AppMode {
    return this.currentMode;
  }

  setMode(mode: AppMode): void {
    this.currentMode = checkMode(mode);
  }

  countCalls(filter: CallFilter = {}): number {
    let n = 0;
    for (const c of this.counts.values()) {
      if ((filter.endpoint === undefined || filter.endpoint === c.endpoint) && (filter.host === undefined || filter.host === c.host)) n += c.n;
    }
    return n;
  }

  resetCalls(): void {
    this.calls.length = 0;
    this.counts.clear();
  }

  setTokenLifetime(seconds: number): void {
    this.tokens.lifetimeSeconds = checkLifetime(seconds);
  }

  issuedTokens(): string[] {
    return this.tokens.issued();
  }

  expireAllTokens(): void {
    this.tokens.expireAll();
  }

  close(): Promise<void> {
    this.closing ??= new Promise<void>((done) => {
      this.timers.clear();
      // The listening handle is only released in the loop's close phase after 'close': wait
      // past it, so that nothing of ours is left once the promise settles.
      this.server.close(() => setImmediate(() => setImmediate(done)));
      this.server.closeAllConnections();
    });
    return this.closing;
  }

  // ---- one call --------------------------------------------------------------------------

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const raw = req.url ?? '/';
    const mark = raw.indexOf('?');
    const path = mark < 0 ? raw : raw.slice(0, mark);
    if (path.startsWith(CONTROL_PREFIX)) return handleControl(this, req, res, path);

    const method = req.method ?? 'GET';
    const resolved = resolve(method, path);
    const query = parseQuery(mark < 0 ? '' : raw.slice(mark + 1));
    const record: CallRecord = { at: Date.now(), method, path, endpoint: resolved.endpoint, host: resolved.host, query, status: 0 };
    const ids = resolved.route?.ids === 'path' ? [resolved.id] : resolved.route?.ids === 'query' ? query.ids?.split(',') : undefined;
    if (ids !== undefined) record.ids = ids;
    this.log(record);

    const plan = this.faults.plan(record.endpoint, record.host);
    if (plan.delayMs > 0) this.timers.later(plan.delayMs, () => this.answer(req, res, record, resolved, plan.fault));
    else this.answer(req, res, record, resolved, plan.fault);
  }

  private log(record: CallRecord): void {
    if (this.calls.length >= this.callLogLimit) this.calls.splice(0, Math.ceil(this.callLogLimit / 10));
    this.calls.push(record);
    const key = `${record.host} ${record.endpoint}`;
    const count = this.counts.get(key);
    if (count) count.n++;
    else this.counts.set(key, { host: record.host, endpoint: record.endpoint, n: 1 });
  }

  private answer(req: IncomingMessage, res: ServerResponse, record: CallRecord, resolved: Resolved, fault?: FaultRule): void {
    if (!writable(res)) return;
    if (fault?.kind === 'drop') {
      record.status = 0;
      req.socket.destroy();
      return;
    }
    const replacement = fault ? faultReply(fault) : null;
    if (replacement) return this.deliver(res, record, replacement);
    if (req.method === 'GET' || req.method === 'HEAD') return this.deliver(res, record, this.reply(req, resolved, record.query, ''), fault);
    readBody(req).then(
      (body) => this.deliver(res, record, this.reply(req, resolved, record.query, body), fault),
      () => this.deliver(res, record, errorReply(400, 'Unreadable request body')),
    );
  }

  private deliver(res: ServerResponse, record: CallRecord, reply: Reply, fault?: FaultRule): void {
    record.status = reply.status;
    const ms = fault?.latencyMs ?? DEFAULT_LATENCY;
    switch (fault?.kind) {
      case 'truncated':
        return sendTruncated(res, reply);
      case 'slow-headers':
        return this.timers.later(ms, () => send(res, reply));
      case 'slow-body':
        return sendSlowBody(res, reply, ms, this.timers);
      default:
        return send(res, reply);
    }
  }

  /** The normal answer to a call: routing, authentication, app mode, then the handler. */
  private reply(req: IncomingMessage, resolved: Resolved, query: Query, body: string): Reply {
    const route = resolved.route;
    if (!route) return resolved.wrongMethod ? errorReply(405, 'Method not allowed') : errorReply(404, 'Service not found');
    let userId: string | undefined;
    if (route.auth) {
      const auth = this.authenticate(req.headers.authorization);
      if ('denied' in auth) return auth.denied;
      userId = auth.userId;
    }
    // Spotify says no more than this to a Development Mode app calling an endpoint it lost.
    if (route.extendedOnly && this.currentMode === 'development') return errorReply(403, 'Forbidden');
    try {
      return route.handler({
        id: resolved.id, query, headers: req.headers, body, mode: this.currentMode, userId, catalog: this.catalog,
        wire: this.wire, spokenWire: this.spokenWire, playlistWire: this.playlistWire, search: this.search, tokens: this.tokens,
        clientId: this.clientId, clientSecret: this.clientSecret, users: this.users, playlists: this.users.playlists,
      });
    } catch (error) {
      if (error instanceof ApiError) return error.reply();
      console.error('emulator: handler failed', error);
      return errorReply(500, 'Server error');
    }
  }

  /** The token's user (none for client-credentials tokens), or the answer refusing it. */
  private authenticate(header: string | undefined): { denied: Reply } | { userId: string | undefined } {
    if (header === undefined || header.trim() === '') return { denied: unauthorized('No token provided') };
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) return { denied: errorReply(400, 'Only valid bearer authentication supported') };
    const { state, userId } = this.tokens.check(match[1]);
    if (state === 'unknown') return { denied: unauthorized('Invalid access token') };
    if (state === 'expired') return { denied: unauthorized('The access token expired') };
    const refused = refuseUnlisted(this.users, userId, this.currentMode);
    return refused ? { denied: refused } : { userId };
  }
}

/** 401 with the WWW-Authenticate header Spotify sends alongside. */
function unauthorized(message: string): Reply {
  return {
    ...errorReply(401, message),
    headers: { 'WWW-Authenticate': `Bearer realm="spotify", error="invalid_token", error_description="${message}"` },
  };
}

function checkMode(mode: unknown): AppMode {
  if (mode !== 'development' && mode !== 'extended') throw new Error("mode must be 'development' or 'extended'");
  return mode;
}

function checkLifetime(seconds: unknown): number {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
    throw new Error('token lifetime must be a non-negative number of seconds');
  }
  return seconds;
}
