// Who is calling a user endpoint. The server has already checked that the bearer token is
// known and unexpired and put its user in `ctx.userId`; this adds the scopes granted with it.
// App (client-credentials) tokens name no user, and Spotify answers them 401 on user endpoints.

import type { AppMode } from '../wire-types.js';
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

/** The signed-in caller; 401 for the app's own token, which speaks for no user. */
export function sessionOf(ctx: RouteContext): Session {
  const user = ctx.userId === undefined ? undefined : DEMO_USER_IDS.get(ctx.userId);
  if (!user) throw new ApiError(401, NO_USER_MESSAGE);
  const bearer = /^Bearer\s+(\S+)/i.exec(ctx.headers.authorization ?? '')?.[1] ?? '';
  return { user, scopes: ctx.users.grants.scopesOf(bearer), library: ctx.users.library(user) };
}

/**
 * For every Web API call: a user token of someone outside the Development Mode allowlist is
 * refused with 403, whatever the endpoint (as Spotify does once the five seats are taken).
 */
export function refuseUnlisted(users: Users, userId: string | undefined, mode: AppMode): Reply | undefined {
  if (mode !== 'development' || userId === undefined || users.grants.isAllowlisted(userId)) return undefined;
  return errorReply(403, NOT_ALLOWLISTED_MESSAGE);
}
