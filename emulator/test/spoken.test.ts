import { afterEach, describe, expect, it } from 'vitest';
import { get, emulatorForFile } from './helpers.js';

const shared = emulatorForFile();
afterEach(() => shared.emulator.setMode('development'));

const call = (path: string) => get(shared.emulator, path, shared.bearer);
const fx = () => shared.emulator.catalog.fixtures;
const catalog = () => shared.emulator.catalog;

describe('shows and episodes', () => {
  it('GET /shows/{id}: a K-pop podcast with its first 50 episodes, newest first', async () => {
    const { status, body } = await call(`/shows/${fx().longShowId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: fx().longShowId, type: 'show', uri: `spotify:show:${fx().longShowId}`, media_type: 'audio',
      total_episodes: 120, is_externally_hosted: false, copyrights: expect.any(Array), html_description: expect.stringMatching(/^<p>/),
    });
    expect(body.episodes).toMatchObject({ total: 120, limit: 50, offset: 0 });
    expect(body.episodes.items).toHaveLength(50);
    const dates = body.episodes.items.map((e: any) => e.release_date);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(body.episodes.next).toBe(`${shared.emulator.apiUrl}/shows/${fx().longShowId}/episodes?offset=50&limit=50`);
  });

  it('development mode leaves out the deprecated show and episode fields; extended has them', async () => {
    const dev = await call(`/shows/${fx().longShowId}`);
    expect(dev.body).not.toHaveProperty('available_markets');
    expect(dev.body).not.toHaveProperty('publisher');
    expect(dev.body.episodes.items[0]).not.toHaveProperty('audio_preview_url');
    expect(dev.body.episodes.items[0]).not.toHaveProperty('language');
    shared.emulator.setMode('extended');
    const ext = await call(`/shows/${fx().longShowId}`);
    expect(ext.body).toMatchObject({ available_markets: expect.any(Array), publisher: expect.any(String) });
    expect(ext.body.episodes.items[0]).toHaveProperty('audio_preview_url');
    expect(ext.body.episodes.items[0]).toHaveProperty('language');
  });

  it('GET /shows/{id}/episodes pages by 20 by default, up to 50', async () => {
    const path = `/shows/${fx().longShowId}/episodes`;
    expect((await call(path)).body).toMatchObject({ limit: 20, total: 120 });
    const ids = new Set<string>();
    for (let offset = 0; offset < 120; offset += 50) {
      for (const e of (await call(`${path}?limit=50&offset=${offset}`)).body.items) ids.add(e.id);
    }
    expect(ids.size).toBe(120);
    expect((await call(`${path}?limit=51`)).status).toBe(400);
  });

  it('GET /episodes/{id}: the episode with its show', async () => {
    const episode = catalog().episodes[7];
    const { body } = await call(`/episodes/${episode.id}`);
    expect(body).toMatchObject({ id: episode.id, type: 'episode', is_playable: true, show: { id: catalog().shows[episode.show].id, type: 'show' } });
    expect((await call(`/episodes/${fx().unknownId}`)).body).toEqual({ error: { status: 404, message: 'Resource not found' } });
  });

  it('GET /shows and /episodes: 403 in development, at most 50 ids and null for unknown ones in extended', async () => {
    const show = catalog().shows[1].id;
    const episode = catalog().episodes[3].id;
    expect((await call(`/shows?ids=${show}`)).body).toEqual({ error: { status: 403, message: 'Forbidden' } });
    expect((await call(`/episodes?ids=${episode}`)).status).toBe(403);
    shared.emulator.setMode('extended');
    const shows = await call(`/shows?ids=${show},${fx().unknownId}`);
    expect(shows.body.shows.map((s: any) => s?.id ?? null)).toEqual([show, null]);
    expect(shows.body.shows[0]).not.toHaveProperty('episodes');
    const episodes = await call(`/episodes?ids=${fx().unknownId},${episode}`);
    expect(episodes.body.episodes.map((e: any) => e?.id ?? null)).toEqual([null, episode]);
    expect(episodes.body.episodes[1].show.type).toBe('show');
    const many = Array.from({ length: 51 }, () => show).join(',');
    expect((await call(`/shows?ids=${many}`)).body).toEqual({ error: { status: 400, message: 'Too many ids requested' } });
    expect((await call(`/episodes?ids=${Array.from({ length: 50 }, () => episode).join(',')}`)).status).toBe(200);
  });
});

describe('audiobooks and chapters', () => {
  it('GET /audiobooks/{id}: authors, narrators and the first 50 chapters', async () => {
    const { status, body } = await call(`/audiobooks/${fx().longAudiobookId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: fx().longAudiobookId, type: 'audiobook', total_chapters: 60, edition: expect.any(String),
      authors: expect.arrayContaining([{ name: expect.any(String) }]), narrators: [{ name: expect.any(String) }],
    });
    expect(body.chapters).toMatchObject({ total: 60, limit: 50 });
    expect(body.chapters.items.map((c: any) => c.chapter_number).slice(0, 3)).toEqual([0, 1, 2]);
    expect(body).not.toHaveProperty('available_markets');
  });

  it('are sold only in the audiobook markets: 404 for one from elsewhere, served without a market', async () => {
    const chapterId = catalog().chapters[catalog().audiobooks[0].chapters[2]].id;
    for (const path of [`/audiobooks/${fx().longAudiobookId}`, `/audiobooks/${fx().longAudiobookId}/chapters`, `/chapters/${chapterId}`]) {
      expect((await call(`${path}?market=US`)).status).toBe(200);
      expect((await call(`${path}?market=GB`)).status).toBe(200);
      expect((await call(path)).status).toBe(200);
      expect((await call(`${path}?market=KR`)).body).toEqual({ error: { status: 404, message: 'Resource not found' } });
    }
  });

  it('GET /audiobooks/{id}/chapters pages; GET /chapters/{id} names its audiobook', async () => {
    const page = await call(`/audiobooks/${fx().longAudiobookId}/chapters?offset=50&limit=20`);
    expect(page.body.items).toHaveLength(10);
    expect(page.body.next).toBeNull();
    const chapter = page.body.items[0];
    expect(chapter).toMatchObject({ chapter_number: 50, type: 'episode', is_playable: true });
    const one = await call(`/chapters/${chapter.id}`);
    expect(one.body.audiobook).toMatchObject({ id: fx().longAudiobookId, type: 'audiobook' });
  });

  it('GET /audiobooks and /chapters: 403 in development; in extended null for unknown ids and where not sold', async () => {
    const book = fx().longAudiobookId;
    const chapter = catalog().chapters[0].id;
    expect((await call(`/audiobooks?ids=${book}`)).status).toBe(403);
    expect((await call(`/chapters?ids=${chapter}`)).status).toBe(403);
    shared.emulator.setMode('extended');
    const books = await call(`/audiobooks?ids=${book},${fx().unknownId}&market=US`);
    expect(books.body.audiobooks.map((b: any) => b?.id ?? null)).toEqual([book, null]);
    expect(books.body.audiobooks[0]).toMatchObject({ chapters: { total: 60 }, available_markets: expect.arrayContaining(['US', 'GB']) });
    expect(books.body.audiobooks[0].available_markets).not.toContain('KR');
    expect((await call(`/audiobooks?ids=${book}&market=KR`)).body).toEqual({ audiobooks: [null] });
    const chapters = await call(`/chapters?ids=${chapter}`);
    expect(chapters.body.chapters[0].audiobook.type).toBe('audiobook');
    expect((await call(`/chapters?ids=${Array.from({ length: 51 }, () => chapter).join(',')}`)).status).toBe(400);
  });
});
