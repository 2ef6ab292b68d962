// Every kind of item has a screen at the path open.spotify.com gives it, which opens from a link
// and survives a reload; a link to nothing shows a not-found screen with a way home.
import { describe, expect, it } from 'vitest';
import { requireBuiltApp } from './built-app.js';
import { chromiumMissing } from './chromium.js';
import { demoApp, firstResultId, type DemoApp } from './demo-app.js';

requireBuiltApp();
const missing = chromiumMissing();

/** How each screen is found (a search the emulator answers), named in the title, and what it must show. */
const SCREENS = [
  { kind: 'artist', search: ['artists', 'BTS'], title: 'Artist', shows: ['Albums', 'Singles and EPs', 'Compilations', 'Appears On', 'Development Mode'] },
  { kind: 'album', search: ['albums', 'BTS'], title: /^(Album|Single|Compilation)$/, shows: ['BTS', ' · '] },
  { kind: 'track', search: ['tracks', 'BTS'], title: 'Track', shows: ['From the album'] },
  { kind: 'playlist', search: ['playlists', 'BTS'], title: 'Playlist', shows: ['By Spotify', 'only to its owner', 'Sign in'] },
  { kind: 'show', search: ['shows', 'k-pop'], title: 'Podcast', shows: ['Episodes'] },
  { kind: 'episode', search: ['episodes', 'k-pop'], title: 'Episode', shows: [] },
  { kind: 'audiobook', search: ['audiobooks', 'k-pop'], title: 'Audiobook', shows: ['Chapters', 'only in some countries'] },
] as const;

/** The screen's one h1, once loaded. */
async function heading(app: DemoApp): Promise<string> {
  await expect.poll(() => app.page.locator('h1').count(), { timeout: 20_000 }).toBe(1);
  await expect.poll(() => app.page.getByText('Loading…').count(), { timeout: 20_000 }).toBe(0);
  return app.page.locator('h1').innerText();
}

describe.skipIf(missing !== undefined)("the web app's screens (demo mode)", () => {
  const app = demoApp();

  it.each(SCREENS)('opens /$kind/<id> from a link and again after a reload', async ({ kind, search, title, shows }) => {
    const id = await firstResultId(app, search[0], search[1]);
    const name: string = (await app.query(`{ ${kind}(id: "${id}") { name } }`)).data[kind].name;
    // Straight from the address bar: the gateway answers index.html for the path.
    await app.page.goto(`${app.origin}/${kind}/${id}`);
    expect(await heading(app)).toBe(name);
    const [titleName, titleKind] = (await app.page.title()).split(' · ');
    expect(titleName).toBe(name);
    expect(titleKind).toMatch(title);
    const text = await app.page.locator('main').innerText();
    for (const words of shows) expect(text).toContain(words);
    // Demo mode: the emulator's ids are made up, so nothing links to open.spotify.com.
    expect(await app.page.getByText('Open in Spotify').count()).toBe(0);
    expect(text).not.toMatch(/BAD_USER_INPUT|FORBIDDEN|"id"|Authorization: Bearer/);
    await app.screenshot(`screen-${kind}`);
    await app.page.reload();
    expect(await heading(app)).toBe(name);
  }, 60_000);

  it('says an album’s release date in words, with its length, and numbers nothing in raw form', async () => {
    const id = await firstResultId(app, 'albums', 'BTS');
    const album = (await app.query(`{ album(id: "${id}") { releaseDate releaseDatePrecision albumType } }`)).data.album;
    await app.page.goto(`${app.origin}/album/${id}`);
    await heading(app);
    const hero = await app.page.locator('.hero').innerText();
    expect(hero).not.toContain(album.releaseDate);
    expect(hero).not.toContain(album.albumType);
    expect(album.releaseDatePrecision).toBe('DAY');
    const [year, month, day] = album.releaseDate.split('-').map(Number);
    const words = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(hero).toContain(words);
    expect(hero).toMatch(/\d+ (hr \d+ )?min/);
  }, 60_000);

  it('opens a screen from a link inside the app without loading the page again', async () => {
    await app.page.goto(`${app.origin}/search/BTS/albums`);
    await expect.poll(() => app.page.locator('main .card').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await app.page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await app.page.locator('main .card').first().click();
    await expect.poll(() => new URL(app.page.url()).pathname).toMatch(/^\/album\//);
    await heading(app);
    expect(await app.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  }, 60_000);

  it.each([
    ['a malformed id', '/artist/not-an-id!', 'Spotify has no such artist'],
    ['an id Spotify does not know', '/album/0000000000000000000000', 'Spotify has no such album'],
    ['a path the app does not have', '/search/BTS/concerts', 'There is nothing here'],
  ])('shows %s as not found, with a way home and no developer message', async (_, path, words) => {
    await app.page.goto(`${app.origin}${path}`);
    expect(await heading(app)).toBe(words);
    expect(await app.page.title()).toBe('Not found');
    const text = await app.page.locator('main').innerText();
    expect(text).not.toMatch(/must be|22 letters|BAD_USER_INPUT|Try again/);
    await app.page.getByRole('link', { name: 'Go to search' }).click();
    await expect.poll(() => app.page.getByRole('searchbox').count(), { timeout: 20_000 }).toBe(1);
    await app.screenshot('not-found');
  }, 60_000);
});

describe.skipIf(missing !== undefined)("the web app's screens for an Extended Quota Mode app (demo mode)", () => {
  const app = demoApp({ SPOTIFY_APP_MODE: 'extended' });

  it("shows an artist's top tracks, which Development Mode apps no longer get", async () => {
    const id = await firstResultId(app, 'artists', 'BTS');
    const top: { name: string }[] = (await app.query(`{ artist(id: "${id}") { topTracks { name } } }`)).data.artist.topTracks;
    expect(top.length).toBeGreaterThan(0);
    await app.page.goto(`${app.origin}/artist/${id}`);
    await heading(app);
    const popular = app.page.locator('h2', { hasText: 'Popular' }).locator('xpath=following-sibling::*[1]');
    await expect.poll(() => popular.locator('.track-title > span:first-child > a').allInnerTexts(), { timeout: 20_000 }).toEqual(top.slice(0, 10).map((track) => track.name));
    expect(await app.page.locator('main').innerText()).not.toContain('Development Mode');
  }, 60_000);
});
