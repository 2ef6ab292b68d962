// POST /api/token: the client-credentials flow of the accounts service. Credentials come in
// an `Authorization: Basic` header or as client_id/client_secret form fields, both of which
// Spotify accepts. Errors use the OAuth 2.0 body, not the Web API one.

import type { TokenResponse } from '../wire-types.js';
import { ok, oauthErrorReply, parseQuery, type Reply } from '../http.js';
import { toJson } from '../wire.js';
import type { RouteContext } from './context.js';
import { userGrant } from './oauth.js';

export function token(ctx: RouteContext): Reply {
  const form = parseQuery(ctx.body);
  if (form.grant_type === undefined) return oauthErrorReply('unsupported_grant_type', 'grant_type parameter is missing');
  if (form.grant_type === 'authorization_code' || form.grant_type === 'refresh_token') return userGrant(ctx, form, basicCredentials(ctx.headers.authorization));
  if (form.grant_type !== 'client_credentials') {
    return oauthErrorReply('unsupported_grant_type', 'grant_type must be client_credentials, authorization_code or refresh_token');
  }
  const [id, secret] = basicCredentials(ctx.headers.authorization) ?? [form.client_id, form.client_secret];
  if (id !== ctx.clientId || secret !== ctx.clientSecret) return oauthErrorReply('invalid_client', 'Invalid client');
  const issued = ctx.tokens.issue();
  return ok(toJson<TokenResponse>({ access_token: issued.token, token_type: 'Bearer', expires_in: issued.expiresIn }));
}

function basicCredentials(header: string | undefined): [string, string] | undefined {
  const match = header === undefined ? null : /^Basic\s+(\S+)\s*$/i.exec(header);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? [decoded, ''] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}
