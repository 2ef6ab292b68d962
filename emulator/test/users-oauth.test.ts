import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/server.js';
import { CODE_LIFETIME_MS, Grants } from '../src/users/grants.js';
import { TokenStore } from '../src/tokens.js';
import { basic, control, get, requestToken, token } from './helpers.js';
import { authorizeParams, authorizeUrl, decide, pkce, REDIRECT_URI, signIn, submit, tokenCall } from './users-helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.users.reset();
  emulator.setMode('development');
});

describe('GET /authorize', () => {
  it('shows a consent page naming the scopes asked and offering the demo users', async () => {
    const res = await fetch(authorizeUrl(emulator, authorizeParams(emulator, pkce().challenge, 'user-library-read user-top-read')));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    for (const id of ['sora', 'minji', 'jules']) expect(html).toContain(`name="user" value="${id}"`);
    expect(html).toContain('Sora Aoki');
    expect(html).toContain('<code>user-library-read</code>');
    expect(html).toContain('<code>user-top-read</code>');
    expect(html).not.toContain('<code>user-read-email</code>');
    expect(emulator.calls.at(-1)).toMatchObject({ endpoint: 'GET /authorize', host: 'accounts', status: 200 });
  });

  it('shows an error page, not a redirect, for an unknown client or an unacceptable redirect URI', async () => {
    const params = authorizeParams(emulator, pkce().challenge, '');
    const wrongClient = await fetch(authorizeUrl(emulator, { ...params, client_id: 'nope' }), { redirect: 'manual' });
    expect(wrongClient.status).toBe(400);
    expect(await wrongClient.text()).toContain('INVALID_CLIENT: Invalid client');
    for (const uri of ['http://localhost:8888/callback', 'http://example.com/cb', 'not a uri']) {
      const res = await fetch(authorizeUrl(emulator, { ...params, redirect_uri: uri }), { redirect: 'manual' });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('INVALID_CLIENT: Invalid redirect URI');
    }
  });

  it('redirects request errors back to the app with the state', async () => {
    const params = authorizeParams(emulator, pkce().challenge, '', 'keep-me');
    const cases: [Record<string, string>, string][] = [
      [{ response_type: 'token' }, 'unsupported_response_type'],
      [{ scope: 'user-read-email made-up-scope' }, 'invalid_scope'],
      [{ code_challenge_method: 'plain' }, 'invalid_request'],
      [{ code_challenge: 'too-short' }, 'invalid_request'],
    ];
    for (const [change, error] of cases) {
      const res = await fetch(authorizeUrl(emulator, { ...params, ...change }), { redirect: 'manual' });
      expect(res.status).toBe(303);
      const to = new URL(res.headers.get('location')!);
      expect(`${to.origin}${to.pathname}`).toBe(REDIRECT_URI);
      expect(Object.fromEntries(to.searchParams)).toEqual({ error, state: 'keep-me' });
    }
  });

  it('sends a signed-in user who approved the scopes straight back, unless show_dialog=true', async () => {
    const { challenge } = pkce();
    const params = authorizeParams(emulator, challenge, 'user-top-read user-library-read');
    const first = await submit(emulator, await (await fetch(authorizeUrl(emulator, params))).text(), { user: 'jules' });
    const cookie = first.headers.get('set-cookie')!.split(';')[0];
    expect(cookie).toBe('emulator_user=jules');

    const again = await fetch(authorizeUrl(emulator, { ...params, scope: 'user-top-read', state: 's2' }), { headers: { cookie }, redirect: 'manual' });
    expect(again.status).toBe(303);
    const to = new URL(again.headers.get('location')!);
    expect(to.searchParams.get('state')).toBe('s2');
    expect(to.searchParams.get('code')).toEqual(expect.any(String));

    const forced = await fetch(authorizeUrl(emulator, { ...params, show_dialog: 'true' }), { headers: { cookie }, redirect: 'manual' });
    expect(forced.status).toBe(200);
    const more = await fetch(authorizeUrl(emulator, { ...params, scope: 'user-read-email' }), { headers: { cookie }, redirect: 'manual' });
    expect(more.status).toBe(200);
    const stranger = await fetch(authorizeUrl(emulator, params), { redirect: 'manual' });
    expect(stranger.status).toBe(200);
  });

  it('Cancel sends error=access_denied with the state', async () => {
    const page = await fetch(authorizeUrl(emulator, authorizeParams(emulator, pkce().challenge, 'user-top-read', 'abc')));
    const back = await decide(emulator, await page.text(), { decision: 'cancel' });
    expect(Object.fromEntries(back.searchParams)).toEqual({ error: 'access_denied', state: 'abc' });
  });
});

describe('Authorization Code with PKCE over HTTP', () => {
  it('consent page -> code -> tokens -> /me -> refresh -> /me', async () => {
    const { verifier, challenge } = pkce();
    const page = await fetch(authorizeUrl(emulator, authorizeParams(emulator, challenge, 'user-read-email user-top-read', 'state-42')));
    const back = await decide(emulator, await page.text(), { user: 'minji' });
    expect(back.searchParams.get('state')).toBe('state-42');
    const code = back.searchParams.get('code')!;
    expect(code).toMatch(/^[A-Za-z0-9_-]{20,}$/);

    const exchanged = await tokenCall(emulator, {
      grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: emulator.clientId, code_verifier: verifier,
    });
    expect(exchanged.status).toBe(200);
    expect(exchanged.body).toEqual({
      access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600,
      scope: 'user-read-email user-top-read', refresh_token: expect.any(String),
    });
    const me = await get(emulator, '/me', exchanged.body.access_token);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: 'minji', display_name: 'Minji Park', type: 'user', uri: 'spotify:user:minji' });

    const refreshed = await tokenCall(emulator, { grant_type: 'refresh_token', refresh_token: exchanged.body.refresh_token, client_id: emulator.clientId });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.scope).toBe('user-read-email user-top-read');
    expect(refreshed.body.access_token).not.toBe(exchanged.body.access_token);
    // PKCE clients get a new refresh token each time; the old one is spent.
    expect(refreshed.body.refresh_token).toEqual(expect.any(String));
    expect(refreshed.body.refresh_token).not.toBe(exchanged.body.refresh_token);
    expect((await get(emulator, '/me', refreshed.body.access_token)).body.id).toBe('minji');
    const again = await tokenCall(emulator, { grant_type: 'refresh_token', refresh_token: exchanged.body.refresh_token, client_id: emulator.clientId });
    expect(again.body).toEqual({ error: 'invalid_grant', error_description: 'Invalid refresh token' });
  });

  it('refuses a wrong verifier, and the code is spent by the attempt', async () => {
    const { verifier, challenge } = pkce();
    const page = await fetch(authorizeUrl(emulator, authorizeParams(emulator, challenge, '')));
    const code = (await decide(emulator, await page.text(), { user: 'sora' })).searchParams.get('code')!;
    const form = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: emulator.clientId };
    const wrong = await tokenCall(emulator, { ...form, code_verifier: pkce().verifier });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ error: 'invalid_grant', error_description: 'code_verifier was incorrect' });
    const late = await tokenCall(emulator, { ...form, code_verifier: verifier });
    expect(late.body).toEqual({ error: 'invalid_grant', error_description: 'Invalid authorization code' });
  });

  it('a code works once, only with its redirect URI, and a verifier is required', async () => {
    const issue = async () => {
      const { verifier, challenge } = pkce();
      const page = await fetch(authorizeUrl(emulator, authorizeParams(emulator, challenge, '')));
      return { verifier, code: (await decide(emulator, await page.text(), { user: 'jules' })).searchParams.get('code')! };
    };
    const base = { grant_type: 'authorization_code', redirect_uri: REDIRECT_URI, client_id: emulator.clientId };

    const once = await issue();
    expect((await tokenCall(emulator, { ...base, code: once.code, code_verifier: once.verifier })).status).toBe(200);
    expect((await tokenCall(emulator, { ...base, code: once.code, code_verifier: once.verifier })).body.error_description).toBe('Invalid authorization code');

    const moved = await issue();
    const wrongUri = await tokenCall(emulator, { ...base, code: moved.code, code_verifier: moved.verifier, redirect_uri: 'http://127.0.0.1:9999/other' });
    expect(wrongUri.body).toEqual({ error: 'invalid_grant', error_description: 'Invalid redirect URI' });

    const bare = await issue();
    expect((await tokenCall(emulator, { ...base, code: bare.code })).body).toEqual({ error: 'invalid_grant', error_description: 'code_verifier required' });

    const wrongClient = await issue();
    expect((await tokenCall(emulator, { ...base, code: wrongClient.code, code_verifier: wrongClient.verifier, client_id: 'other' })).body.error).toBe('invalid_client');
  });

  it('a confidential client may redeem with its secret in a Basic header and keeps its refresh token', async () => {
    const { verifier, challenge } = pkce();
    const page = await fetch(authorizeUrl(emulator, authorizeParams(emulator, challenge, 'user-top-read')));
    const code = (await decide(emulator, await page.text(), { user: 'sora' })).searchParams.get('code')!;
    const tokenForm = (form: string) => requestToken(emulator, form, basic(emulator.clientId, emulator.clientSecret));
    const exchanged = await tokenForm(`grant_type=authorization_code&code=${code}&redirect_uri=${encodeURIComponent(REDIRECT_URI)}&code_verifier=${verifier}`);
    expect(exchanged.status).toBe(200);
    const refreshed = await tokenForm(`grant_type=refresh_token&refresh_token=${encodeURIComponent(exchanged.body.refresh_token)}`);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).toBeUndefined();
    expect((await tokenForm(`grant_type=refresh_token&refresh_token=${encodeURIComponent(exchanged.body.refresh_token)}`)).status).toBe(200);
    const wrongSecret = await requestToken(emulator, `grant_type=refresh_token&refresh_token=${encodeURIComponent(exchanged.body.refresh_token)}`, basic(emulator.clientId, 'nope'));
    expect(wrongSecret.body.error).toBe('invalid_client');
  });

  it('a refresh may narrow the scopes but not widen them', async () => {
    const { refresh_token } = emulator.users.mintToken('sora', 'user-top-read user-library-read');
    const narrowed = await tokenCall(emulator, { grant_type: 'refresh_token', refresh_token: refresh_token!, client_id: emulator.clientId, scope: 'user-top-read' });
    expect(narrowed.body.scope).toBe('user-top-read');
    const wider = await tokenCall(emulator, { grant_type: 'refresh_token', refresh_token: narrowed.body.refresh_token, client_id: emulator.clientId, scope: 'user-read-email' });
    expect(wider.body).toEqual({ error: 'invalid_scope', error_description: 'Invalid scope' });
  });

  it('codes expire after ten minutes', () => {
    const grants = new Grants(new TokenStore(3600));
    const code = grants.newCode({ userId: 'sora', scopes: new Set() }, REDIRECT_URI, undefined, 0);
    expect(grants.redeem(code, REDIRECT_URI, undefined, true, CODE_LIFETIME_MS)).toEqual({ error: 'invalid_grant', description: 'Authorization code expired' });
    const fresh = grants.newCode({ userId: 'sora', scopes: new Set() }, REDIRECT_URI, undefined, 0);
    expect(grants.redeem(fresh, REDIRECT_URI, undefined, true, CODE_LIFETIME_MS - 1)).toHaveProperty('token');
  });
});

describe('user tokens on the Web API', () => {
  it('user tokens expire like app tokens', async () => {
    const { access_token } = emulator.users.mintToken('sora');
    expect((await get(emulator, '/me', access_token)).status).toBe(200);
    emulator.expireAllTokens();
    const expired = await get(emulator, '/me', access_token);
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({ error: { status: 401, message: 'The access token expired' } });
    expect((await get(emulator, '/me', 'not-a-token')).body).toEqual({ error: { status: 401, message: 'Invalid access token' } });
  });

  it('app (client-credentials) tokens are refused on user endpoints but still read the catalog', async () => {
    const app = await token(emulator);
    for (const path of ['/me', '/me/tracks', '/me/following?type=artist', '/me/playlists']) {
      const answer = await get(emulator, path, app);
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ error: { status: 401, message: 'Unauthorized.' } });
    }
    expect((await get(emulator, `/artists/${emulator.catalog.fixtures.btsId}`, app)).status).toBe(200);
  });

  it('user tokens read the catalog too', async () => {
    const { access_token } = emulator.users.mintToken('jules');
    expect((await get(emulator, `/albums/${emulator.catalog.fixtures.bigAlbumId}`, access_token)).status).toBe(200);
  });
});

describe('Development Mode user limit', () => {
  const six = ['sora', 'minji', 'jules', 'noor', 'theo', 'ines'];

  it('the first five users to sign in may use the app; a sixth is refused on every call', async () => {
    const tokens: string[] = [];
    for (const user of six) {
      const answer = await signIn(emulator, user, 'user-top-read');
      expect(answer.status).toBe(200);
      tokens.push(answer.body.access_token);
    }
    for (const t of tokens.slice(0, 5)) expect((await get(emulator, '/me', t)).status).toBe(200);
    for (const path of ['/me', '/me/top/artists', `/artists/${emulator.catalog.fixtures.btsId}`]) {
      const refused = await get(emulator, path, tokens[5]);
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual({ error: { status: 403, message: 'User not registered in the Developer Dashboard' } });
    }
    // Signing in again does not make room; the five keep their seats.
    const again = await signIn(emulator, 'sora', '');
    expect((await get(emulator, '/me', again.body.access_token)).status).toBe(200);
    expect((await get(emulator, '/me', (await signIn(emulator, 'kai', '')).body.access_token)).status).toBe(403);
  });

  it('an Extended Quota app serves every user', async () => {
    emulator.setMode('extended');
    for (const user of [...six, 'kai']) {
      const { access_token } = emulator.users.mintToken(user);
      expect((await get(emulator, '/me', access_token)).body.id).toBe(user);
    }
  });

  it('the consent page says how many users Development Mode allows', async () => {
    const html = await (await fetch(authorizeUrl(emulator, authorizeParams(emulator, pkce().challenge, '')))).text();
    expect(html).toContain('only the first 5 users');
  });
});

describe('control API for users', () => {
  it('mints a user token without the browser and resets users', async () => {
    const minted = await control(emulator, 'POST', 'users/token', { user: 'noor', scope: 'user-library-read' });
    expect(minted.status).toBe(200);
    expect(minted.body).toMatchObject({ token_type: 'Bearer', scope: 'user-library-read', refresh_token: expect.any(String) });
    expect((await get(emulator, '/me', minted.body.access_token)).body.id).toBe('noor');
    expect((await control(emulator, 'POST', 'users/token', { user: 'nobody' })).status).toBe(400);
    expect((await control(emulator, 'POST', 'users/token', { user: 'noor', scope: 'made-up' })).status).toBe(400);
    expect((await control(emulator, 'POST', 'users/reset')).body).toEqual({ ok: true });
    // Reset forgets user tokens: they are refused as unknown ones are.
    expect((await get(emulator, '/me', minted.body.access_token)).body).toEqual({ error: { status: 401, message: 'Invalid access token' } });
  });
});
