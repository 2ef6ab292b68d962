import { afterEach, describe, expect, it } from 'vitest';
import { RESTRICTED_MARKETS } from '../src/catalog-music.js';
import { get, emulatorForFile } from './helpers.js';

const shared = emulatorForFile();
afterEach(() => shared.emulator.setMode('development'));

const call = (path: string) => get(shared.emulator, path, shared.bearer);
const fx = () => shared.emulator.catalog.fixtures;
const [elsewhere] = RESTRICTED_MARKETS;

describe('tracks in a market', () => {
  it('without a market: no is_playable, no restrictions', async () => {
    const { body } = await call(`/tracks/${fx().restrictedTrackId}`);
    expect(body).not.toHaveProperty('is_playable');
    expect(body).not.toHaveProperty('restrictions');
  });

  it('is_playable true where available, false with restrictions.reason "market" where not', async () => {
    const here = await call(`/tracks/${fx().restrictedTrackId}?market=US`);
    expect(here.body.is_playable).toBe(true);
    expect(here.body).not.toHaveProperty('restrictions');
    const there = await call(`/tracks/${fx().restrictedTrackId}?market=${elsewhere}`);
    expect(there.body).toMatchObject({ id: fx().restrictedTrackId, is_playable: false, restrictions: { reason: 'market' } });
    shared.emulator.setMode('extended');
    const ext = await call(`/tracks/${fx().restrictedTrackId}`);
    expect(ext.body.available_markets).not.toContain(elsewhere);
    expect(ext.body.available_markets).toContain('US');
  });

  it('relinks an unavailable track to its twin; linked_from names the one asked for in extended mode only', async () => {
    const asked = fx().relinkedTrackId;
    const dev = await call(`/tracks/${asked}?market=${elsewhere}`);
    expect(dev.body.id).not.toBe(asked);
    expect(dev.body.is_playable).toBe(true);
    expect(dev.body).not.toHaveProperty('linked_from');
    shared.emulator.setMode('extended');
    const ext = await call(`/tracks/${asked}?market=${elsewhere}`);
    expect(ext.body.id).toBe(dev.body.id);
    expect(ext.body.linked_from).toEqual({
      external_urls: { spotify: `https://open.spotify.com/track/${asked}` }, href: `${shared.emulator.apiUrl}/tracks/${asked}`,
      id: asked, type: 'track', uri: `spotify:track:${asked}`,
    });
    const original = await call(`/tracks/${asked}`);
    expect(original.body.name).toBe(ext.body.name);
    expect(original.body.id).toBe(asked);
  });

  it('album track pages carry the market facts too', async () => {
    const t = shared.emulator.catalog.tracks[shared.emulator.catalog.trackIndex.get(fx().restrictedTrackId)!];
    const album = shared.emulator.catalog.albums[t.album];
    const { body } = await call(`/albums/${album.id}/tracks?market=${elsewhere}&limit=50`);
    const item = body.items.find((x: any) => x.id === t.id);
    expect(item).toMatchObject({ is_playable: false, restrictions: { reason: 'market' } });
  });
});

describe('full-object facts, and what Development Mode takes away', () => {
  it('albums: album_type, copyrights, external_ids.upc always; label, popularity, available_markets only in extended', async () => {
    const path = `/albums/${fx().longAlbumId}`;
    const dev = (await call(path)).body;
    expect(dev).toMatchObject({ album_type: 'album', external_ids: { upc: expect.stringMatching(/^\d{12}$/) } });
    expect(dev.copyrights.map((c: any) => c.type)).toEqual(['C', 'P']);
    for (const key of ['label', 'popularity', 'available_markets', 'genres']) expect(dev).not.toHaveProperty(key);
    shared.emulator.setMode('extended');
    const ext = (await call(path)).body;
    expect(ext).toMatchObject({ label: expect.any(String), popularity: expect.any(Number), available_markets: expect.any(Array) });
    expect(ext.copyrights[0].text).toContain(ext.label);
  });

  it('tracks: external_ids.isrc always; popularity, available_markets, linked_from only in extended', async () => {
    const id = shared.emulator.catalog.tracks[3].id;
    const dev = (await call(`/tracks/${id}`)).body;
    expect(dev.external_ids.isrc).toMatch(/^[A-Z0-9]{12}$/);
    for (const key of ['popularity', 'available_markets', 'linked_from', 'preview_url']) expect(dev).not.toHaveProperty(key);
    expect(dev.album).not.toHaveProperty('available_markets');
    shared.emulator.setMode('extended');
    const ext = (await call(`/tracks/${id}`)).body;
    expect(ext).toMatchObject({ popularity: expect.any(Number), available_markets: expect.any(Array) });
  });

  it('artists: followers, popularity and genres only in extended', async () => {
    const dev = (await call(`/artists/${fx().btsId}`)).body;
    for (const key of ['followers', 'popularity', 'genres']) expect(dev).not.toHaveProperty(key);
    shared.emulator.setMode('extended');
    expect((await call(`/artists/${fx().btsId}`)).body).toMatchObject({ followers: { total: expect.any(Number) }, popularity: expect.any(Number), genres: expect.any(Array) });
  });

  it('/artists/{id}/albums honours every include_groups value and says each album\'s group', async () => {
    shared.emulator.setMode('extended');
    const all = (await call(`/artists/${fx().btsId}/albums?limit=50`)).body;
    const groups = new Set(all.items.map((a: any) => a.album_group));
    expect(groups).toEqual(new Set(['album', 'single', 'compilation', 'appears_on']));
    for (const group of groups) {
      const only = (await call(`/artists/${fx().btsId}/albums?include_groups=${group}&limit=50`)).body;
      expect(only.total).toBe(all.items.filter((a: any) => a.album_group === group).length);
      expect(only.items.every((a: any) => a.album_group === group)).toBe(true);
    }
    const compilations = (await call(`/artists/${fx().btsId}/albums?include_groups=compilation&limit=50`)).body;
    expect(compilations.items.every((a: any) => a.album_type === 'compilation')).toBe(true);
  });
});
