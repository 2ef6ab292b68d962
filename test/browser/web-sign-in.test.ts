// Signed in, in the app: PKCE against the emulator's consent page under the gateway's own
// origin (reached here as localhost, not the loopback literal the emulator asks for), back to
// the screen one left; the library, a save toggle that persists and one rolled back, a new
// playlist with a track added, and sign-out.
import { describe, expect, it } from 'vitest';
import { requireBuiltApp } from './built-app.js';
import { chromiumMissing } from './chromium.js';
import { demoApp, firstResultId, type DemoApp } from './demo-app.js';

requireBuiltApp();
const missing = chromiumMissing();

/** The origin by a host name rather than 127.0.0.1: as from a browser that knows the gateway by name. */
const byName = (app: DemoApp) => app.origin.replace('127.0.0.1', 'localhost');

async function signIn(app: DemoApp, user = 'minji') {
  await app.page.getByRole('banner').getByRole('button', { name: 'Sign in' }).click();
  await app.page.waitForSelector(`button[name="user"][value="${user}"]`, { timeout: 20_000 });
  // The consent page is served under the gateway's origin: nothing else need be reachable.
  expect(new URL(app.page.url()).origin).toBe(byName(app));
  await app.page.click(`button[name="user"][value="${user}"]`);
  await app.page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 20_000 });
}

const toggle = (app: DemoApp) => app.page.locator('.hero .toggle');
const pressed = async (app: DemoApp) => (await toggle(app).getAttribute('aria-pressed')) === 'true';

describe.skipIf(missing !== undefined)('signed in, in the web app (demo mode)', () => {
  const app = demoApp();

  it('signs in from the screen one is on and comes back to it, the token in this tab only', async () => {
    const id = await firstResultId(app, 'albums', 'BTS');
    await app.page.goto(`${byName(app)}/album/${id}`);
    await expect.poll(() => app.page.locator('h1').count(), { timeout: 20_000 }).toBe(1);
    await signIn(app);
    expect(new URL(app.page.url()).pathname).toBe(`/album/${id}`);
    expect(new URL(app.page.url()).search).toBe('');
    const stored = await app.page.evaluate(() => JSON.parse(sessionStorage.getItem('spotify-app:session') ?? 'null'));
    expect(stored.token).toBeTruthy();
    const urls = app.graphqlRequests.map((request) => request.url());
    expect(urls.some((url) => url.includes(stored.token))).toBe(false);
    // The user's requests carry the token in a header.
    await expect.poll(() => toggle(app).count(), { timeout: 20_000 }).toBe(1);
    const asked = app.graphqlRequests.find((request) => new URL(request.url()).searchParams.get('operationName') === 'IsSaved')!;
    expect(asked.headers().authorization).toBe(`Bearer ${stored.token}`);
  }, 90_000);

  it('saves an album, which stays saved after a reload and shows in the library; a refused removal rolls back with a message', async () => {
    const id = await firstResultId(app, 'albums', 'love');
    const name: string = (await app.query(`{ album(id: "${id}") { name } }`)).data.album.name;
    await app.page.goto(`${byName(app)}/album/${id}`);
    await signIn(app);
    await expect.poll(() => toggle(app).count(), { timeout: 20_000 }).toBe(1);
    if (await pressed(app)) {
      await toggle(app).click();
      await expect.poll(() => pressed(app), { timeout: 20_000 }).toBe(false);
    }
    await toggle(app).click();
    // Optimistic: the button says so at once.
    expect(await toggle(app).innerText()).toBe('Saved');
    await expect.poll(() => app.graphqlRequests.filter((r) => r.method() === 'POST').length, { timeout: 20_000 }).toBeGreaterThan(0);
    await app.page.reload();
    await expect.poll(() => toggle(app).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => pressed(app), { timeout: 20_000 }).toBe(true);

    await app.page.getByRole('link', { name: 'Your library' }).click();
    await app.page.getByRole('link', { name: 'Albums' }).click();
    await expect.poll(() => app.page.locator('main .card-title').allInnerTexts(), { timeout: 20_000 }).toContain(name);
    await app.screenshot('library-albums');

    // Spotify refuses the removal: the button goes back to Saved and says why.
    const fault = await fetch(`${app.emulatorUrl}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ match: { endpoint: 'DELETE /v1/me/library' }, kind: 'status', status: 403, times: 1 }),
    });
    expect(fault.ok).toBe(true);
    await app.page.goBack();
    await app.page.goBack();
    await expect.poll(() => pressed(app), { timeout: 20_000 }).toBe(true);
    await toggle(app).click();
    await expect.poll(() => app.page.locator('.hero').getByRole('alert').innerText().catch(() => ''), { timeout: 20_000 }).toContain('Could not remove it.');
    expect(await pressed(app)).toBe(true);
    await app.page.reload();
    await expect.poll(() => toggle(app).count(), { timeout: 20_000 }).toBe(1);
    expect(await pressed(app)).toBe(true);
  }, 120_000);

  it('creates a playlist, adds a track to it and sees it there; then signs out', async () => {
    const trackId = await firstResultId(app, 'tracks', 'BTS');
    const track: string = (await app.query(`{ track(id: "${trackId}") { name } }`)).data.track.name;
    await app.page.goto(`${byName(app)}/collection/playlists`);
    await signIn(app);
    const name = `Road trip ${Date.now()}`;
    await app.page.getByRole('textbox', { name: 'New playlist’s name' }).fill(name);
    await app.page.getByRole('button', { name: 'Create playlist' }).click();
    await expect.poll(() => app.page.locator('h1').innerText(), { timeout: 20_000 }).toBe(name);
    await expect.poll(() => app.page.getByText('This playlist is empty.').count(), { timeout: 20_000 }).toBe(1);
    const playlistPath = new URL(app.page.url()).pathname;

    await app.page.goto(`${byName(app)}/track/${trackId}`);
    await app.page.getByRole('combobox', { name: 'Playlist to add to' }).selectOption({ label: name });
    await app.page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => app.page.getByText(`Added to ${name}.`).count(), { timeout: 20_000 }).toBe(1);
    await app.page.goto(`${byName(app)}${playlistPath}`);
    // The owner sees the items, even in Development Mode.
    await expect.poll(() => app.page.locator('.track-title a').first().innerText().catch(() => ''), { timeout: 20_000 }).toBe(track);

    await app.page.getByRole('button', { name: 'Sign out' }).click();
    await app.page.getByRole('banner').getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await app.page.evaluate(() => sessionStorage.getItem('spotify-app:session'))).toBeNull();
    await app.page.goto(`${byName(app)}/collection/tracks`);
    await expect.poll(() => app.page.getByText('Sign in to see the songs').count(), { timeout: 20_000 }).toBe(1);
  }, 120_000);

  it('shows top artists and songs over the time range chosen, and what was played lately', async () => {
    await app.page.goto(`${byName(app)}/top`);
    await signIn(app);
    expect(await app.page.locator('h1').innerText()).toBe('Your top artists and songs');
    await expect.poll(() => app.page.locator('main .card').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => app.page.locator('main .track').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await app.page.getByRole('combobox').selectOption({ label: 'Last 4 weeks' });
    const ranges = () =>
      app.graphqlRequests
        .filter((request) => new URL(request.url()).searchParams.get('operationName') === 'TopArtists')
        .map((request) => JSON.parse(new URL(request.url()).searchParams.get('variables')!).range);
    await expect.poll(ranges, { timeout: 20_000 }).toContain('SHORT_TERM');
    expect(ranges()).toContain('MEDIUM_TERM');
    expect(await app.page.locator('h2', { hasText: 'Recently played' }).count()).toBe(1);
    await app.screenshot('top');
  }, 90_000);

  it('comes back with a sentence when consent is cancelled', async () => {
    await app.page.goto(`${byName(app)}/search/BTS`);
    await app.page.getByRole('banner').getByRole('button', { name: 'Sign in' }).click();
    await app.page.click('button[name="decision"][value="cancel"]');
    await expect.poll(() => app.page.getByRole('alert').innerText().catch(() => ''), { timeout: 20_000 }).toBe('You cancelled the sign-in.');
    expect(await app.page.locator('h1').innerText()).toBe('Not signed in');
    // And back to the screen the sign-in started from.
    await app.page.getByRole('link', { name: 'Back to where you were' }).click();
    await expect.poll(() => new URL(app.page.url()).pathname).toBe('/search/BTS');
    await expect.poll(() => app.page.getByRole('searchbox').inputValue()).toBe('BTS');
  }, 60_000);
});
