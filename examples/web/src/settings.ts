/**
 * What the gateway tells the app about itself (GET /app-settings): whether it runs in demo
 * mode (the emulator's ids are made up, so no "Open in Spotify"), the Spotify app's mode
 * (what Development Mode withholds), and where to sign in.
 */
export interface AppSettings {
  demo: boolean;
  appMode: 'development' | 'extended';
  signIn: { authorizeUrl: string; tokenUrl: string; clientId: string; scopes: string } | null;
}

let settings: AppSettings = { demo: false, appMode: 'development', signIn: null };

/** Read once before the first render; an older gateway without the endpoint leaves the defaults. */
export async function loadSettings(): Promise<void> {
  try {
    const answer = await fetch('/app-settings', { headers: { accept: 'application/json' } });
    if (answer.ok) settings = (await answer.json()) as AppSettings;
  } catch {
    // The defaults: no sign-in, no demo.
  }
}

export const appSettings = (): AppSettings => settings;
