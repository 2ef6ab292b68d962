// The control API under /__emulator/, for processes that cannot reach the Emulator object
// (the chaos script, multi-process tests): read and reset the call log, add and clear
// faults, switch app mode, expire tokens. Control calls are neither logged nor faulted.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppMode } from './wire-types.js';
import { readBody, send } from './delivery.js';
import { errorReply, ok, type Reply } from './http.js';
import type { Emulator } from './emulator.js';
import { userControl } from './users/control.js';

export const CONTROL_PREFIX = '/__emulator/';

export function handleControl(emulator: Emulator, req: IncomingMessage, res: ServerResponse, path: string): void {
  readBody(req).then(
    (body) => send(res, answer(emulator, `${req.method} ${path.slice(CONTROL_PREFIX.length)}`, body)),
    () => send(res, errorReply(400, 'Unreadable request body')),
  );
}

const done = (): Reply => ok('{"ok":true}');

function answer(emulator: Emulator, action: string, body: string): Reply {
  try {
    switch (action) {
      case 'GET calls':
        return ok(JSON.stringify(emulator.calls));
      case 'GET counts':
        // Exact totals by host, cheap to read after a long benchmark run.
        return ok(JSON.stringify({ api: emulator.countCalls({ host: 'api' }), accounts: emulator.countCalls({ host: 'accounts' }) }));
      case 'DELETE calls':
        emulator.resetCalls();
        return done();
      case 'GET faults':
        return ok(JSON.stringify(emulator.faults.active));
      case 'POST faults':
        emulator.faults.add(parse(body));
        return done();
      case 'DELETE faults':
        emulator.faults.clear();
        return done();
      case 'GET mode':
        return ok(JSON.stringify({ mode: emulator.mode }));
      case 'POST mode':
        emulator.setMode(field<AppMode>(parse(body), 'mode'));
        return ok(JSON.stringify({ mode: emulator.mode }));
      case 'POST expire-tokens':
        emulator.expireAllTokens();
        return done();
      case 'POST token-lifetime':
        emulator.setTokenLifetime(field<number>(parse(body), 'seconds'));
        return done();
      case 'POST latency':
        emulator.faults.latencyMs = nonNegative(field<unknown>(parse(body), 'latencyMs'), 'latencyMs');
        return done();
      case 'GET fixtures':
        return ok(JSON.stringify(emulator.catalog.fixtures));
      default:
        return userControl(emulator.users, action, body) ?? errorReply(404, 'Unknown control endpoint');
    }
  } catch (error) {
    return errorReply(400, error instanceof Error ? error.message : String(error));
  }
}

function parse(body: string): any {
  try {
    return JSON.parse(body);
  } catch {
    throw new Error('Request body must be JSON');
  }
}

function field<T>(value: unknown, name: string): T {
  if (typeof value !== 'object' || value === null || !(name in value)) throw new Error(`Missing field ${name}`);
  return (value as Record<string, T>)[name];
}

function nonNegative(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number`);
  return value;
}
