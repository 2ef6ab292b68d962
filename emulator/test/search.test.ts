import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../src/wire-types.js';
import { get, emulatorForFile } from './helpers.js';

const shared = emulatorForFile();

const search = (query: string) => get<SearchResponse & { error?: any }>(shared.emulator, `/search?${query}`, shared.bearer);

describe('GET /v1/search', () => {
  it('puts the three BTS artists first, exact name first', async () => {
    const { status, body } = await search('q=BTS&type=artist');
    expect(status).toBe(200);
    expect(body.artists!.items!.map((a) => a.name)).toEqual(['BTS', 'BTS World', 'BTSC']);
    expect(body.artists!.items![0].id).toBe(shared.emulator.catalog.fixtures.btsId);
    expect(body.artists!.total).toBe(3);
  });

  it('is case-insensitive and matches word prefixes', async () => {
    const { body } = await search('q=bt&type=artist');
    expect(body.artists!.items!.map((a) => a.name)).toEqual(['BTS', 'BTS World', 'BTSC']);
    const world = await search('q=world%20bts&type=artist');
    expect(world.body.artists!.items!.map((a) => a.name)).toEqual(['BTS World']);
  });

  it('matches tracks and albums on their artists names too', async () => {
    const { body } = await search('q=bts&type=album,track&limit=10');
    expect(body.albums!.total).toBeGreaterThan(25);
    expect(body.tracks!.items!.every((t) => t.artists!.some((a) => a.name!.toLowerCase().startsWith('bts')) || /\bbts/i.test(t.name!))).toBe(true);
  });

  it('answers one paging object per type with correct links', async () => {
    const term = shared.emulator.catalog.fixtures.bigSearchTerm;
    const { body } = await search(`q=${term}&type=artist,album,track&limit=3&offset=6`);
    for (const key of ['artists', 'albums', 'tracks'] as const) {
      const page = body[key]!;
      expect(page.items).toHaveLength(3);
      expect(page.limit).toBe(3);
      expect(page.offset).toBe(6);
      expect(page.total).toBeGreaterThan(60);
      const type = key.slice(0, -1);
      expect(page.href).toBe(`${shared.emulator.apiUrl}/search?offset=6&limit=3&q=${term}&type=${type}`);
      expect(page.next).toBe(`${shared.emulator.apiUrl}/search?offset=9&limit=3&q=${term}&type=${type}`);
      expect(page.previous).toBe(`${shared.emulator.apiUrl}/search?offset=3&limit=3&q=${term}&type=${type}`);
    }
    expect(body.tracks!.total).toBeGreaterThan(1100);
    expect(Object.keys(body)).toEqual(['artists', 'albums', 'tracks']);
  });

  it('orders by popularity after exact matches, and pages consistently', async () => {
    shared.emulator.setMode('extended');
    try {
      const first = await search('q=love&type=artist&limit=50');
      const second = await search('q=love&type=artist&limit=50&offset=50');
      const all = [...first.body.artists!.items!, ...second.body.artists!.items!];
      const rest = all.filter((a) => a.name!.toLowerCase() !== 'love');
      for (let i = 1; i < rest.length; i++) expect(rest[i - 1].popularity!).toBeGreaterThanOrEqual(rest[i].popularity!);
      expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    } finally {
      shared.emulator.setMode('development');
    }
  });

  it('serves full artists, simplified albums and full tracks', async () => {
    const { body } = await search('q=love&type=artist,album,track&limit=1');
    const artist = body.artists!.items![0];
    expect(artist).toMatchObject({ type: 'artist', images: expect.any(Array), uri: `spotify:artist:${artist.id}` });
    const album = body.albums!.items![0];
    expect(album).toMatchObject({ type: 'album', artists: expect.any(Array), total_tracks: expect.any(Number) });
    expect(album).not.toHaveProperty('tracks');
    const track = body.tracks!.items![0];
    expect(track).toMatchObject({ type: 'track', album: { type: 'album' }, external_ids: { isrc: expect.any(String) } });
  });

  it('defaults to 5 per page and allows at most 10 in development mode', async () => {
    expect((await search('q=love&type=track')).body.tracks!.limit).toBe(5);
    expect((await search('q=love&type=track&limit=10')).body.tracks!.items).toHaveLength(10);
    for (const bad of ['11', '0', 'x', '-1']) {
      const answer = await search(`q=love&type=track&limit=${bad}`);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ error: { status: 400, message: 'Invalid limit' } });
    }
  });

  it('allows up to 50 per page in extended mode', async () => {
    shared.emulator.setMode('extended');
    try {
      expect((await search('q=love&type=track&limit=50')).body.tracks!.items).toHaveLength(50);
      expect((await search('q=love&type=track&limit=51')).status).toBe(400);
    } finally {
      shared.emulator.setMode('development');
    }
  });

  it('accepts offsets up to 1000 and refuses larger ones', async () => {
    const last = await search('q=love&type=track&limit=10&offset=1000');
    expect(last.status).toBe(200);
    expect(last.body.tracks!.items).toHaveLength(10);
    expect(last.body.tracks!.next).toBeNull();
    const over = await search('q=love&type=track&offset=1001');
    expect(over.status).toBe(400);
    expect(over.body).toEqual({ error: { status: 400, message: 'Invalid offset' } });
  });

  it('has no next link on the last page', async () => {
    const { body } = await search('q=bts&type=artist&limit=2&offset=2');
    expect(body.artists!.items).toHaveLength(1);
    expect(body.artists!.next).toBeNull();
    expect(body.artists!.previous).not.toBeNull();
  });

  it('finds playlists, shows, episodes and audiobooks too', async () => {
    const { status, body } = await search('q=love&type=playlist,show,episode,audiobook&limit=10') as any;
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['playlists', 'shows', 'episodes', 'audiobooks']);
    const types = { playlists: 'playlist', shows: 'show', episodes: 'episode', audiobooks: 'audiobook' } as const;
    for (const [key, type] of Object.entries(types)) {
      expect(body[key].total).toBeGreaterThan(0);
      expect(body[key].items.length).toBe(Math.min(10, body[key].total));
      for (const item of body[key].items) {
        expect(item.type).toBe(type);
        expect(item.name.toLowerCase()).toMatch(/love|ep\./);
      }
    }
    expect(body.episodes.total).toBeGreaterThan(10);
    expect(body.playlists.items[0]).toMatchObject({ owner: { type: 'user' }, items: { href: expect.any(String), total: expect.any(Number) } });
    expect(body.playlists.items[0]).not.toHaveProperty('tracks');
  });

  it('keeps the Development Mode window for the new types and finds no audiobooks where they are not sold', async () => {
    expect((await search('q=love&type=episode&limit=11')).status).toBe(400);
    const korea = await search('q=love&type=audiobook&market=KR') as any;
    expect(korea.body.audiobooks).toMatchObject({ items: [], total: 0 });
    const us = await search('q=love&type=audiobook&market=US') as any;
    expect(us.body.audiobooks.total).toBeGreaterThan(0);
  });

  it('refuses missing q, missing or bad type, and bad markets', async () => {
    expect((await search('type=artist')).body).toEqual({ error: { status: 400, message: 'No search query' } });
    expect((await search('q=love')).body.error.status).toBe(400);
    expect((await search('q=love&type=singer')).body.error.status).toBe(400);
    expect((await search('q=love&type=toString')).body.error.status).toBe(400);
    expect((await search('q=love&type=artist&market=usa')).body).toEqual({ error: { status: 400, message: 'Invalid market code' } });
    const market = await search('q=love&type=artist&market=US');
    expect(market.status).toBe(200);
    expect(market.body.artists!.href).toContain('market=US');
  });

  it('finds nothing for unknown words', async () => {
    const { body } = await search('q=zzzzqqq&type=artist,track');
    expect(body.artists).toMatchObject({ items: [], total: 0 });
    expect(body.tracks).toMatchObject({ items: [], total: 0 });
  });
});
