import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/server.js';
import { get, token } from './helpers.js';

interface Client {
  emulator: Emulator;
  bearer: string;
}

const quirky = {} as Client;
const tidy = {} as Client;
const twin = {} as Client;
beforeAll(async () => {
  for (const [client, quirks] of [[quirky, true], [tidy, false], [twin, true]] as const) {
    client.emulator = await startEmulator({ quirks, mode: 'extended' });
    client.bearer = await token(client.emulator);
  }
});
afterAll(() => Promise.all([quirky, tidy, twin].map((c) => c.emulator.close())));

const call = (client: Client, path: string) => get(client.emulator, path, client.bearer);

/** Pages of several kinds of lists, so every quirk has room to show. */
function pagePaths(e: Emulator): { path: string; key?: string }[] {
  const fx = e.catalog.fixtures;
  const paths: { path: string; key?: string }[] = [];
  for (let offset = 0; offset < 300; offset += 10) {
    paths.push({ path: `/search?q=love&type=track,artist,album,playlist,show,episode,audiobook&limit=10&offset=${offset}`, key: 'tracks' });
  }
  for (let offset = 0; offset < 120; offset += 10) paths.push({ path: `/albums/${fx.longAlbumId}/tracks?limit=10&offset=${offset}` });
  for (let offset = 0; offset < 120; offset += 10) paths.push({ path: `/shows/${fx.longShowId}/episodes?limit=10&offset=${offset}` });
  for (let offset = 0; offset < 60; offset += 10) paths.push({ path: `/audiobooks/${fx.longAudiobookId}/chapters?limit=10&offset=${offset}` });
  for (let offset = 0; offset < 30; offset += 10) paths.push({ path: `/artists/${fx.btsId}/albums?limit=10&offset=${offset}` });
  return paths;
}

interface Page {
  items: unknown[];
  limit: number;
  offset: number;
  total: number;
}

async function pages(client: Client): Promise<Page[]> {
  const out: Page[] = [];
  for (const { path } of pagePaths(client.emulator)) {
    const { body } = await call(client, path);
    if ('items' in body) out.push(body);
    else out.push(...(Object.values(body) as Page[]));
  }
  return out;
}

const isShort = (p: Page) => p.items.length < p.limit && p.offset + p.limit <= p.total;

describe('quirks: true', () => {
  it('says so', () => {
    expect(quirky.emulator.quirks).toBe(true);
    expect(tidy.emulator.quirks).toBe(false);
  });

  it('puts nulls inside item lists of every kind, and withholds items from some pages', async () => {
    const all = await pages(quirky);
    const withNull = all.filter((p) => p.items.includes(null));
    expect(withNull.length).toBeGreaterThan(10);
    const nullHrefs = withNull.map((p: any) => p.href as string);
    for (const kind of ['type=track', 'type=artist', 'type=album', 'type=episode', '/tracks?', '/episodes?', '/chapters?']) {
      expect(nullHrefs.some((href) => href.includes(kind)), kind).toBe(true);
    }
    const short = all.filter(isShort);
    expect(short.length).toBeGreaterThan(5);
    for (const p of short) expect(p.limit - p.items.length).toBeLessThanOrEqual(3);
  });

  it('gives some entities one image without sizes', async () => {
    const { body } = await call(quirky, '/search?q=love&type=artist,album&limit=50');
    const lists = [...body.artists.items, ...body.albums.items].filter(Boolean).map((x: any) => x.images);
    const sizeless = lists.filter((images: any[]) => images.length === 1 && images[0].width === null && images[0].height === null);
    expect(sizeless.length).toBeGreaterThan(0);
    expect(sizeless.length).toBeLessThan(lists.length / 2);
  });

  it('coarsens some release dates to a year or a month, with the matching precision', async () => {
    const { body } = await call(quirky, `/shows/${quirky.emulator.catalog.fixtures.longShowId}/episodes?limit=50`);
    const episodes = body.items.filter(Boolean);
    const byPrecision = (p: string) => episodes.filter((e: any) => e.release_date_precision === p);
    expect(byPrecision('year').length).toBeGreaterThan(0);
    expect(byPrecision('month').length).toBeGreaterThan(0);
    const shapes = { year: /^\d{4}$/, month: /^\d{4}-\d\d$/, day: /^\d{4}-\d\d-\d\d$/ } as Record<string, RegExp>;
    for (const e of episodes) expect(e.release_date).toMatch(shapes[e.release_date_precision]);
  });

  it('is deterministic: two emulators answer alike but for their own urls', async () => {
    const text = async (client: Client, path: string) => JSON.stringify((await call(client, path)).body).replaceAll(client.emulator.url, '<origin>');
    for (const { path } of pagePaths(quirky.emulator).filter((_, k) => k % 7 === 0)) {
      expect(await text(twin, path)).toBe(await text(quirky, path));
    }
  });
});

describe('quirks off (the default)', () => {
  it('has no nulls, no short pages, no sizeless images, and only day-precision episode dates', async () => {
    const all = await pages(tidy);
    expect(all.some((p) => p.items.includes(null))).toBe(false);
    expect(all.filter(isShort)).toEqual([]);
    const { body } = await call(tidy, '/search?q=love&type=artist,album,playlist&limit=50');
    const images = [...body.artists.items, ...body.albums.items, ...body.playlists.items].flatMap((x: any) => x.images);
    expect(images.every((i: any) => i.width !== null && i.height !== null)).toBe(true);
    const episodes = await call(tidy, `/shows/${tidy.emulator.catalog.fixtures.longShowId}/episodes?limit=50`);
    expect(episodes.body.items.every((e: any) => e.release_date_precision === 'day')).toBe(true);
  });
});
