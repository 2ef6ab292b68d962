// OAuth scopes of the Web API (the `oauth_2_0` scheme of the OpenAPI description) and the
// check every user endpoint makes before answering.

import { ApiError } from '../http.js';

/** Each scope with what the consent page says it lets the app do. */
export const SCOPE_DESCRIPTIONS = {
  'app-remote-control': 'Communicate with the Spotify app on your device.',
  'playlist-read-private': 'Access your private playlists.',
  'playlist-read-collaborative': 'Access your collaborative playlists.',
  'playlist-modify-public': 'Manage your public playlists.',
  'playlist-modify-private': 'Manage your private playlists.',
  'user-library-read': 'Access your saved content.',
  'user-library-modify': 'Manage your saved content.',
  'user-read-private': 'Access your subscription details.',
  'user-read-email': 'Get your real email address.',
  'user-follow-read': 'Access your followers and who you are following.',
  'user-follow-modify': 'Manage who you are following.',
  'user-top-read': 'Read your top artists and content.',
  'user-read-playback-position': 'Read your position in content you have played.',
  'user-read-playback-state': 'Read your currently playing content and Spotify Connect devices information.',
  'user-read-recently-played': 'Access your recently played items.',
  'user-read-currently-playing': 'Read your currently playing content.',
  'user-modify-playback-state': 'Control playback on your Spotify clients and Spotify Connect devices.',
  'ugc-image-upload': 'Upload images to Spotify on your behalf.',
  streaming: 'Play content and control playback on your other devices.',
} as const;
export type Scope = keyof typeof SCOPE_DESCRIPTIONS;

const KNOWN = new Set<string>(Object.keys(SCOPE_DESCRIPTIONS));

/** The `scope` parameter: space-separated (commas tolerated); undefined when one is unknown. */
export function parseScopes(text: string | undefined): Scope[] | undefined {
  if (text === undefined) return [];
  const scopes = [...new Set(text.split(/[\s,]+/).filter((s) => s !== ''))];
  return scopes.every((s) => KNOWN.has(s)) ? (scopes as Scope[]) : undefined;
}

/** 403 "Insufficient client scope" unless every one of `needed` was granted. */
export function requireScopes(granted: ReadonlySet<string>, ...needed: Scope[]): void {
  for (const scope of needed) if (!granted.has(scope)) throw new ApiError(403, 'Insufficient client scope');
}
