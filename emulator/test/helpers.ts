// Shared helpers for the emulator tests: real HTTP over loopback with the global fetch.

import { afterAll, beforeAll } from 'vitest';
import { startEmulator, type Emulator } from '../src/server.js';

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

export async function requestToken(emulator: Emulator, form = 'grant_type=client_credentials', authorization?: string): Promise<Answer> {
  const res = await fetch(`${emulator.accountsUrl}/api/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: authorization ?? basic(emulator.clientId, emulator.clientSecret),
    },
    body: form,
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

export async function token(emulator: Emulator): Promise<string> {
  const answer = await requestToken(emulator);
  if (answer.status !== 200) throw new Error(`token request failed: ${answer.status}`);
  return answer.body.access_token as string;
}

/** GET `${apiUrl}${path}` with a bearer token (none when `bearer` is null). */
export async function get<T = any>(emulator: Emulator, path: string, bearer: string | null): Promise<Answer<T>> {
  const res = await fetch(`${emulator.apiUrl}${path}`, bearer === null ? {} : { headers: { Authorization: `Bearer ${bearer}` } });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: JSON.parse(text) as T };
}

export async function control(emulator: Emulator, method: string, action: string, body?: unknown): Promise<Answer> {
  const res = await fetch(`${emulator.url}/__emulator/${action}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

/** One emulator and a bearer token for all of a file's tests; filled in before they run. */
export function emulatorForFile(): { emulator: Emulator; bearer: string } {
  const shared = {} as { emulator: Emulator; bearer: string };
  beforeAll(async () => {
    shared.emulator = await startEmulator();
    shared.bearer = await token(shared.emulator);
  });
  afterAll(() => shared.emulator.close());
  return shared;
}
