import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { get } from './helpers.js';
import { ALL_SCOPES, call } from './users-helpers.js';

let emulator: Emulator;
let sora: string;
let minji: string;
let jules: string;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.users.reset();
  emulator.setMode('development');
  [sora, minji, jules] = ['sora', 'minji', 'jules'].map((u) => emulator.users.mintToken(u, ALL_SCOPES).access_token);
});

const ids = (page: { items: any[] }, key?: string) => page.items.map((i) => (key ? i[key].id : i.id));

describe('GET /me', () => {
  it('Development Mode leaves out the deprecated fields, whatever the scopes', async () => {
    const me = await get(emulator, '/me', sora);
    expect(me.status).toBe(200);
    expect(Object.keys(me.body).sort()).toEqual(['account_id', 'display_name', 'external_urls', 'href', 'id', 'images', 'type', 'uri']);
    expect(me.body).toMatchObject({
      id: 'sora', display_name: 'Sora Aoki', href: `${emulator.apiUrl}/users/sora`,
      external_urls: { spotify: 'https://open.spotify.com/user/sora' }, account_id: expect.stringMatching(/^[0-9A-Za-z]{10}$/),
    });
    expect(me.body.images[0]).toEqual({ url: expect.stringMatching(new RegExp(`^${emulator.url}/images/[0-9a-f]{24}-300\\.svg$`)), height: 300, width: 300 });
    expect((await get(emulator, '/me', jules)).body.images).toEqual([]);
  });

  it('Extended Quota Mode adds followers, and the scoped fields with their scopes only', async () => {
    emulator.setMode('extended');
    const full = await get(emulator, '/me', minji);
    expect(full.body).toMatchObject({
      country: 'KR', email: 'minji@example.com', product: 'premium', followers: { href: null, total: 112 },
      explicit_content: { filter_enabled: false, filter_locked: false },
    });
    const bare = await get(emulator, '/me', emulator.users.mintToken('minji').access_token);
    expect(bare.status).toBe(200);
    expect(bare.body.followers).toEqual({ href: null, total: 112 });
    for (const key of ['country', 'email', 'product', 'explicit_content']) expect(bare.body).not.toHaveProperty(key);
    const emailOnly = await get(emulator, '/me', emulator.users.mintToken('minji', 'user-read-email').access_token);
    expect(emailOnly.body.email).toBe('minji@example.com');
    expect(emailOnly.body).not.toHaveProperty('country');
  });
});

describe('scopes', () => {
  const needs: [string, string][] = [
    ['/me/tracks', 'user-library-read'],
    ['/me/albums', 'user-library-read'],
    ['/me/shows', 'user-library-read'],
    ['/me/episodes', 'user-library-read'],
    ['/me/audiobooks', 'user-library-read'],
    ['/me/top/artists', 'user-top-read'],
    ['/me/top/tracks', 'user-top-read'],
    ['/me/player/recently-played', 'user-read-recently-played'],
    ['/me/following?type=artist', 'user-follow-read'],
    ['/me/playlists', 'playlist-read-private'],
  ];

  it.each(needs)('%s needs %s', async (path, scope) => {
    const without = emulator.users.mintToken('sora', ALL_SCOPES.split(' ').filter((s) => s !== scope).join(' ')).access_token;
    const refused = await get(emulator, path, without);
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: { status: 403, message: 'Insufficient client scope' } });
    expect((await get(emulator, path, emulator.users.mintToken('sora', scope).access_token)).status).toBe(200);
  });

  it('library writes need the scope of each URI kind', async () => {
    const track = `spotify:track:${emulator.catalog.tracks[5].id}`;
    const artistOnly = emulator.users.mintToken('sora', 'user-follow-modify user-follow-read').access_token;
    expect((await call(emulator, 'PUT', `/me/library?uris=${track}`, artistOnly)).status).toBe(403);
    expect((await call(emulator, 'PUT', '/me/library?uris=spotify:user:minji', artistOnly)).status).toBe(200);
    expect((await call(emulator, 'GET', `/me/library/contains?uris=${track}`, artistOnly)).status).toBe(403);
    expect((await call(emulator, 'GET', '/me/library/contains?uris=spotify:user:minji', artistOnly)).body).toEqual([true]);
    const libraryOnly = emulator.users.mintToken('sora', 'user-library-modify').access_token;
    expect((await call(emulator, 'PUT', `/me/library?uris=${track}`, libraryOnly)).status).toBe(200);
    expect((await call(emulator, 'PUT', '/me/following?type=artist&ids=' + emulator.catalog.fixtures.btsId, libraryOnly)).status).toBe(403);
  });
});

describe('saved items', () => {
  it('each user has their own saved tracks and albums, newest first, with added_at, all from the catalog', async () => {
    const seen = new Map<string, string[]>();
    for (const [user, bearer] of [['sora', sora], ['minji', minji], ['jules', jules]]) {
      const page = (await get(emulator, '/me/tracks?limit=50', bearer)).body;
      expect(page.total).toBeGreaterThanOrEqual(15);
      expect(page.items.length).toBe(Math.min(50, page.total));
      const times = page.items.map((i: any) => i.added_at);
      for (const t of times) expect(t).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect([...times].sort().reverse()).toEqual(times);
      for (const id of ids(page, 'track')) expect(emulator.catalog.trackIndex.has(id)).toBe(true);
      seen.set(user, ids(page, 'track'));
      const albums = (await get(emulator, '/me/albums', bearer)).body;
      expect(albums.total).toBeGreaterThan(0);
      expect(albums.items[0]).toEqual({ added_at: expect.any(String), album: expect.objectContaining({ type: 'album', tracks: expect.any(Object) }) });
    }
    expect(seen.get('sora')).not.toEqual(seen.get('minji'));
    expect(seen.get('minji')).not.toEqual(seen.get('jules'));
  });

  it('pages by offset and limit with links', async () => {
    const all = (await get(emulator, '/me/tracks?limit=50', sora)).body;
    const second = (await get(emulator, '/me/tracks?offset=5&limit=5', sora)).body;
    expect(ids(second, 'track')).toEqual(ids(all, 'track').slice(5, 10));
    expect(second.next).toBe(`${emulator.apiUrl}/me/tracks?offset=10&limit=5`);
    expect(second.previous).toBe(`${emulator.apiUrl}/me/tracks?offset=0&limit=5`);
    expect((await get(emulator, '/me/tracks?limit=51', sora)).status).toBe(400);
  });

  it('the seed is the same in every emulator instance, changes stay in theirs', async () => {
    const other = await startEmulator();
    try {
      const bearer = other.users.mintToken('sora', 'user-library-read').access_token;
      expect((await get(other, '/me/tracks?limit=50', bearer)).body.items).toEqual(
        (await get(emulator, '/me/tracks?limit=50', sora)).body.items.map((i: any) => JSON.parse(JSON.stringify(i).replaceAll(emulator.url, other.url))),
      );
      const uri = `spotify:album:${emulator.catalog.albums[9].id}`;
      await call(emulator, 'PUT', `/me/library?uris=${uri}`, sora);
      expect((await call(emulator, 'GET', `/me/library/contains?uris=${uri}`, sora)).body).toEqual([true]);
      expect((await call(other, 'GET', `/me/library/contains?uris=${uri}`, bearer)).body).toEqual([false]);
    } finally {
      await other.close();
    }
  });

  it('each user has saved shows, episodes and audiobooks of the catalog, in the shapes the OpenAPI description names', async () => {
    const kinds: [string, 'show' | 'episode' | 'audiobook'][] = [['/me/shows', 'show'], ['/me/episodes', 'episode'], ['/me/audiobooks', 'audiobook']];
    const seen = new Map<string, string[]>();
    for (const [user, bearer] of [['sora', sora], ['minji', minji]]) {
      for (const [path, key] of kinds) {
        const page = (await get(emulator, `${path}?limit=50`, bearer)).body;
        expect(page.total).toBeGreaterThan(0);
        expect(page.items).toHaveLength(page.total);
        const index = { show: emulator.catalog.showIndex, episode: emulator.catalog.episodeIndex, audiobook: emulator.catalog.audiobookIndex }[key];
        for (const id of ids(page, key)) expect(index.has(id)).toBe(true);
        const times = page.items.map((i: any) => i.added_at);
        expect([...times].sort().reverse()).toEqual(times);
        seen.set(`${user} ${key}`, ids(page, key));
        expect(page.items[0][key].type).toBe(key);
      }
    }
    expect(seen.get('sora show')).not.toEqual(seen.get('minji show'));
    // SavedShowObject holds a simplified show; episodes and audiobooks come whole.
    const item = async (path: string) => (await get(emulator, path, sora)).body.items[0];
    expect(await item('/me/shows')).toEqual({ added_at: expect.any(String), show: expect.not.objectContaining({ episodes: expect.anything() }) });
    expect((await item('/me/episodes')).episode).toMatchObject({ show: { type: 'show' } });
    expect((await item('/me/audiobooks')).audiobook).toMatchObject({ chapters: { items: expect.any(Array) } });
  });

  it('saves shows, episodes and audiobooks the catalog has, and no others', async () => {
    const { shows, episodes, audiobooks } = emulator.catalog;
    const uris = [`spotify:show:${shows.at(-1)!.id}`, `spotify:episode:${episodes.at(-1)!.id}`, `spotify:audiobook:${audiobooks.at(-1)!.id}`];
    expect((await call(emulator, 'PUT', `/me/library?uris=${uris.join(',')}`, sora)).status).toBe(200);
    expect((await call(emulator, 'GET', `/me/library/contains?uris=${uris.join(',')}`, sora)).body).toEqual([true, true, true]);
    expect((await get(emulator, '/me/shows', sora)).body.items[0].show.id).toBe(shows.at(-1)!.id);
    expect((await get(emulator, '/me/episodes', sora)).body.items[0].episode.id).toBe(episodes.at(-1)!.id);
    expect((await get(emulator, '/me/audiobooks', sora)).body.items[0].audiobook.id).toBe(audiobooks.at(-1)!.id);
    const show = await call(emulator, 'PUT', `/me/library?uris=spotify:show:${emulator.catalog.fixtures.unknownId}`, sora);
    expect(show.body).toEqual({ error: { status: 400, message: 'Payload contains a non-existing ID' } });
  });
});

describe('PUT, DELETE /me/library and /me/library/contains', () => {
  it('saves and removes for that user only', async () => {
    const track = emulator.catalog.tracks[7].id;
    const album = emulator.catalog.albums[3].id;
    const uris = `spotify:track:${track},spotify:album:${album}`;
    const before = (await get(emulator, '/me/tracks', sora)).body.total;
    expect((await call(emulator, 'GET', `/me/library/contains?uris=${uris}`, sora)).body).toEqual([false, false]);
    const saved = await call(emulator, 'PUT', `/me/library?uris=${uris}`, sora);
    expect(saved.status).toBe(200);
    expect((await call(emulator, 'GET', `/me/library/contains?uris=${uris}`, sora)).body).toEqual([true, true]);
    const tracks = (await get(emulator, '/me/tracks', sora)).body;
    expect(tracks.total).toBe(before + 1);
    expect(tracks.items[0].track.id).toBe(track);
    expect(Date.parse(tracks.items[0].added_at)).toBeGreaterThan(Date.parse(tracks.items[1].added_at));
    expect((await get(emulator, '/me/albums', sora)).body.items[0].album.id).toBe(album);
    // Nobody else sees it.
    expect((await call(emulator, 'GET', `/me/library/contains?uris=${uris}`, minji)).body).toEqual([false, false]);

    expect((await call(emulator, 'DELETE', `/me/library?uris=spotify:track:${track}`, sora)).status).toBe(200);
    expect((await call(emulator, 'GET', `/me/library/contains?uris=${uris}`, sora)).body).toEqual([false, true]);
    expect((await get(emulator, '/me/tracks', sora)).body.total).toBe(before);
  });

  it('checks artists, users and playlists too', async () => {
    const followed = (await get(emulator, '/me/following?type=artist&limit=1', sora)).body.artists.items[0].id;
    const answer = await call(emulator, 'GET', `/me/library/contains?uris=spotify:artist:${followed},spotify:user:jules`, sora);
    expect(answer.body).toEqual([true, false]);
  });

  it('validates the uris', async () => {
    const many = Array.from({ length: 41 }, (_, k) => `spotify:track:${emulator.catalog.tracks[k].id}`).join(',');
    const cases: [string, string][] = [
      ['', 'Missing required parameter: uris'],
      [`?uris=${many}`, 'Too many URIs requested: at most 40'],
      ['?uris=spotify:track:short', 'Invalid base62 id'],
      ['?uris=track:abc', 'Invalid URI: track:abc'],
      [`?uris=spotify:artist:${emulator.catalog.fixtures.btsId}`, 'Unsupported URI type: artist'],
      [`?uris=spotify:track:${emulator.catalog.fixtures.unknownId}`, 'Payload contains a non-existing ID'],
    ];
    for (const [query, message] of cases) {
      const answer = await call(emulator, 'PUT', `/me/library${query}`, sora);
      expect(answer.status).toBe(400);
      expect(answer.body.error.message).toBe(message);
    }
    const forty = Array.from({ length: 40 }, (_, k) => `spotify:track:${emulator.catalog.tracks[k].id}`).join(',');
    expect((await call(emulator, 'PUT', `/me/library?uris=${forty}`, sora)).status).toBe(200);
  });

  it('reset restores the seeded libraries', async () => {
    const first = (await get(emulator, '/me/tracks', sora)).body.items[0].track.id;
    await call(emulator, 'DELETE', `/me/library?uris=spotify:track:${first}`, sora);
    expect((await get(emulator, '/me/tracks', sora)).body.items[0].track.id).not.toBe(first);
    emulator.users.reset();
    const again = emulator.users.mintToken('sora', 'user-library-read').access_token;
    expect((await get(emulator, '/me/tracks', again)).body.items[0].track.id).toBe(first);
  });
});

/** Every followed artist id, page after page. */
async function everyFollowed(bearer: string): Promise<string[]> {
  const out: string[] = [];
  let next: string | null = `${emulator.apiUrl}/me/following?type=artist&limit=50`;
  while (next !== null) {
    const page: any = (await (await fetch(next, { headers: { Authorization: `Bearer ${bearer}` } })).json()).artists;
    out.push(...ids(page));
    next = page.next;
  }
  return out;
}

describe('/me/following', () => {
  it('walks every followed artist with the after cursor', async () => {
    const first = (await get(emulator, '/me/following?type=artist&limit=7', sora)).body.artists;
    expect(first).toMatchObject({ href: `${emulator.apiUrl}/me/following?type=artist&limit=7`, limit: 7 });
    expect(first.total).toBeGreaterThan(7);
    const collected: string[] = [];
    let page = first;
    for (let guard = 0; guard < 100; guard++) {
      collected.push(...ids(page));
      if (page.next === null) {
        expect(page.cursors).toEqual({ after: null });
        break;
      }
      expect(page.cursors.after).toBe(page.items.at(-1).id);
      const res = await fetch(page.next, { headers: { Authorization: `Bearer ${sora}` } });
      page = (await res.json()).artists;
    }
    expect(collected.length).toBe(first.total);
    expect(new Set(collected).size).toBe(first.total);
    expect([...collected].sort()).toEqual(collected);
    for (const id of collected) expect(emulator.catalog.artistIndex.has(id)).toBe(true);
    // Development Mode artists come without followers or popularity.
    expect(first.items[0]).not.toHaveProperty('popularity');
  });

  it('follows and unfollows artists for that user only', async () => {
    const { btsId, btscId } = emulator.catalog.fixtures;
    await call(emulator, 'DELETE', `/me/following?type=artist&ids=${btsId},${btscId}`, minji);
    expect((await call(emulator, 'GET', `/me/following/contains?type=artist&ids=${btsId},${btscId}`, minji)).body).toEqual([false, false]);
    const followed = await call(emulator, 'PUT', `/me/following?type=artist`, minji, { ids: [btsId] });
    expect(followed.status).toBe(204);
    expect((await call(emulator, 'GET', `/me/following/contains?type=artist&ids=${btsId},${btscId}`, minji)).body).toEqual([true, false]);
    expect(await everyFollowed(minji)).toContain(btsId);
    expect(await everyFollowed(jules)).not.toContain(btsId);

    const joined = await call(emulator, 'PUT', '/me/following?type=user&ids=sora', minji);
    expect(joined.status).toBe(204);
    expect((await call(emulator, 'GET', '/me/following/contains?type=user&ids=sora,jules', minji)).body).toEqual([true, false]);
    expect((await call(emulator, 'GET', '/me/following/contains?type=user&ids=minji', jules)).body).toEqual([false]);
    await call(emulator, 'DELETE', `/me/following?type=artist&ids=${btsId}`, minji);
    expect((await call(emulator, 'GET', `/me/following/contains?type=artist&ids=${btsId}`, minji)).body).toEqual([false]);
  });

  it('validates type and ids', async () => {
    expect((await get(emulator, '/me/following', sora)).body.error.message).toBe('Missing parameter type');
    expect((await get(emulator, '/me/following?type=user', sora)).status).toBe(400);
    expect((await call(emulator, 'PUT', '/me/following?type=artist', sora)).body.error.message).toBe('Missing required parameter: ids');
    expect((await call(emulator, 'PUT', `/me/following?type=artist&ids=${emulator.catalog.fixtures.unknownId}`, sora)).body.error.message)
      .toBe('Payload contains a non-existing ID');
    expect((await call(emulator, 'PUT', '/me/following?type=user&ids=nobody', sora)).status).toBe(400);
  });
});

describe('top artists and tracks', () => {
  it('differ by time range and by user, and page by offset', async () => {
    const lists = new Map<string, string[]>();
    for (const range of ['short_term', 'medium_term', 'long_term']) {
      const artists = (await get(emulator, `/me/top/artists?time_range=${range}&limit=50`, sora)).body;
      expect(artists.items.length).toBeGreaterThan(5);
      expect(artists.href).toBe(`${emulator.apiUrl}/me/top/artists?offset=0&limit=50&time_range=${range}`);
      lists.set(range, ids(artists));
      const tracks = (await get(emulator, `/me/top/tracks?time_range=${range}&limit=10`, sora)).body;
      expect(tracks.items[0].type).toBe('track');
    }
    expect(lists.get('short_term')).not.toEqual(lists.get('long_term'));
    expect(lists.get('long_term')!.length).toBeGreaterThan(lists.get('short_term')!.length);
    const medium = (await get(emulator, '/me/top/artists', sora)).body;
    expect(ids(medium)).toEqual(lists.get('medium_term')!.slice(0, 20));
    expect(ids((await get(emulator, '/me/top/artists?offset=3&limit=2', sora)).body)).toEqual(lists.get('medium_term')!.slice(3, 5));
    expect(ids((await get(emulator, '/me/top/artists', minji)).body)).not.toEqual(ids(medium));
    expect((await get(emulator, '/me/top/tracks?time_range=forever', sora)).body.error.message).toBe('Invalid time range');
  });
});

describe('recently played', () => {
  it('answers plays newest first with played_at, context and before/after cursors', async () => {
    const page = (await get(emulator, '/me/player/recently-played?limit=10', jules)).body;
    expect(page.items).toHaveLength(10);
    expect(page.total).toBe(50);
    const times = page.items.map((i: any) => Date.parse(i.played_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(page.items[0].played_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(page.cursors).toEqual({ after: String(times[0]), before: String(times[9]) });
    expect(page.next).toBe(`${emulator.apiUrl}/me/player/recently-played?before=${times[9]}&limit=10`);
    const contexts = page.items.map((i: any) => i.context).filter((c: any) => c !== null);
    expect(contexts.length).toBeGreaterThan(0);
    for (const c of contexts) {
      expect(['album', 'artist']).toContain(c.type);
      expect(c.uri).toBe(`spotify:${c.type}:${c.href.split('/').at(-1)}`);
    }

    const older = (await (await fetch(page.next, { headers: { Authorization: `Bearer ${jules}` } })).json());
    expect(Date.parse(older.items[0].played_at)).toBeLessThan(times[9]);
    const newer = (await get(emulator, `/me/player/recently-played?after=${times[5]}&limit=3`, jules)).body;
    expect(newer.items.map((i: any) => Date.parse(i.played_at))).toEqual(times.slice(2, 5));

    const all = (await get(emulator, '/me/player/recently-played?limit=50', jules)).body;
    expect(all.next).toBeNull();
    expect(ids(all, 'track')).not.toEqual(ids((await get(emulator, '/me/player/recently-played?limit=50', sora)).body, 'track'));
    expect((await get(emulator, '/me/player/recently-played?after=1&before=2', jules)).status).toBe(400);
    expect((await get(emulator, '/me/player/recently-played?before=yesterday', jules)).status).toBe(400);
  });
});
