// Writing replies to the socket, normally or in the broken ways faults ask for. Every timer
// started here is tracked so closing the emulator never leaves one pending.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { JSON_TYPE, type Reply } from './http.js';

export class Timers {
  private readonly pending = new Set<NodeJS.Timeout>();

  later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      fn();
    }, ms);
    this.pending.add(timer);
  }

  clear(): void {
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }
}

/** False once the client has gone away (or a fault destroyed the socket). */
export function writable(res: ServerResponse): boolean {
  return !res.destroyed && !res.writableEnded && res.socket !== null && !res.socket.destroyed;
}

function head(res: ServerResponse, reply: Reply, body: Buffer): void {
  // 304 Not Modified carries no body, so no content headers either.
  if (reply.status === 304) return void res.writeHead(304, reply.headers);
  res.writeHead(reply.status, {
    'Content-Type': reply.contentType ?? JSON_TYPE,
    'Content-Length': body.length,
    ...reply.headers,
  });
}

export function send(res: ServerResponse, reply: Reply): void {
  if (!writable(res)) return;
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  head(res, reply, body);
  res.end(body);
}

/** Announces the full length, sends half of the bytes, then cuts the connection. */
export function sendTruncated(res: ServerResponse, reply: Reply): void {
  if (!writable(res)) return;
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  head(res, reply, body);
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
}

/** Sends the headers and the first half of the body now, the rest after `ms`. */
export function sendSlowBody(res: ServerResponse, reply: Reply, ms: number, timers: Timers): void {
  if (!writable(res)) return;
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  head(res, reply, body);
  const half = Math.floor(body.length / 2);
  res.write(body.subarray(0, half));
  timers.later(ms, () => {
    if (writable(res)) res.end(body.subarray(half));
  });
}

const MAX_BODY = 64 * 1024;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error('request body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
    req.on('aborted', () => reject(new Error('request aborted')));
  });
}
