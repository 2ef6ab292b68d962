// The now-playing bar in a real browser (demo mode): a signed-in demo user sees what plays,
// skips from the bar, and every open tab follows a skip made elsewhere (the phone) through
// the playbackChanged subscription.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startNode, waitForOutput, type Started } from '../helpers/processes.js';
import { requireBuiltApp } from './built-app.js';
import { chromiumMissing, launchChromium } from './chromium.js';

requireBuiltApp();
const missing = chromiumMissing();

const SCOPES = 'user-read-private user-read-playback-state user-read-currently-playing user-modify-playback-state';

describe.skipIf(missing !== undefined)('the now-playing bar (demo mode, Chromium)', () => {
  let server: Started;
  let browser: Browser;
  let origin: string;
  let emulatorUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = startNode('src/server.ts', { PORT: String(port), SPOTIFY_CLIENT_ID: '', SPOTIFY_CLIENT_SECRET: '', PLAYER_POLL_MS: '250', PLAYER_POLL_PAUSED_MS: '250' });
    await waitForOutput(server, (text) => text.includes('ready at'), 50_000);
    emulatorUrl = /emulator at (\S+) stands in/.exec(server.output())![1];
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
  });

  /** A token as the demo sign-in leaves it, for `user`. */
  async function signIn(user: string): Promise<string> {
    const answer = await fetch(`${emulatorUrl}/__emulator/users/token`, { method: 'POST', body: JSON.stringify({ user, scope: SCOPES }) });
    return ((await answer.json()) as { access_token: string }).access_token;
  }

  /** A tab of the web app with `token` signed in (where the app's sign-in keeps it). */
  async function tab(token: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    // The app's session as its sign-in leaves it (examples/web/src/session.ts).
    await page.addInitScript((value) => sessionStorage.setItem('spotify-app:session', value), JSON.stringify({ token, expiresAt: Date.now() + 3_600_000 }));
    await page.goto(`${origin}/`);
    page.once('close', () => expect(errors.map((e) => e.message)).toEqual([]));
    return page;
  }

  const title = (page: Page) => page.getByRole('contentinfo', { name: 'Now playing' }).locator('.now-playing-title');

  async function gql(token: string, query: string) {
    const answer = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return (await answer.json()) as { data: any; errors?: unknown[] };
  }

  const playing = async (token: string) => (await gql(token, '{ me { player { state { item { ... on Track { name } } } } } }')).data.me.player.state.item.name as string;

  it('shows what plays, skips from the bar, and follows a skip made elsewhere in every tab', async () => {
    const token = await signIn('minji');
    const first = await tab(token);
    const second = await tab(token);
    const now = await playing(token);
    await expect.poll(() => title(first).innerText(), { timeout: 15_000 }).toBe(now);
    await expect.poll(() => title(second).innerText(), { timeout: 15_000 }).toBe(now);

    // From the bar.
    await first.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => playing(token), { timeout: 15_000 }).not.toBe(now);
    const afterBar = await playing(token);
    await expect.poll(() => title(first).innerText(), { timeout: 15_000 }).toBe(afterBar);
    await expect.poll(() => title(second).innerText(), { timeout: 15_000 }).toBe(afterBar);

    // From elsewhere (the phone): both tabs follow through the subscription.
    const skipped = await gql(await signIn('minji'), 'mutation { skipToNext { item { ... on Track { name } } } }');
    const afterPhone = skipped.data.skipToNext.item.name as string;
    expect(afterPhone).not.toBe(afterBar);
    await expect.poll(() => title(first).innerText(), { timeout: 15_000 }).toBe(afterPhone);
    await expect.poll(() => title(second).innerText(), { timeout: 15_000 }).toBe(afterPhone);
    await first.close();
    await second.close();
  }, 60_000);

  it('says in words that a free user needs Premium to control playback', async () => {
    const page = await tab(await signIn('kai'));
    await expect.poll(() => title(page).innerText(), { timeout: 15_000 }).not.toMatch(/Connecting|Nothing/);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 15_000 }).toBe('Playback control needs Spotify Premium.');
    await page.close();
  }, 60_000);

  it('says in words that Spotify is open on no device', async () => {
    const page = await tab(await signIn('theo'));
    await expect.poll(() => title(page).innerText(), { timeout: 15_000 }).toBe('Nothing playing');
    await page.getByRole('button', { name: 'Devices' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Devices' }).innerText(), { timeout: 15_000 }).toContain('Living Room Speaker');
    // An album's Play: Spotify has no active device to play it on.
    const fixtures = (await (await fetch(`${emulatorUrl}/__emulator/fixtures`)).json()) as { bigAlbumId: string };
    await page.goto(`${origin}/album/${fixtures.bigAlbumId}`);
    await page.getByRole('button', { name: /^Play / }).first().click();
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 15_000 }).toBe('Open Spotify on a device to play here.');
    await page.close();
  }, 60_000);
});
