import { afterEach, describe, expect, it } from 'vitest';
import { canReadPlaylistItems } from '../src/catalog-playlists.js';
import { get, emulatorForFile } from './helpers.js';

const shared = emulatorForFile();
afterEach(() => shared.emulator.setMode('development'));

const call = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${shared.emulator.apiUrl}${path}`, { headers: { Authorization: `Bearer ${shared.bearer}`, ...headers } });
const json = (path: string) => get(shared.emulator, path, shared.bearer);
const fx = () => shared.emulator.catalog.fixtures;
const record = (id: string) => shared.emulator.catalog.playlists[shared.emulator.catalog.playlistIndex.get(id)!];

describe('who may read a playlist\'s items', () => {
  it('its owner and collaborators, nobody else, and never the app itself', () => {
    const mixed = record(fx().mixedPlaylistId);
    const collaborative = record(fx().collaborativePlaylistId);
    const others = record(fx().othersPlaylistId);
    expect(mixed.owner).toBe('sora');
    expect(canReadPlaylistItems(mixed, 'sora')).toBe(true);
    expect(canReadPlaylistItems(mixed, 'minji')).toBe(false);
    expect(canReadPlaylistItems(collaborative, 'minji')).toBe(true);
    expect(canReadPlaylistItems(others, 'minji')).toBe(true);
    expect(canReadPlaylistItems(others, 'sora')).toBe(false);
    expect(canReadPlaylistItems(record(fx().bigPlaylistId), undefined)).toBe(false);
  });

  it('the catalog has playlists of sora, collaborative ones with minji, and spotify\'s', () => {
    const playlists = shared.emulator.catalog.playlists;
    expect(playlists.filter((p) => p.owner === 'sora').length).toBeGreaterThanOrEqual(2);
    expect(playlists.filter((p) => p.owner === 'spotify').length).toBeGreaterThanOrEqual(5);
    const collaborative = playlists.filter((p) => p.collaborative);
    expect(collaborative.every((p) => !p.public && [p.owner, ...p.collaborators].includes('minji'))).toBe(true);
    expect(collaborative.length).toBeGreaterThanOrEqual(2);
  });
});

describe('GET /playlists/{id}', () => {
  it('in development mode, with the app\'s token: the playlist without its items', async () => {
    const { status, body, headers } = await json(`/playlists/${fx().bigPlaylistId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: fx().bigPlaylistId, type: 'playlist', uri: `spotify:playlist:${fx().bigPlaylistId}`, collaborative: false,
      owner: { id: 'spotify', type: 'user', display_name: 'Spotify' }, followers: { href: null, total: expect.any(Number) },
      snapshot_id: expect.any(String), public: true,
    });
    expect(body).not.toHaveProperty('items');
    expect(body).not.toHaveProperty('tracks');
    expect(headers.get('etag')).toMatch(/^".+"$/);
    expect(headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
  });

  it('in extended mode: the first 50 items embedded, as `items` and the deprecated `tracks`', async () => {
    shared.emulator.setMode('extended');
    const { body } = await json(`/playlists/${fx().bigPlaylistId}`);
    expect(body.items.total).toBe(230);
    expect(body.items.items).toHaveLength(50);
    expect(body.items.next).toBe(`${shared.emulator.apiUrl}/playlists/${fx().bigPlaylistId}/items?offset=50&limit=50`);
    expect(body.tracks).toEqual(body.items);
    expect(Object.keys(body).slice(-3)).toEqual(['type', 'uri', 'followers']);
  });

  it('404 for unknown ids, 400 for malformed ones', async () => {
    expect((await json(`/playlists/${fx().unknownId}`)).body).toEqual({ error: { status: 404, message: 'Resource not found' } });
    expect((await json(`/playlists/${fx().invalidId}`)).body).toEqual({ error: { status: 400, message: 'Invalid base62 id' } });
  });

  it('answers 304 with no body to a matching If-None-Match, and each revalidation is a counted call', async () => {
    const path = `/playlists/${fx().mixedPlaylistId}`;
    const first = await call(path);
    const etag = first.headers.get('etag')!;
    const text = await first.text();
    shared.emulator.resetCalls();
    const again = await call(path, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(await again.text()).toBe('');
    const other = await call(path, { 'If-None-Match': '"something-else"' });
    expect(other.status).toBe(200);
    expect(await other.text()).toBe(text);
    expect(shared.emulator.countCalls({ endpoint: 'GET /v1/playlists/{id}' })).toBe(2);
    expect(shared.emulator.calls.map((c) => c.status)).toEqual([304, 200]);
    // Another body (another mode) has another tag.
    shared.emulator.setMode('extended');
    const extended = await call(path, { 'If-None-Match': etag });
    expect(extended.status).toBe(200);
    expect(extended.headers.get('etag')).not.toBe(etag);
    await extended.text();
  });
});

describe('GET /playlists/{id}/items', () => {
  it('403 Forbidden for the app\'s token in development mode, whoever owns the playlist', async () => {
    for (const id of [fx().bigPlaylistId, fx().mixedPlaylistId, fx().collaborativePlaylistId]) {
      const { status, body } = await json(`/playlists/${id}/items`);
      expect(status).toBe(403);
      expect(body).toEqual({ error: { status: 403, message: 'Forbidden' } });
    }
  });

  it('the deprecated /tracks is gone for development mode and mirrors /items in extended', async () => {
    expect((await json(`/playlists/${fx().bigPlaylistId}/tracks`)).status).toBe(403);
    shared.emulator.setMode('extended');
    const tracks = await json(`/playlists/${fx().bigPlaylistId}/tracks?limit=5`);
    const items = await json(`/playlists/${fx().bigPlaylistId}/items?limit=5`);
    expect(tracks.body.items).toEqual(items.body.items);
  });

  it('pages by 20 by default and up to 50', async () => {
    shared.emulator.setMode('extended');
    const path = `/playlists/${fx().bigPlaylistId}/items`;
    expect((await json(path)).body).toMatchObject({ limit: 20, offset: 0, total: 230 });
    const seen: string[] = [];
    for (let offset = 0; offset < 230; offset += 50) {
      const page = await json(`${path}?limit=50&offset=${offset}`);
      expect(page.body.items).toHaveLength(Math.min(50, 230 - offset));
      seen.push(...page.body.items.map((e: any) => e.added_at));
    }
    expect(seen).toHaveLength(230);
    expect((await json(`${path}?limit=51`)).status).toBe(400);
  });

  it('mixes tracks and episodes: episodes as episodes with additional_types=track,episode', async () => {
    shared.emulator.setMode('extended');
    const { body } = await json(`/playlists/${fx().mixedPlaylistId}/items?limit=50&additional_types=track,episode`);
    const kinds = body.items.map((e: any) => e.item?.type ?? null);
    expect(kinds).toContain('track');
    expect(kinds).toContain('episode');
    const episode = body.items.find((e: any) => e.item?.type === 'episode').item;
    expect(episode).toMatchObject({ show: { type: 'show' }, release_date: expect.any(String), href: expect.stringContaining('/episodes/') });
    expect(episode).not.toHaveProperty('album');
    for (const entry of body.items) {
      expect(entry).toMatchObject({ added_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/), added_by: { type: 'user' } });
      expect(entry.track).toEqual(entry.item);
    }
  });

  it('without additional_types episodes come track-shaped, the show standing in for album and artist', async () => {
    shared.emulator.setMode('extended');
    const { body } = await json(`/playlists/${fx().mixedPlaylistId}/items?limit=50`);
    const asTrack = body.items.find((e: any) => e.item?.type === 'episode').item;
    expect(asTrack).toMatchObject({
      episode: true, track: false, disc_number: 0, track_number: 0, album: { type: 'show' }, artists: [{ type: 'show' }],
      external_ids: { spotify: expect.stringContaining('/episode/') },
    });
    expect(asTrack).not.toHaveProperty('show');
  });

  it('holds a local file and an entry whose track is gone', async () => {
    shared.emulator.setMode('extended');
    const { body } = await json(`/playlists/${fx().mixedPlaylistId}/items?limit=50`);
    const local = body.items.filter((e: any) => e.is_local);
    expect(local).toHaveLength(1);
    expect(local[0].item).toMatchObject({ id: null, href: null, is_local: true, type: 'track', uri: expect.stringMatching(/^spotify:local:/) });
    const gone = body.items.filter((e: any) => e.item === null);
    expect(gone).toHaveLength(1);
    expect(gone[0].track).toBeNull();
    expect(gone[0].is_local).toBe(false);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    shared.emulator.setMode('extended');
    const path = `/playlists/${fx().bigPlaylistId}/items?offset=50&limit=10`;
    const first = await call(path);
    await first.text();
    const again = await call(path, { 'If-None-Match': `"x", ${first.headers.get('etag')}` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });
});
