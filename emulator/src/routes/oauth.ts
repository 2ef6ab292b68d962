// The accounts service for users: GET /authorize shows the consent page, POST /authorize
// (its form) sends the browser back to the app's redirect URI with a code or an error, and
// the token endpoint's authorization_code and refresh_token grants turn codes into tokens.
// Request errors before the redirect URI is trusted are shown as a page, later ones are
// sent to the redirect URI, as Spotify does. The browser remembers who signed in with a
// cookie: unless show_dialog=true, that user is sent straight back once they have approved
// the scopes asked.

import { DEMO_USER_IDS } from '../users/demo-users.js';
import { consentPage } from '../users/consent-page.js';
import { DEVELOPMENT_MODE_USER_LIMIT, type Redemption } from '../users/grants.js';
import { parseScopes, type Scope } from '../users/scopes.js';
import { ok, oauthErrorReply, parseQuery, type Query, type Reply } from '../http.js';
import type { RouteContext } from './context.js';

const AUTHORIZE_PARAMS = ['client_id', 'response_type', 'redirect_uri', 'state', 'scope', 'show_dialog', 'code_challenge_method', 'code_challenge'];

/** HTTPS anywhere, or plain HTTP to a loopback address literal (Spotify no longer takes `localhost`). */
function acceptableRedirect(uri: string | undefined): URL | undefined {
  if (uri === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  return url.protocol === 'https:' || (url.protocol === 'http:' && loopback) ? url : undefined;
}

function page(status: number, html: string): Reply {
  return { status, body: html, contentType: 'text/html; charset=utf-8' };
}

function redirect(to: URL, params: Record<string, string | undefined>): Reply {
  for (const [key, value] of Object.entries(params)) if (value !== undefined) to.searchParams.set(key, value);
  return { status: 303, body: '', contentType: 'text/plain; charset=utf-8', headers: { Location: to.toString() } };
}

type Checked = { reply: Reply } | { redirectTo: URL; scopes: Scope[]; challenge?: string };

/** Everything GET and POST /authorize both check. */
function checkRequest(ctx: RouteContext, q: Query): Checked {
  if (q.client_id !== ctx.clientId) return { reply: page(400, '<p>INVALID_CLIENT: Invalid client</p>') };
  const redirectTo = acceptableRedirect(q.redirect_uri);
  if (!redirectTo) return { reply: page(400, '<p>INVALID_CLIENT: Invalid redirect URI</p>') };
  const fail = (error: string) => ({ reply: redirect(redirectTo, { error, state: q.state }) });
  if (q.response_type !== 'code') return fail('unsupported_response_type');
  const scopes = parseScopes(q.scope);
  if (!scopes) return fail('invalid_scope');
  if (q.code_challenge_method === undefined && q.code_challenge === undefined) return { redirectTo, scopes };
  if (q.code_challenge_method !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(q.code_challenge ?? '')) return fail('invalid_request');
  return { redirectTo, scopes, challenge: q.code_challenge };
}

const SESSION_COOKIE = 'emulator_user';
const SESSION_PATTERN = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([a-z]+)`);

function signedInUser(ctx: RouteContext): string | undefined {
  return SESSION_PATTERN.exec(ctx.headers.cookie ?? '')?.[1];
}

function requestParams(q: Query): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of AUTHORIZE_PARAMS) if (q[key] !== undefined) params[key] = q[key];
  return params;
}

export function authorizePage(ctx: RouteContext): Reply {
  const checked = checkRequest(ctx, ctx.query);
  if ('reply' in checked) return checked.reply;
  const known = signedInUser(ctx);
  if (ctx.query.show_dialog !== 'true' && known !== undefined && ctx.users.grants.hasApproved(known, checked.scopes)) {
    return approve(ctx, checked, known, ctx.query);
  }
  const note = ctx.mode === 'development'
    ? `This app is in Development Mode: only the first ${DEVELOPMENT_MODE_USER_LIMIT} users to sign in may use it.`
    : 'This app has Extended Quota: any user may sign in.';
  return page(200, consentPage(requestParams(ctx.query), checked.scopes, note));
}

/** The consent form: a chosen user gets a code, Cancel gets access_denied. */
export function authorizeDecision(ctx: RouteContext): Reply {
  const form = parseQuery(ctx.body);
  const checked = checkRequest(ctx, form);
  if ('reply' in checked) return checked.reply;
  const user = form.user === undefined ? undefined : DEMO_USER_IDS.get(form.user);
  if (!user) return redirect(checked.redirectTo, { error: 'access_denied', state: form.state });
  const reply = approve(ctx, checked, user.id, form);
  return { ...reply, headers: { ...reply.headers, 'Set-Cookie': `${SESSION_COOKIE}=${user.id}; Path=/; HttpOnly; SameSite=Lax` } };
}

function approve(ctx: RouteContext, checked: Extract<Checked, { redirectTo: URL }>, userId: string, q: Query): Reply {
  const code = ctx.users.grants.newCode({ userId, scopes: new Set(checked.scopes) }, q.redirect_uri, checked.challenge);
  return redirect(checked.redirectTo, { code, state: q.state });
}

/**
 * POST /api/token with grant_type authorization_code or refresh_token. `basic` holds the
 * credentials of an Authorization: Basic header; without them the client is public (PKCE)
 * and names itself with client_id.
 */
export function userGrant(ctx: RouteContext, form: Query, basic: [string, string] | undefined): Reply {
  const [id, secret] = basic ?? [form.client_id, form.client_secret];
  const confidential = secret !== undefined;
  if (id !== ctx.clientId || (confidential && secret !== ctx.clientSecret)) return oauthErrorReply('invalid_client', 'Invalid client');
  let redemption: Redemption;
  if (form.grant_type === 'authorization_code') {
    if (!form.code) return oauthErrorReply('invalid_request', 'code must be supplied');
    redemption = ctx.users.grants.redeem(form.code, form.redirect_uri, form.code_verifier, confidential);
  } else {
    if (!form.refresh_token) return oauthErrorReply('invalid_request', 'refresh_token must be supplied');
    const narrowed = form.scope === undefined ? undefined : parseScopes(form.scope);
    if (narrowed === undefined && form.scope !== undefined) return oauthErrorReply('invalid_scope', 'Invalid scope');
    redemption = ctx.users.grants.renew(form.refresh_token, narrowed);
  }
  if ('error' in redemption) return oauthErrorReply(redemption.error, redemption.description);
  return ok(JSON.stringify(redemption.token));
}
