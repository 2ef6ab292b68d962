import { useSyncExternalStore } from 'react';
import { appSettings } from './settings';
import { CALLBACK_PATH } from './router';

// The signed-in user's token lives in this tab's sessionStorage only: never in a URL, gone when
// the tab closes. Sign-in is Authorization Code with PKCE (no client secret in the browser).

export interface Session {
  token: string;
  expiresAt: number;
}

const USER_KEY = 'spotify-app:session';
const PKCE_KEY = 'spotify-app:pkce';

const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const session = JSON.parse(sessionStorage.getItem(USER_KEY) ?? 'null') as Session | null;
    return session && session.expiresAt > Date.now() ? session : null;
  } catch {
    return null;
  }
}

function set(session: Session | null) {
  if (session) sessionStorage.setItem(USER_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(USER_KEY);
  current = session;
  listeners.forEach((listener) => listener());
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => current,
  );
}

export const signOut = () => set(null);

const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const randomText = (length: number) => base64url(crypto.getRandomValues(new Uint8Array(length)));

/** The redirect URI: this origin's callback, whatever host the browser reached the gateway by. */
const redirectUri = () => `${location.origin}${CALLBACK_PATH}`;

/** Leaves for the consent page; the callback returns to the screen the sign-in started from. */
export async function startSignIn(): Promise<void> {
  const signIn = appSettings().signIn;
  if (!signIn) return;
  const verifier = randomText(48);
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  const state = randomText(16);
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state, returnTo: location.pathname + location.search }));
  const query = new URLSearchParams({
    client_id: signIn.clientId,
    response_type: 'code',
    redirect_uri: redirectUri(),
    code_challenge_method: 'S256',
    code_challenge: challenge,
    state,
    scope: signIn.scopes,
  });
  location.assign(`${signIn.authorizeUrl}?${query}`);
}

/** Raised with a sentence for the listener and the screen the sign-in started from: the callback screen shows both. */
export class SignInFailed extends Error {
  constructor(
    message: string,
    readonly returnTo = '/',
  ) {
    super(message);
  }
}

const finishing = new Map<string, Promise<string>>();

/**
 * The callback's part: checks the state, trades the code and the verifier for a token, and
 * answers the path to return to. Once per code (React may run the effect twice).
 */
export function finishSignIn(search: string): Promise<string> {
  let pending = finishing.get(search);
  if (!pending) {
    pending = exchange(new URLSearchParams(search));
    finishing.set(search, pending);
  }
  return pending;
}

async function exchange(params: URLSearchParams): Promise<string> {
  const pkce = JSON.parse(sessionStorage.getItem(PKCE_KEY) ?? 'null') as { verifier: string; state: string; returnTo: string } | null;
  sessionStorage.removeItem(PKCE_KEY);
  const signIn = appSettings().signIn;
  const back = pkce?.returnTo;
  if (params.get('error') === 'access_denied') throw new SignInFailed('You cancelled the sign-in.', back);
  if (params.get('error')) throw new SignInFailed('Spotify did not let you sign in.', back);
  if (!pkce || !signIn || params.get('state') !== pkce.state) {
    throw new SignInFailed('This sign-in was not started in this tab. Start it again from here.');
  }
  const answer = await fetch(signIn.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: params.get('code') ?? '',
      redirect_uri: redirectUri(),
      code_verifier: pkce.verifier,
      client_id: signIn.clientId,
    }),
  }).catch(() => undefined);
  const token = (await answer?.json().catch(() => undefined)) as { access_token?: string; expires_in?: number } | undefined;
  if (!answer?.ok || !token?.access_token) throw new SignInFailed('Spotify did not accept the sign-in. Try again.', back);
  set({ token: token.access_token, expiresAt: Date.now() + (token.expires_in ?? 3600) * 1000 });
  return pkce.returnTo;
}
