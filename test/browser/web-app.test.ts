import { describe, expect, it } from 'vitest';
import { requireBuiltApp } from './built-app.js';
import { chromiumMissing } from './chromium.js';
import { demoApp } from './demo-app.js';

requireBuiltApp();
const missing = chromiumMissing();

describe.skipIf(missing !== undefined)('the web app in a real browser (demo mode)', () => {
  const app = demoApp();
  const page = () => app.page;
  const cards = () => page().locator('main .card');
  const titles = () => page().locator('main .card .card-title').allInnerTexts();
  const searchBox = () => page().getByRole('searchbox', { name: 'Search Spotify, or paste a Spotify link' });
  const loading = () => page().getByRole('status').filter({ hasText: 'Loading' });
  /** Waits until nothing is loading and the list holds more than `count` cards. */
  const moreCardsThan = async (count: number) => {
    await expect.poll(() => cards().count(), { timeout: 20_000 }).toBeGreaterThan(count);
    await expect.poll(() => loading().count(), { timeout: 20_000 }).toBe(0);
    return cards().count();
  };

  it('searches as one types: "BTS" shows artist cards, asked with GET by the persisted document\'s hash and the CSRF header', async () => {
    await page().goto(`${app.origin}/`);
    // A first visit opens on the seeds' search.
    await expect.poll(() => searchBox().inputValue()).toBe('BTS');
    await searchBox().fill('');
    await expect.poll(() => page().getByText('Search for artists, albums, songs').count()).toBe(1);
    await searchBox().pressSequentially('BTS', { delay: 40 });
    await moreCardsThan(0);
    const names = await titles();
    expect(names[0]).toBe('BTS');
    expect(names).toContain('BTS World');
    expect(new URL(page().url()).pathname).toBe('/search/BTS');
    expect(await page().title()).toBe('BTS · Search');
    // The count is announced to screen readers.
    expect(await page().getByRole('status').filter({ hasText: /^3 artists$/ }).count()).toBe(1);

    const searches = app.graphqlRequests.filter((request) => new URL(request.url()).searchParams.get('operationName') === 'SearchArtists');
    expect(searches.length).toBeGreaterThan(0);
    for (const request of searches) {
      expect(request.method()).toBe('GET');
      expect(request.headers()['x-graphql-csrf']).toBeTruthy();
      // The document goes by its hash (codegen's persisted-documents.json), not its text.
      const url = new URL(request.url());
      expect(url.searchParams.get('query')).toBeNull();
      expect(JSON.parse(url.searchParams.get('extensions')!).persistedQuery.sha256Hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    expect(JSON.parse(new URL(searches.at(-1)!.url()).searchParams.get('variables')!)).toMatchObject({ query: 'BTS' });

    // A card's picture offers each size the gateway lists, by width, narrowest first.
    const images: { url: string; width: number }[] = await fetch(
      `${app.origin}/graphql?query=${encodeURIComponent('{ search(query: "BTS") { artists(first: 1) { edges { node { images { url width } } } } } }')}`,
      { headers: { accept: 'application/json', 'x-graphql-csrf': '1' } },
    ).then(async (response) => (await response.json()).data.search.artists.edges[0].node.images);
    expect(images.length).toBeGreaterThan(1);
    const picture = cards().first().locator('img');
    const bySize = [...images].sort((a, b) => a.width - b.width);
    expect(await picture.getAttribute('srcset')).toBe(bySize.map((image) => `${image.url} ${image.width}w`).join(', '));
    // Without srcset support, the narrowest that fills the card.
    expect(await picture.getAttribute('src')).toBe(bySize.find((image) => image.width >= 180)!.url);
    await app.screenshot('search');
  }, 60_000);

  // Needs the emulator to serve the pictures it names, at its own address.
  it("shows each card's picture", async () => {
    await page().goto(`${app.origin}/search/BTS`);
    const count = await moreCardsThan(0);
    for (let index = 0; index < count; index++) {
      const picture = cards().nth(index).locator('img');
      // Pictures load lazily, as they come into view.
      await picture.scrollIntoViewIfNeeded();
      await expect
        .poll(() => picture.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)), {
          timeout: 10_000,
          message: `the picture of card ${index + 1} has loaded (naturalWidth > 0)`,
        })
        .toBeGreaterThan(0);
    }
  }, 90_000);

  it('loads the next pages of a broad search as one scrolls', async () => {
    await page().goto(`${app.origin}/search/love`);
    // Pages of 20: the first, and one more for each time the end of the list came into view.
    let count = await moreCardsThan(0);
    expect(count % 20).toBe(0);
    for (const _ of [1, 2]) {
      await page().mouse.wheel(0, 20_000);
      count = await moreCardsThan(count);
    }
    expect(count).toBeGreaterThanOrEqual(60);
    expect(count % 20).toBe(0);
    // Each page starts after the last one's end cursor: no artist shows twice.
    const links = await cards().evaluateAll((all) => all.map((card) => card.getAttribute('href')));
    expect(new Set(links).size).toBe(count);
    const pages = app.graphqlRequests.map((request) => JSON.parse(new URL(request.url()).searchParams.get('variables')!));
    expect(pages.filter((variables) => variables.after).length).toBeGreaterThanOrEqual(2);
    await app.screenshot('scrolled');
  }, 90_000);

  it('opens an artist and sees albums, opens an album and sees its tracks, and goes back', async () => {
    await page().goto(`${app.origin}/search/BTS`);
    await moreCardsThan(0);
    await cards().filter({ has: page().locator('.card-title', { hasText: /^BTS$/ }) }).click();
    await expect.poll(() => page().locator('h1').innerText(), { timeout: 20_000 }).toBe('BTS');
    const albums = await moreCardsThan(0);
    expect(albums).toBeGreaterThan(0);
    await app.screenshot('artist');

    const album = cards().first();
    const albumName = await album.locator('.card-title').innerText();
    await album.click();
    await expect.poll(() => page().locator('h1').innerText(), { timeout: 20_000 }).toBe(albumName);
    await expect.poll(() => page().locator('.track').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const total = Number(/(\d+) tracks?\b/.exec(await page().locator('.hero').innerText())![1]);
    await page().mouse.wheel(0, 20_000);
    await expect.poll(() => page().locator('.track').count(), { timeout: 20_000 }).toBe(total);
    expect(await page().locator('.hero').innerText()).toContain('BTS');
    await app.screenshot('album');

    await page().goBack();
    await expect.poll(() => page().locator('h1').innerText(), { timeout: 20_000 }).toBe('BTS');
    await page().goBack();
    await expect.poll(() => searchBox().inputValue()).toBe('BTS');
  }, 90_000);

  it('comes back to the scroll position and the pages loaded when one goes Back', async () => {
    await page().goto(`${app.origin}/search/love`);
    let count = await moreCardsThan(0);
    for (const _ of [1, 2]) {
      await page().mouse.wheel(0, 20_000);
      count = await moreCardsThan(count);
    }
    // A card well before the end, so no further page starts loading.
    const card = cards().nth(count - 15);
    await card.scrollIntoViewIfNeeded();
    await expect.poll(() => loading().count(), { timeout: 20_000 }).toBe(0);
    count = await cards().count();
    const scrolled = await page().evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(1000);
    const name = await card.locator('.card-title').innerText();
    await card.click();
    await expect.poll(() => page().locator('h1').innerText(), { timeout: 20_000 }).toBe(name);
    // A new screen starts at its top.
    expect(await page().evaluate(() => window.scrollY)).toBe(0);
    await page().goBack();
    await expect.poll(() => cards().count(), { timeout: 20_000 }).toBe(count);
    await expect.poll(() => page().evaluate(() => window.scrollY), { timeout: 10_000 }).toBe(scrolled);
  }, 90_000);

  // Last: the gateway then pauses its calls to Spotify for the time Spotify asked.
  it('shows the wait when Spotify rate-limits the gateway', async () => {
    const fault = await fetch(`${app.emulatorUrl}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ match: { endpoint: 'GET /v1/search' }, kind: 'rate-limit', retryAfter: 120 }),
    });
    expect(fault.ok).toBe(true);
    await page().goto(`${app.origin}/search/${encodeURIComponent('rate limited')}`);
    const alert = page().getByRole('alert');
    await expect.poll(() => alert.count(), { timeout: 20_000 }).toBe(1);
    const wait = Number(/Try again in (\d+) s/.exec(await alert.innerText())?.[1]);
    expect(wait).toBeGreaterThan(60);
    expect(wait).toBeLessThanOrEqual(120);
    expect(await alert.getByRole('button', { name: 'Try again' }).isDisabled()).toBe(true);
    await app.screenshot('rate-limited');
  }, 60_000);
});
