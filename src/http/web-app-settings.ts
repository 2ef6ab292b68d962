import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';

/** Where the web app signs a user in: Spotify's accounts service, or the demo's through the gateway. */
export interface WebAppSignIn {
  authorizeUrl: string;
  tokenUrl: string;
  clientId: string;
  scopes: string;
}

/**
 * What the web app needs to know of the gateway serving it: demo mode (the emulator's ids are
 * made up, so the app links to no open.spotify.com page), the Spotify app's mode (what
 * Development Mode withholds) and where to sign in. Nothing secret: a client id is public.
 */
export interface WebAppSettings {
  demo: boolean;
  appMode: Config['appMode'];
  signIn: WebAppSignIn | null;
}

export const SETTINGS_PATH = '/app-settings';

/** GET /app-settings: the settings above as JSON, asked again on every load of the app. */
export function useWebAppSettings(settings: WebAppSettings): Plugin {
  const body = JSON.stringify(settings);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== SETTINGS_PATH || request.method !== 'GET') return;
      endResponse(new fetchAPI.Response(body, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' } }));
    },
  };
}
