import { afterEach, describe, expect, it } from 'vitest';
import type { ArtistDiscographyAlbum, FullAlbum, FullArtist, FullTrack, Paging, SimplifiedTrack } from '../src/wire-types.js';
import { get, emulatorForFile } from './helpers.js';

const shared = emulatorForFile();
afterEach(() => shared.emulator.setMode('development'));

const call = <T = any>(path: string) => get<T>(shared.emulator, path, shared.bearer);
const fx = () => shared.emulator.catalog.fixtures;

describe('artists', () => {
  it('GET /artists/{id} in extended mode has genres, popularity and followers', async () => {
    shared.emulator.setMode('extended');
    const { status, body } = await call<FullArtist>(`/artists/${fx().btsId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: fx().btsId, name: 'BTS', type: 'artist', uri: `spotify:artist:${fx().btsId}`,
      href: `${shared.emulator.apiUrl}/artists/${fx().btsId}`,
      external_urls: { spotify: `https://open.spotify.com/artist/${fx().btsId}` },
      followers: { href: null, total: expect.any(Number) },
      popularity: expect.any(Number),
    });
    expect(body.genres!.length).toBeGreaterThan(0);
    expect(body.images!.map((i) => [i.width, i.height])).toEqual([[640, 640], [320, 320], [160, 160]]);
    expect(body.images![0].url).toMatch(new RegExp(`^${shared.emulator.url}/images/[0-9a-f]{24}-640\\.svg$`));
  });

  it('GET /artists/{id} in development mode omits the deprecated fields', async () => {
    const { body } = await call<FullArtist>(`/artists/${fx().btsId}`);
    expect(body).not.toHaveProperty('genres');
    expect(body).not.toHaveProperty('popularity');
    expect(body).not.toHaveProperty('followers');
  });

  it('400 for malformed ids, 404 for unknown ones', async () => {
    expect((await call(`/artists/${fx().invalidId}`)).body).toEqual({ error: { status: 400, message: 'Invalid base62 id' } });
    expect((await call(`/artists/${fx().unknownId}`)).body).toEqual({ error: { status: 404, message: 'Resource not found' } });
  });

  it('GET /artists?ids= is 403 in development mode', async () => {
    const { status, body } = await call(`/artists?ids=${fx().btsId}`);
    expect(status).toBe(403);
    expect(body).toEqual({ error: { status: 403, message: 'Forbidden' } });
  });

  it('GET /artists?ids= in extended mode keeps positions and answers null for unknown ids', async () => {
    shared.emulator.setMode('extended');
    const ids = [fx().btscId, fx().unknownId, fx().btsId, fx().btscId];
    const { status, body } = await call<{ artists: (FullArtist | null)[] }>(`/artists?ids=${ids.join(',')}`);
    expect(status).toBe(200);
    expect(body.artists.map((a) => a?.name ?? null)).toEqual(['BTSC', null, 'BTS', 'BTSC']);
  });

  it('GET /artists?ids= refuses more than 50 ids and malformed ones', async () => {
    shared.emulator.setMode('extended');
    const many = Array.from({ length: 51 }, () => fx().btsId).join(',');
    expect((await call(`/artists?ids=${many}`)).body).toEqual({ error: { status: 400, message: 'Too many ids requested' } });
    expect((await call(`/artists?ids=${fx().btsId},bad`)).body.error.message).toBe('Invalid base62 id');
  });

  it('GET /artists/{id}/albums pages the BTS discography', async () => {
    const path = `/artists/${fx().btsId}/albums`;
    const first = await call<Paging<ArtistDiscographyAlbum>>(path);
    expect(first.body.limit).toBe(5);
    expect(first.body.total).toBeGreaterThan(25);
    expect(first.body.next).toBe(`${shared.emulator.apiUrl}${path}?offset=5&limit=5`);
    const seen: string[] = [];
    for (let offset = 0; offset < first.body.total; offset += 10) {
      const page = await call<Paging<ArtistDiscographyAlbum>>(`${path}?limit=10&offset=${offset}`);
      seen.push(...page.body.items.map((a) => a.id));
      expect(page.body.next === null).toBe(offset + 10 >= first.body.total);
    }
    expect(new Set(seen).size).toBe(first.body.total);
    expect((await call(`${path}?limit=11`)).body.error.message).toBe('Invalid limit');
  });

  it('GET /artists/{id}/albums filters by include_groups and shows album_group in extended mode', async () => {
    shared.emulator.setMode('extended');
    const path = `/artists/${fx().btsId}/albums?include_groups=single,appears_on&limit=50`;
    const { body } = await call<Paging<ArtistDiscographyAlbum>>(path);
    expect(body.items.length).toBe(body.total);
    expect(new Set(body.items.map((a) => a.album_group))).toEqual(new Set(['single', 'appears_on']));
    expect(body.href).toContain('include_groups=single,appears_on');
    expect((await call(`/artists/${fx().btsId}/albums?include_groups=bogus`)).status).toBe(400);
  });

  it('GET /artists/{id}/top-tracks: 403 in development, 10 full tracks in extended', async () => {
    expect((await call(`/artists/${fx().btsId}/top-tracks`)).status).toBe(403);
    shared.emulator.setMode('extended');
    const { body } = await call<{ tracks: FullTrack[] }>(`/artists/${fx().btsId}/top-tracks?market=US`);
    expect(body.tracks).toHaveLength(10);
    const pops = body.tracks.map((t) => t.popularity!);
    expect([...pops].sort((a, b) => b - a)).toEqual(pops);
    expect(body.tracks.every((t) => t.artists!.some((a) => a.id === fx().btsId))).toBe(true);
  });
});

describe('albums', () => {
  it('GET /albums/{id} embeds the first 50 tracks with a next link', async () => {
    const { body } = await call<FullAlbum>(`/albums/${fx().longAlbumId}`);
    expect(body.total_tracks).toBe(120);
    expect(body.tracks.items).toHaveLength(50);
    expect(body.tracks.total).toBe(120);
    expect(body.tracks.next).toBe(`${shared.emulator.apiUrl}/albums/${fx().longAlbumId}/tracks?offset=50&limit=50`);
    expect(body.copyrights.length).toBeGreaterThan(0);
    expect(body).not.toHaveProperty('label');
    expect(body).not.toHaveProperty('popularity');
    expect(body).not.toHaveProperty('genres');
  });

  it('GET /albums/{id} in extended mode has label, popularity and genres', async () => {
    shared.emulator.setMode('extended');
    const { body } = await call<FullAlbum>(`/albums/${fx().bigAlbumId}`);
    expect(body).toMatchObject({ label: expect.any(String), popularity: expect.any(Number), genres: [] });
  });

  it('the big album credits at least 30 distinct artists over 40 tracks', async () => {
    const { body } = await call<FullAlbum>(`/albums/${fx().bigAlbumId}`);
    expect(body.tracks.items).toHaveLength(40);
    expect(body.tracks.next).toBeNull();
    const artists = new Set(body.tracks.items!.flatMap((t) => t.artists!.map((a) => a.id)));
    expect(artists.size).toBeGreaterThanOrEqual(30);
    expect(body.tracks.items!.filter((t) => t.artists!.length >= 2).length).toBeGreaterThan(20);
  });

  it('GET /albums/{id}/tracks pages by 20 by default and up to 50', async () => {
    const path = `/albums/${fx().longAlbumId}/tracks`;
    const first = await call<Paging<SimplifiedTrack>>(path);
    expect(first.body.limit).toBe(20);
    const ids: string[] = [];
    for (let offset = 0; offset < 120; offset += 50) {
      const page = await call<Paging<SimplifiedTrack>>(`${path}?limit=50&offset=${offset}`);
      ids.push(...page.body.items.map((t) => t.id!));
    }
    expect(new Set(ids).size).toBe(120);
    expect((await call(`${path}?limit=51`)).status).toBe(400);
  });

  it('GET /albums?ids= is 403 in development, at most 20 ids in extended', async () => {
    expect((await call(`/albums?ids=${fx().bigAlbumId}`)).status).toBe(403);
    shared.emulator.setMode('extended');
    const ok = await call<{ albums: (FullAlbum | null)[] }>(`/albums?ids=${fx().bigAlbumId},${fx().unknownId}`);
    expect(ok.body.albums.map((a) => a?.id ?? null)).toEqual([fx().bigAlbumId, null]);
    const many = Array.from({ length: 21 }, () => fx().bigAlbumId).join(',');
    expect((await call(`/albums?ids=${many}`)).body.error.message).toBe('Too many ids requested');
  });
});

describe('tracks', () => {
  const trackId = () => shared.emulator.catalog.tracks[0].id;

  it('GET /tracks/{id} is a full track; deprecated fields only in extended mode', async () => {
    const dev = await call<FullTrack>(`/tracks/${trackId()}`);
    expect(dev.body).toMatchObject({ id: trackId(), type: 'track', album: { type: 'album' }, is_local: false });
    expect(dev.body).not.toHaveProperty('popularity');
    expect(dev.body).not.toHaveProperty('preview_url');
    shared.emulator.setMode('extended');
    const ext = await call<FullTrack>(`/tracks/${trackId()}`);
    expect(ext.body).toHaveProperty('popularity');
    expect(ext.body).toHaveProperty('preview_url');
  });

  it('GET /tracks?ids= is 403 in development, works in extended', async () => {
    expect((await call(`/tracks?ids=${trackId()}`)).status).toBe(403);
    shared.emulator.setMode('extended');
    const { body } = await call<{ tracks: (FullTrack | null)[] }>(`/tracks?ids=${trackId()},${fx().unknownId}`);
    expect(body.tracks.map((t) => t?.id ?? null)).toEqual([trackId(), null]);
  });

  it('refuses bad markets', async () => {
    expect((await call(`/tracks/${trackId()}?market=es`)).body).toEqual({ error: { status: 400, message: 'Invalid market code' } });
  });
});

describe('anything else', () => {
  it('404 "Service not found" for unknown paths', async () => {
    // Paths Spotify's Web API has no endpoint for, at the top and under a known resource.
    for (const path of ['/no-such-endpoint', `/artists/${fx().btsId}/no-such-list`]) {
      const { status, body } = await call(path);
      expect(status).toBe(404);
      expect(body).toEqual({ error: { status: 404, message: 'Service not found' } });
    }
  });

  it('400 for a several-items call without ids', async () => {
    shared.emulator.setMode('extended');
    const { status, body } = await call('/tracks');
    expect(status).toBe(400);
    expect(body.error.status).toBe(400);
  });

  it('405 for a known path with the wrong method', async () => {
    const res = await fetch(`${shared.emulator.apiUrl}/search?q=a&type=artist`, { method: 'POST', headers: { Authorization: `Bearer ${shared.bearer}` } });
    expect(res.status).toBe(405);
    expect((await res.json()).error.status).toBe(405);
  });

  it('answers JSON with keep-alive', async () => {
    const res = await fetch(`${shared.emulator.apiUrl}/artists/${fx().btsId}`, { headers: { Authorization: `Bearer ${shared.bearer}` } });
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('connection')).toBe('keep-alive');
    await res.text();
  });
});
