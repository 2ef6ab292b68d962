// Control actions for demo users, for processes that cannot reach the Emulator object:
// `POST users/token` {"user": "sora", "scope": "user-library-read ..."} mints a user token
// without the browser round trip; `POST users/reset` restores every library as seeded.

import { ok, type Reply } from '../http.js';
import type { Users } from './users.js';

/** Undefined when `action` is not a user action. Throws (answered 400) on a bad body. */
export function userControl(users: Users, action: string, body: string): Reply | undefined {
  switch (action) {
    case 'POST users/token': {
      const { user, scope } = JSON.parse(body || '{}') as { user?: unknown; scope?: unknown };
      if (typeof user !== 'string') throw new Error('Missing field user');
      if (scope !== undefined && typeof scope !== 'string') throw new Error('scope must be a space-separated string');
      return ok(JSON.stringify(users.mintToken(user, scope)));
    }
    case 'POST users/reset':
      users.reset();
      return ok('{"ok":true}');
    default:
      return undefined;
  }
}
