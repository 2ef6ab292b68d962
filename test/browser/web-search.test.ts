// Search of every kind, one tab each, and a pasted Spotify link opening what it names.
import { describe, expect, it } from 'vitest';
import { requireBuiltApp } from './built-app.js';
import { chromiumMissing } from './chromium.js';
import { demoApp, firstResultId } from './demo-app.js';

requireBuiltApp();
const missing = chromiumMissing();

/** Each tab, the search the emulator's catalog answers for it, and the word its count uses. */
const KINDS = [
  { kind: 'artists', tab: 'Artists', query: 'BTS', one: 'artist' },
  { kind: 'albums', tab: 'Albums', query: 'BTS', one: 'album' },
  { kind: 'tracks', tab: 'Songs', query: 'BTS', one: 'song' },
  { kind: 'playlists', tab: 'Playlists', query: 'BTS', one: 'playlist' },
  { kind: 'shows', tab: 'Podcasts', query: 'k-pop', one: 'podcast' },
  { kind: 'episodes', tab: 'Episodes', query: 'k-pop', one: 'episode' },
  { kind: 'audiobooks', tab: 'Audiobooks', query: 'k-pop', one: 'audiobook' },
] as const;

describe.skipIf(missing !== undefined)('searching in the web app (demo mode)', () => {
  const app = demoApp();
  const searchBox = () => app.page.getByRole('searchbox', { name: 'Search Spotify, or paste a Spotify link' });

  it.each(KINDS)('finds $kind in the $tab tab, counted aloud, each linking to its screen', async ({ kind, tab, query, one }) => {
    const answer = await app.query(`{ search(query: ${JSON.stringify(query)}) { ${kind}(first: 20) { totalCount edges { node { id name } } } } }`);
    const { totalCount, edges } = answer.data.search[kind];
    expect(edges.length).toBeGreaterThan(0);
    await app.page.goto(`${app.origin}/search/${encodeURIComponent(query)}`);
    await app.page.getByRole('navigation', { name: 'Kinds of result' }).getByRole('link', { name: tab }).click();
    const path = `/search/${encodeURIComponent(query)}${kind === 'artists' ? '' : `/${kind}`}`;
    await expect.poll(() => new URL(app.page.url()).pathname).toBe(path);
    const count = `${totalCount.toLocaleString('en')} ${totalCount === 1 ? one : `${one}s`}`;
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: new RegExp(`^${count}$`) }).count(), { timeout: 20_000 }).toBe(1);
    // The first result, a link to its own screen (the path open.spotify.com gives it).
    const first = app.page.locator(`main a[href="/${kind.replace(/s$/, '')}/${edges[0].node.id}"]`).first();
    expect(await first.innerText()).toContain(edges[0].node.name);
    // Its own query, sent as GET: this tab pages by its own cursor.
    const operation = `Search${kind[0].toUpperCase()}${kind.slice(1)}`;
    const asked = app.graphqlRequests.filter((request) => new URL(request.url()).searchParams.get('operationName') === operation);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((request) => request.method() === 'GET')).toBe(true);
    await app.screenshot(`search-${kind}`);
  }, 60_000);

  it('opens a pasted open.spotify.com link or Spotify URI on the screen it names, through lookup', async () => {
    const albumId = await firstResultId(app, 'albums', 'BTS');
    const albumName = (await app.query(`{ album(id: "${albumId}") { name } }`)).data.album.name;
    await app.page.goto(`${app.origin}/search/BTS`);
    await searchBox().fill(`https://open.spotify.com/intl-ko/album/${albumId}?si=abc`);
    await expect.poll(() => new URL(app.page.url()).pathname, { timeout: 20_000 }).toBe(`/album/${albumId}`);
    await expect.poll(() => app.page.locator('h1').innerText(), { timeout: 20_000 }).toBe(albumName);
    expect(app.graphqlRequests.some((request) => new URL(request.url()).searchParams.get('operationName') === 'Lookup')).toBe(true);

    const playlistId = await firstResultId(app, 'playlists', 'BTS');
    await app.page.goto(`${app.origin}/search/BTS`);
    await searchBox().fill(`spotify:playlist:${playlistId}`);
    await expect.poll(() => new URL(app.page.url()).pathname, { timeout: 20_000 }).toBe(`/playlist/${playlistId}`);
    await expect.poll(() => app.page.locator('.kind').innerText(), { timeout: 20_000 }).toBe('Playlist');
  }, 60_000);

  it('says so, in words, when a pasted link names nothing', async () => {
    await app.page.goto(`${app.origin}/search/BTS`);
    await searchBox().fill('https://open.spotify.com/album/0000000000000000000000');
    await expect.poll(() => app.page.getByRole('alert').innerText().catch(() => ''), { timeout: 20_000 }).toBe('Spotify has nothing under this link.');
    await searchBox().fill('https://open.spotify.com/concert/notAnId');
    await expect.poll(() => app.page.getByRole('alert').innerText().catch(() => ''), { timeout: 20_000 }).toContain('This is not a link to something on Spotify');
  }, 60_000);
});
