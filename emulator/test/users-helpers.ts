// Helpers for the signed-in emulator tests: the browser's part of Authorization Code with
// PKCE done over real HTTP (read the consent page, submit its form as a user), and calls
// with any method and body.

import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startEmulator, type Emulator } from '../src/server.js';
import type { Answer } from './helpers.js';

export const REDIRECT_URI = 'http://127.0.0.1:8888/callback';

export interface Pkce {
  verifier: string;
  challenge: string;
}

export function pkce(): Pkce {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorizeUrl(emulator: Emulator, params: Record<string, string>): string {
  return `${emulator.url}/authorize?${new URLSearchParams(params)}`;
}

export function authorizeParams(emulator: Emulator, challenge: string, scope: string, state = 'st-1'): Record<string, string> {
  return {
    client_id: emulator.clientId, response_type: 'code', redirect_uri: REDIRECT_URI,
    code_challenge_method: 'S256', code_challenge: challenge, scope, state,
  };
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The consent page's form fields, as a browser would submit them. */
export function formOf(html: string): URLSearchParams {
  const form = new URLSearchParams();
  for (const m of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) form.set(unescape(m[1]), unescape(m[2]));
  return form;
}

/** Submits the consent form with one button pressed; answers the redirect target. */
export async function decide(emulator: Emulator, html: string, button: Record<string, string>): Promise<URL> {
  return new URL((await submit(emulator, html, button)).headers.get('location')!);
}

export async function submit(emulator: Emulator, html: string, button: Record<string, string>): Promise<Response> {
  const form = formOf(html);
  for (const [k, v] of Object.entries(button)) form.set(k, v);
  const res = await fetch(`${emulator.url}/authorize`, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form, redirect: 'manual',
  });
  if (res.status !== 303) throw new Error(`consent form answered ${res.status}: ${await res.text()}`);
  return res;
}

export async function tokenCall(emulator: Emulator, form: Record<string, string>): Promise<Answer> {
  const res = await fetch(`${emulator.accountsUrl}/api/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

/** The whole flow: consent page, sign in as `user`, exchange the code with the verifier. */
export async function signIn(emulator: Emulator, user: string, scope: string): Promise<Answer> {
  const { verifier, challenge } = pkce();
  const page = await fetch(authorizeUrl(emulator, authorizeParams(emulator, challenge, scope)));
  const back = await decide(emulator, await page.text(), { user });
  return tokenCall(emulator, {
    grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: REDIRECT_URI,
    client_id: emulator.clientId, code_verifier: verifier,
  });
}

/** Any method against `${apiUrl}${path}`; a JSON body when `body` is given. */
export async function call<T = any>(emulator: Emulator, method: string, path: string, bearer: string, body?: unknown): Promise<Answer<T>> {
  const headers: Record<string, string> = { Authorization: `Bearer ${bearer}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${emulator.apiUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === '' ? undefined : JSON.parse(text) };
}

export const ALL_SCOPES = [
  'playlist-read-private', 'playlist-read-collaborative', 'playlist-modify-public', 'playlist-modify-private',
  'user-library-read', 'user-library-modify', 'user-read-private', 'user-read-email', 'user-follow-read',
  'user-follow-modify', 'user-top-read', 'user-read-recently-played',
].join(' ');

/**
 * One emulator for a file's tests, in Development Mode with every user's library as seeded,
 * and fresh tokens for sora, minji and jules (every scope) before each test.
 */
export function demoUsersForEachTest(): { emulator: Emulator; sora: string; minji: string; jules: string } {
  const demo = {} as { emulator: Emulator; sora: string; minji: string; jules: string };
  beforeAll(async () => {
    demo.emulator = await startEmulator();
  });
  afterAll(() => demo.emulator.close());
  beforeEach(() => {
    demo.emulator.users.reset();
    demo.emulator.setMode('development');
    [demo.sora, demo.minji, demo.jules] = ['sora', 'minji', 'jules'].map((u) => demo.emulator.users.mintToken(u, ALL_SCOPES).access_token);
  });
  return demo;
}
