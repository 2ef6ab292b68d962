// Who is calling a user endpoint. The server has already checked that the bearer token is
// known and unexpired; this finds the user and scopes behind it. App (client-credentials)
// tokens name no user, and Spotify answers them 401 on user endpoints.

import type { AppMode } from '../../spotify/types.js';
import { ApiError, errorReply, type Reply } from '../http.js';
import type { Handler, RouteContext } from '../routes/context.js';
import { DEMO_USER_IDS, type DemoUser } from './demo-users.js';
import type { UserLibrary } from './library.js';
import type { Scope } from './scopes.js';
import type { Users } from './users.js';

export interface Session {
  user: DemoUser;
  scopes: ReadonlySet<Scope>;
  library: UserLibrary;
}

type UserHandler = (ctx: RouteContext, me: Session) => Reply;

const NO_USER_MESSAGE = 'Unauthorized.';
const NOT_ALLOWLISTED_MESSAGE = 'User not registered in the Developer Dashboard';

export function asUser(handler: UserHandler): Handler {
  return (ctx) => handler(ctx, sessionOf(ctx));
}

function sessionOf(ctx: RouteContext): Session {
  const bearer = /^Bearer\s+(\S+)/i.exec(ctx.headers.authorization ?? '')?.[1] ?? '';
  const grant = ctx.users.grants.grantOf(bearer);
  const user = grant && DEMO_USER_IDS.get(grant.userId);
  if (!grant || !user) throw new ApiError(401, NO_USER_MESSAGE);
  return { user, scopes: grant.scopes, library: ctx.users.library(user) };
}

/**
 * For every Web API call: a user token of someone outside the Development Mode allowlist is
 * refused with 403, whatever the endpoint (as Spotify does once the five seats are taken).
 */
export function refuseUnlisted(users: Users, bearer: string, mode: AppMode): Reply | undefined {
  if (mode !== 'development') return undefined;
  const grant = users.grants.grantOf(bearer);
  if (!grant || users.grants.isAllowlisted(grant.userId)) return undefined;
  return errorReply(403, NOT_ALLOWLISTED_MESSAGE);
}
