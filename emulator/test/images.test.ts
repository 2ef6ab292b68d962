import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/server.js';
import { get, token } from './helpers.js';

interface Image {
  url: string;
  width: number | null;
  height: number | null;
}

/** Every images array anywhere in a payload. */
function imagesIn(value: unknown, found: Image[] = []): Image[] {
  if (Array.isArray(value)) value.forEach((v) => imagesIn(v, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'images' && Array.isArray(v)) found.push(...(v as Image[]));
      else imagesIn(v, found);
    }
  }
  return found;
}

async function load(image: Image): Promise<{ status: number; type: string | null; cache: string | null; width: number; height: number }> {
  const res = await fetch(image.url);
  const svg = await res.text();
  const size = (name: string) => Number(new RegExp(`<svg[^>]* ${name}="(\\d+)"`).exec(svg)?.[1]);
  return { status: res.status, type: res.headers.get('content-type'), cache: res.headers.get('cache-control'), width: size('width'), height: size('height') };
}

const payloads = (e: Emulator) => {
  const fx = e.catalog.fixtures;
  return [
    `/artists/${fx.btsId}`, `/albums/${fx.bigAlbumId}`, `/playlists/${fx.mixedPlaylistId}`, `/shows/${fx.longShowId}`,
    `/audiobooks/${fx.longAudiobookId}`, `/episodes/${e.catalog.episodes[3].id}`, '/search?q=love&type=artist,album,playlist,show,episode,audiobook&limit=10',
  ];
};

describe('images the payloads name', () => {
  let emulator: Emulator;
  let bearer: string;
  beforeAll(async () => {
    emulator = await startEmulator({ mode: 'extended' });
    bearer = await token(emulator);
  });
  afterAll(() => emulator.close());

  it('artists come in 640/320/160 and albums in 640/300/64, widest first', async () => {
    const artist = await get(emulator, `/artists/${emulator.catalog.fixtures.btsId}`, bearer);
    expect(artist.body.images.map((i: Image) => i.width)).toEqual([640, 320, 160]);
    const album = await get(emulator, `/albums/${emulator.catalog.fixtures.bigAlbumId}`, bearer);
    expect(album.body.images.map((i: Image) => [i.width, i.height])).toEqual([[640, 640], [300, 300], [64, 64]]);
  });

  it('every image url loads from the emulator as an SVG of the size the payload states', async () => {
    const images = new Map<string, Image>();
    for (const path of payloads(emulator)) {
      for (const image of imagesIn((await get(emulator, path, bearer)).body)) images.set(image.url, image);
    }
    expect(images.size).toBeGreaterThan(60);
    emulator.resetCalls();
    for (const image of images.values()) {
      expect(image.url.startsWith(`${emulator.url}/images/`)).toBe(true);
      const loaded = await load(image);
      expect(loaded).toEqual({
        status: 200, type: 'image/svg+xml', cache: 'public, max-age=31536000, immutable', width: image.width, height: image.height,
      });
    }
    // Image loads are counted apart from the Web API's calls.
    expect(emulator.countCalls({ host: 'images' })).toBe(images.size);
    expect(emulator.countCalls({ host: 'api' })).toBe(0);
  });

  it('needs no token, and answers 404 for names it never gave out', async () => {
    expect((await fetch(`${emulator.url}/images/zz-640.svg`)).status).toBe(404);
    expect((await fetch(`${emulator.url}/images/0123456789abcdef01234567-99999.svg`)).status).toBe(404);
    const bare = await fetch(`${emulator.url}/images/0123456789abcdef01234567-64.svg`);
    expect(bare.status).toBe(200);
    await bare.text();
  });

  it('sizeless images (a quirk) load too', async () => {
    const quirky = await startEmulator({ quirks: true });
    try {
      const t = await token(quirky);
      const images: Image[] = [];
      for (const path of payloads(quirky)) images.push(...imagesIn((await get(quirky, path, t)).body));
      const sizeless = images.filter((i) => i.width === null);
      expect(sizeless.length).toBeGreaterThan(0);
      for (const image of sizeless) {
        expect(image.height).toBeNull();
        const loaded = await load(image);
        expect(loaded.status).toBe(200);
        expect(loaded.width).toBeGreaterThan(0);
      }
    } finally {
      await quirky.close();
    }
  });
});
