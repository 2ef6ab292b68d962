import { DEMO_USER_IDS } from 'spotify-emulator';
import type { Harness } from './harness.js';

/** Every scope the gateway's user fields use. */
export const ALL_SCOPES = [
  'user-read-private', 'user-read-email', 'user-library-read', 'user-library-modify', 'user-follow-read', 'user-follow-modify',
  'user-top-read', 'user-read-recently-played', 'playlist-read-private', 'playlist-read-collaborative', 'playlist-modify-public', 'playlist-modify-private',
].join(' ');

/** A user access token minted by the emulator, as the frontend would have it after signing in. */
export const tokenOf = (h: Harness, user: string, scope = ALL_SCOPES) => h.emulator.users.mintToken(user, scope).access_token;

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The emulator's own record of a demo user's library. */
export const libraryOf = (h: Harness, user: string) => h.emulator.users.library(DEMO_USER_IDS.get(user)!);

/** Web API calls the emulator logged under `/v1/me…` and `/v1/playlists…` user endpoints. */
export const userCalls = (h: Harness) => h.emulator.calls.filter((c) => c.host === 'api' && /^\w+ \/v1\/(me|playlists\/\{id\}\/items|playlists\/\{id\}$)/.test(c.endpoint));
