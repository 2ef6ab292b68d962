import type { Plugin } from 'graphql-yoga';

/**
 * Demo mode's sign-in: the emulator's accounts service (its own origin) and the app's client
 * id. GraphiQL runs Authorization Code with PKCE against it, as a frontend would against
 * Spotify; the gateway only serves the page the browser comes back to.
 */
export interface DemoSignIn {
  accountsUrl: string;
  clientId: string;
}

/** Where the browser comes back with the code; the emulator, like Spotify, takes http only on 127.0.0.1. */
export const CALLBACK_PATH = '/auth/callback';
const TOKEN_PATH = '/auth/token';
/** The emulator's consent page, under the gateway's origin (its form posts back to the same path). */
const AUTHORIZE_PATH = '/authorize';

/** Everything the demo's fields need, so one sign-in shows them all. */
export const DEMO_SCOPES = [
  'user-read-private', 'user-read-email', 'user-library-read', 'user-library-modify', 'user-follow-read', 'user-follow-modify',
  'user-top-read', 'user-read-recently-played', 'playlist-read-private', 'playlist-read-collaborative', 'playlist-modify-public', 'playlist-modify-private',
];

/** sessionStorage keys shared by the GraphiQL control and the callback page. */
export const STORAGE = { user: 'spotify-gateway:user', pkce: 'spotify-gateway:pkce' } as const;

const html = (fetchAPI: { Response: typeof Response }, body: string) =>
  new fetchAPI.Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });

/**
 * The page the browser comes back to: it checks the state, sends the code with the verifier
 * kept in sessionStorage to be exchanged, keeps the user's token in sessionStorage (this tab
 * only) and returns to GraphiQL.
 */
function callbackPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Signing in…</title></head>
<body><p id="status">Signing in…</p>
<script>
(async () => {
  const say = (text) => { document.getElementById('status').textContent = text; };
  const params = new URLSearchParams(location.search);
  const pkce = JSON.parse(sessionStorage.getItem(${JSON.stringify(STORAGE.pkce)}) || 'null');
  sessionStorage.removeItem(${JSON.stringify(STORAGE.pkce)});
  if (params.get('error')) return say('Sign-in refused: ' + params.get('error'));
  if (!pkce || params.get('state') !== pkce.state) return say('Sign-in failed: this answer does not match a sign-in started in this tab.');
  const answer = await fetch(${JSON.stringify(TOKEN_PATH)}, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: params.get('code'), codeVerifier: pkce.verifier, redirectUri: location.origin + ${JSON.stringify(CALLBACK_PATH)} }),
  });
  const token = await answer.json();
  if (!answer.ok || !token.access_token) return say('Sign-in failed: ' + (token.error_description || token.error || answer.status));
  const me = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token.access_token },
    body: JSON.stringify({ query: '{ me { id displayName } }' }),
  }).then((r) => r.json()).catch(() => ({}));
  const user = me && me.data && me.data.me;
  sessionStorage.setItem(${JSON.stringify(STORAGE.user)}, JSON.stringify({ token: token.access_token, name: user ? (user.displayName || user.id) : 'signed in' }));
  location.replace(pkce.returnTo || '/graphql');
})().catch((error) => { document.getElementById('status').textContent = 'Sign-in failed: ' + error.message; });
</script></body></html>
`;
}

/**
 * The redirect URI as the emulator takes it. Like Spotify, it takes plain HTTP only to a
 * loopback address; a browser that reached the gateway by another name (another machine, a
 * published compose port) is sent back by the path alone (below), so its host is swapped for
 * 127.0.0.1 both when asking for the code and when redeeming it: the two stay equal.
 */
function demoRedirectUri(uri: string): string {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return uri;
  }
  if (url.protocol === 'https:' || url.hostname === '127.0.0.1' || url.hostname === '[::1]') return uri;
  url.hostname = '127.0.0.1';
  return url.toString();
}

/** The emulator's redirect, made relative: the browser comes back to the origin it is on. */
function relativeLocation(location: string | null): string | null {
  if (location === null) return null;
  try {
    const url = new URL(location);
    return url.pathname + url.search;
  } catch {
    return location;
  }
}

/** The code, verifier and redirect URI of a token request: JSON (GraphiQL's page) or an OAuth form (the web app's). */
async function tokenRequest(request: Request): Promise<Record<string, unknown>> {
  if ((request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(await request.text());
    return { code: form.get('code') ?? undefined, codeVerifier: form.get('code_verifier') ?? undefined, redirectUri: form.get('redirect_uri') ?? undefined };
  }
  return ((await request.json().catch(() => ({}))) ?? {}) as Record<string, unknown>;
}

/**
 * Demo mode only: GET /auth/callback (the page above), POST /auth/token, which hands the code
 * and verifier to the emulator's token endpoint as a public client (no secret: PKCE is the
 * proof), and GET/POST /authorize, the emulator's consent page under the gateway's origin, so
 * a browser that can reach only the gateway can sign in. The exchange goes through the gateway
 * because the emulator's accounts service answers no cross-origin requests; Spotify's does,
 * and a real frontend calls it directly.
 */
export function useDemoSignIn(signIn: DemoSignIn): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === CALLBACK_PATH && request.method === 'GET') return endResponse(html(fetchAPI, callbackPage()));
      if (url.pathname === AUTHORIZE_PATH && (request.method === 'GET' || request.method === 'POST')) {
        return endResponse(await consent(signIn, request, url, fetchAPI));
      }
      if (url.pathname !== TOKEN_PATH || request.method !== 'POST') return;
      const { code, codeVerifier, redirectUri } = await tokenRequest(request);
      if (typeof code !== 'string' || typeof codeVerifier !== 'string' || typeof redirectUri !== 'string') {
        return endResponse(Response.json({ error: 'invalid_request', error_description: 'code, codeVerifier and redirectUri are required' }, { status: 400 }));
      }
      const form = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: demoRedirectUri(redirectUri), code_verifier: codeVerifier, client_id: signIn.clientId });
      const answer = await fetch(`${signIn.accountsUrl}/api/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      });
      return endResponse(new fetchAPI.Response(await answer.text(), { status: answer.status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } }));
    },
  };
}

/** The emulator's /authorize, passed through: its page, its form's answer (a redirect made relative) and its cookie. */
async function consent(signIn: DemoSignIn, request: Request, url: URL, fetchAPI: { Response: typeof Response }): Promise<Response> {
  const query = new URLSearchParams(url.search);
  let body: string | undefined;
  if (query.has('redirect_uri')) query.set('redirect_uri', demoRedirectUri(query.get('redirect_uri')!));
  if (request.method === 'POST') {
    const form = new URLSearchParams(await request.text());
    if (form.has('redirect_uri')) form.set('redirect_uri', demoRedirectUri(form.get('redirect_uri')!));
    body = form.toString();
  }
  const search = query.toString();
  const answer = await fetch(`${signIn.accountsUrl}${AUTHORIZE_PATH}${search ? `?${search}` : ''}`, {
    method: request.method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      ...(request.headers.has('cookie') ? { cookie: request.headers.get('cookie')! } : {}),
    },
    body,
    redirect: 'manual',
  });
  const headers = new Headers({ 'content-type': answer.headers.get('content-type') ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  const location = relativeLocation(answer.headers.get('location'));
  if (location !== null) headers.set('location', location);
  const cookie = answer.headers.get('set-cookie');
  if (cookie !== null) headers.set('set-cookie', cookie);
  return new fetchAPI.Response(await answer.text(), { status: answer.status, headers });
}

/**
 * GraphiQL's "Sign in" control, run before GraphiQL itself: it starts PKCE against the
 * emulator's /authorize (verifier and state in sessionStorage), and while a user is signed in
 * in this tab GraphiQL's requests to /graphql carry `Authorization: Bearer <token>` (a header
 * set in GraphiQL's Headers tab wins).
 */
export function signInControl(signIn: DemoSignIn): string {
  const settings = JSON.stringify({ ...signIn, scopes: DEMO_SCOPES.join(' '), callback: CALLBACK_PATH, storage: STORAGE });
  return `<script>
(() => {
  const settings = ${settings.replace(/</g, '\\u003c')};
  const signedIn = () => { try { return JSON.parse(sessionStorage.getItem(settings.storage.user) || 'null'); } catch { return null; } };
  const send = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const user = signedIn();
    const target = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, location.href);
    if (!user || target.origin !== location.origin || target.pathname !== '/graphql') return send(input, init);
    const headers = new Headers((init && init.headers) || (input instanceof Request ? input.headers : undefined));
    if (!headers.has('authorization')) headers.set('authorization', 'Bearer ' + user.token);
    return send(input, { ...(init || {}), headers });
  };
  const base64url = (bytes) => btoa(String.fromCharCode(...bytes)).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
  async function start() {
    // The emulator, like Spotify, takes plain-HTTP redirects to 127.0.0.1 only, and sessionStorage is per origin.
    if (location.hostname !== '127.0.0.1') { location.assign(location.href.replace(location.hostname, '127.0.0.1')); return; }
    const verifier = base64url(crypto.getRandomValues(new Uint8Array(48)));
    const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
    const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
    sessionStorage.setItem(settings.storage.pkce, JSON.stringify({ verifier, state, returnTo: location.pathname + location.search }));
    const query = new URLSearchParams({
      client_id: settings.clientId, response_type: 'code', redirect_uri: location.origin + settings.callback,
      code_challenge_method: 'S256', code_challenge: challenge, state, scope: settings.scopes,
    });
    location.assign(settings.accountsUrl + '/authorize?' + query);
  }
  function control() {
    const user = signedIn();
    const box = document.createElement('div');
    box.id = 'demo-sign-in';
    box.style.cssText = 'position:fixed;bottom:8px;right:12px;z-index:10000;font:13px system-ui,sans-serif;display:flex;gap:8px;align-items:center;background:#fff;border:1px solid #ccc;border-radius:6px;padding:4px 8px';
    const label = document.createElement('span');
    const button = document.createElement('button');
    button.type = 'button';
    if (user) {
      label.textContent = 'Signed in as ' + user.name;
      button.textContent = 'Sign out';
      button.onclick = () => { sessionStorage.removeItem(settings.storage.user); location.reload(); };
    } else {
      label.textContent = 'Demo users: sora, minji, …';
      button.textContent = 'Sign in';
      button.onclick = () => { start().catch((error) => { label.textContent = 'Sign-in failed: ' + error.message; }); };
    }
    box.append(label, button);
    document.body.append(box);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', control);
  else control();
})();
</script>`;
}
