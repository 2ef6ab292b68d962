import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/server.js';
import { get } from './helpers.js';
import { ALL_SCOPES, call, demoUsersForEachTest } from './users-helpers.js';

const demo = demoUsersForEachTest();

const ids = (page: { items: any[] }, key?: string) => page.items.map((i) => (key ? i[key].id : i.id));

describe('GET /me', () => {
  it('Development Mode leaves out the deprecated fields, whatever the scopes', async () => {
    const me = await get(demo.emulator, '/me', demo.sora);
    expect(me.status).toBe(200);
    expect(Object.keys(me.body).sort()).toEqual(['account_id', 'display_name', 'external_urls', 'href', 'id', 'images', 'type', 'uri']);
    expect(me.body).toMatchObject({
      id: 'sora', display_name: 'Sora Aoki', href: `${demo.emulator.apiUrl}/users/sora`,
      external_urls: { spotify: 'https://open.spotify.com/user/sora' }, account_id: expect.stringMatching(/^[0-9A-Za-z]{10}$/),
    });
    expect(me.body.images[0]).toEqual({ url: expect.stringMatching(new RegExp(`^${demo.emulator.url}/images/[0-9a-f]{24}-300\\.svg$`)), height: 300, width: 300 });
    expect((await get(demo.emulator, '/me', demo.jules)).body.images).toEqual([]);
  });

  it('Extended Quota Mode adds followers, and the scoped fields with their scopes only', async () => {
    demo.emulator.setMode('extended');
    const full = await get(demo.emulator, '/me', demo.minji);
    expect(full.body).toMatchObject({
      country: 'KR', email: 'minji@example.com', product: 'premium', followers: { href: null, total: 112 },
      explicit_content: { filter_enabled: false, filter_locked: false },
    });
    const bare = await get(demo.emulator, '/me', demo.emulator.users.mintToken('minji').access_token);
    expect(bare.status).toBe(200);
    expect(bare.body.followers).toEqual({ href: null, total: 112 });
    for (const key of ['country', 'email', 'product', 'explicit_content']) expect(bare.body).not.toHaveProperty(key);
    const emailOnly = await get(demo.emulator, '/me', demo.emulator.users.mintToken('minji', 'user-read-email').access_token);
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
    const without = demo.emulator.users.mintToken('sora', ALL_SCOPES.split(' ').filter((s) => s !== scope).join(' ')).access_token;
    const refused = await get(demo.emulator, path, without);
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: { status: 403, message: 'Insufficient client scope' } });
    expect((await get(demo.emulator, path, demo.emulator.users.mintToken('sora', scope).access_token)).status).toBe(200);
  });

  it('library writes need the scope of each URI kind', async () => {
    const track = `spotify:track:${demo.emulator.catalog.tracks[5].id}`;
    const artistOnly = demo.emulator.users.mintToken('sora', 'user-follow-modify user-follow-read').access_token;
    expect((await call(demo.emulator, 'PUT', `/me/library?uris=${track}`, artistOnly)).status).toBe(403);
    expect((await call(demo.emulator, 'PUT', '/me/library?uris=spotify:user:minji', artistOnly)).status).toBe(200);
    expect((await call(demo.emulator, 'GET', `/me/library/contains?uris=${track}`, artistOnly)).status).toBe(403);
    expect((await call(demo.emulator, 'GET', '/me/library/contains?uris=spotify:user:minji', artistOnly)).body).toEqual([true]);
    const libraryOnly = demo.emulator.users.mintToken('sora', 'user-library-modify').access_token;
    expect((await call(demo.emulator, 'PUT', `/me/library?uris=${track}`, libraryOnly)).status).toBe(200);
    expect((await call(demo.emulator, 'PUT', '/me/following?type=artist&ids=' + demo.emulator.catalog.fixtures.btsId, libraryOnly)).status).toBe(403);
  });
});

describe('saved items', () => {
  it('each user has their own saved tracks and albums, newest first, with added_at, all from the catalog', async () => {
    const seen = new Map<string, string[]>();
    for (const [user, bearer] of [['sora', demo.sora], ['minji', demo.minji], ['jules', demo.jules]]) {
      const page = (await get(demo.emulator, '/me/tracks?limit=50', bearer)).body;
      expect(page.total).toBeGreaterThanOrEqual(15);
      expect(page.items.length).toBe(Math.min(50, page.total));
      const times = page.items.map((i: any) => i.added_at);
      for (const t of times) expect(t).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect([...times].sort().reverse()).toEqual(times);
      for (const id of ids(page, 'track')) expect(demo.emulator.catalog.trackIndex.has(id)).toBe(true);
      seen.set(user, ids(page, 'track'));
      const albums = (await get(demo.emulator, '/me/albums', bearer)).body;
      expect(albums.total).toBeGreaterThan(0);
      expect(albums.items[0]).toEqual({ added_at: expect.any(String), album: expect.objectContaining({ type: 'album', tracks: expect.any(Object) }) });
    }
    expect(seen.get('sora')).not.toEqual(seen.get('minji'));
    expect(seen.get('minji')).not.toEqual(seen.get('jules'));
  });

  it('pages by offset and limit with links', async () => {
    const all = (await get(demo.emulator, '/me/tracks?limit=50', demo.sora)).body;
    const second = (await get(demo.emulator, '/me/tracks?offset=5&limit=5', demo.sora)).body;
    expect(ids(second, 'track')).toEqual(ids(all, 'track').slice(5, 10));
    expect(second.next).toBe(`${demo.emulator.apiUrl}/me/tracks?offset=10&limit=5`);
    expect(second.previous).toBe(`${demo.emulator.apiUrl}/me/tracks?offset=0&limit=5`);
    expect((await get(demo.emulator, '/me/tracks?limit=51', demo.sora)).status).toBe(400);
  });

  it('the seed is the same in every emulator instance, changes stay in theirs', async () => {
    const other = await startEmulator();
    try {
      const bearer = other.users.mintToken('sora', 'user-library-read').access_token;
      expect((await get(other, '/me/tracks?limit=50', bearer)).body.items).toEqual(
        (await get(demo.emulator, '/me/tracks?limit=50', demo.sora)).body.items.map((i: any) => JSON.parse(JSON.stringify(i).replaceAll(demo.emulator.url, other.url))),
      );
      const uri = `spotify:album:${demo.emulator.catalog.albums[9].id}`;
      await call(demo.emulator, 'PUT', `/me/library?uris=${uri}`, demo.sora);
      expect((await call(demo.emulator, 'GET', `/me/library/contains?uris=${uri}`, demo.sora)).body).toEqual([true]);
      expect((await call(other, 'GET', `/me/library/contains?uris=${uri}`, bearer)).body).toEqual([false]);
    } finally {
      await other.close();
    }
  });

  it('each user has saved shows, episodes and audiobooks of the catalog, in the shapes the OpenAPI description names', async () => {
    const kinds: [string, 'show' | 'episode' | 'audiobook'][] = [['/me/shows', 'show'], ['/me/episodes', 'episode'], ['/me/audiobooks', 'audiobook']];
    const seen = new Map<string, string[]>();
    for (const [user, bearer] of [['sora', demo.sora], ['minji', demo.minji]]) {
      for (const [path, key] of kinds) {
        const page = (await get(demo.emulator, `${path}?limit=50`, bearer)).body;
        expect(page.total).toBeGreaterThan(0);
        expect(page.items).toHaveLength(page.total);
        const index = { show: demo.emulator.catalog.showIndex, episode: demo.emulator.catalog.episodeIndex, audiobook: demo.emulator.catalog.audiobookIndex }[key];
        for (const id of ids(page, key)) expect(index.has(id)).toBe(true);
        const times = page.items.map((i: any) => i.added_at);
        expect([...times].sort().reverse()).toEqual(times);
        seen.set(`${user} ${key}`, ids(page, key));
        expect(page.items[0][key].type).toBe(key);
      }
    }
    expect(seen.get('sora show')).not.toEqual(seen.get('minji show'));
    // SavedShowObject holds a simplified show; episodes and audiobooks come whole.
    const item = async (path: string) => (await get(demo.emulator, path, demo.sora)).body.items[0];
    expect(await item('/me/shows')).toEqual({ added_at: expect.any(String), show: expect.not.objectContaining({ episodes: expect.anything() }) });
    expect((await item('/me/episodes')).episode).toMatchObject({ show: { type: 'show' } });
    expect((await item('/me/audiobooks')).audiobook).toMatchObject({ chapters: { items: expect.any(Array) } });
  });

  it('saves shows, episodes and audiobooks the catalog has, and no others', async () => {
    const { shows, episodes, audiobooks } = demo.emulator.catalog;
    const uris = [`spotify:show:${shows.at(-1)!.id}`, `spotify:episode:${episodes.at(-1)!.id}`, `spotify:audiobook:${audiobooks.at(-1)!.id}`];
    expect((await call(demo.emulator, 'PUT', `/me/library?uris=${uris.join(',')}`, demo.sora)).status).toBe(200);
    expect((await call(demo.emulator, 'GET', `/me/library/contains?uris=${uris.join(',')}`, demo.sora)).body).toEqual([true, true, true]);
    expect((await get(demo.emulator, '/me/shows', demo.sora)).body.items[0].show.id).toBe(shows.at(-1)!.id);
    expect((await get(demo.emulator, '/me/episodes', demo.sora)).body.items[0].episode.id).toBe(episodes.at(-1)!.id);
    expect((await get(demo.emulator, '/me/audiobooks', demo.sora)).body.items[0].audiobook.id).toBe(audiobooks.at(-1)!.id);
    const show = await call(demo.emulator, 'PUT', `/me/library?uris=spotify:show:${demo.emulator.catalog.fixtures.unknownId}`, demo.sora);
    expect(show.body).toEqual({ error: { status: 400, message: 'Payload contains a non-existing ID' } });
  });
});

describe('PUT, DELETE /me/library and /me/library/contains', () => {
  it('saves and removes for that user only', async () => {
    const track = demo.emulator.catalog.tracks[7].id;
    const album = demo.emulator.catalog.albums[3].id;
    const uris = `spotify:track:${track},spotify:album:${album}`;
    const before = (await get(demo.emulator, '/me/tracks', demo.sora)).body.total;
    expect((await call(demo.emulator, 'GET', `/me/library/contains?uris=${uris}`, demo.sora)).body).toEqual([false, false]);
    const saved = await call(demo.emulator, 'PUT', `/me/library?uris=${uris}`, demo.sora);
    expect(saved.status).toBe(200);
    expect((await call(demo.emulator, 'GET', `/me/library/contains?uris=${uris}`, demo.sora)).body).toEqual([true, true]);
    const tracks = (await get(demo.emulator, '/me/tracks', demo.sora)).body;
    expect(tracks.total).toBe(before + 1);
    expect(tracks.items[0].track.id).toBe(track);
    expect(Date.parse(tracks.items[0].added_at)).toBeGreaterThan(Date.parse(tracks.items[1].added_at));
    expect((await get(demo.emulator, '/me/albums', demo.sora)).body.items[0].album.id).toBe(album);
    // Nobody else sees it.
    expect((await call(demo.emulator, 'GET', `/me/library/contains?uris=${uris}`, demo.minji)).body).toEqual([false, false]);

    expect((await call(demo.emulator, 'DELETE', `/me/library?uris=spotify:track:${track}`, demo.sora)).status).toBe(200);
    expect((await call(demo.emulator, 'GET', `/me/library/contains?uris=${uris}`, demo.sora)).body).toEqual([false, true]);
    expect((await get(demo.emulator, '/me/tracks', demo.sora)).body.total).toBe(before);
  });

  it('checks artists, users and playlists too', async () => {
    const followed = (await get(demo.emulator, '/me/following?type=artist&limit=1', demo.sora)).body.artists.items[0].id;
    const answer = await call(demo.emulator, 'GET', `/me/library/contains?uris=spotify:artist:${followed},spotify:user:jules`, demo.sora);
    expect(answer.body).toEqual([true, false]);
  });

  it('validates the uris', async () => {
    const many = Array.from({ length: 41 }, (_, k) => `spotify:track:${demo.emulator.catalog.tracks[k].id}`).join(',');
    const cases: [string, string][] = [
      ['', 'Missing required parameter: uris'],
      [`?uris=${many}`, 'Too many URIs requested: at most 40'],
      ['?uris=spotify:track:short', 'Invalid base62 id'],
      ['?uris=track:abc', 'Invalid URI: track:abc'],
      ['?uris=spotify:genre:0JQ5DAqbMKFEC4WFtoNRpw', 'Unsupported URI type: genre'],
      [`?uris=spotify:track:${demo.emulator.catalog.fixtures.unknownId}`, 'Payload contains a non-existing ID'],
    ];
    for (const [query, message] of cases) {
      const answer = await call(demo.emulator, 'PUT', `/me/library${query}`, demo.sora);
      expect(answer.status).toBe(400);
      expect(answer.body.error.message).toBe(message);
    }
    const forty = Array.from({ length: 40 }, (_, k) => `spotify:track:${demo.emulator.catalog.tracks[k].id}`).join(',');
    expect((await call(demo.emulator, 'PUT', `/me/library?uris=${forty}`, demo.sora)).status).toBe(200);
  });

  it('reset restores the seeded libraries', async () => {
    const first = (await get(demo.emulator, '/me/tracks', demo.sora)).body.items[0].track.id;
    await call(demo.emulator, 'DELETE', `/me/library?uris=spotify:track:${first}`, demo.sora);
    expect((await get(demo.emulator, '/me/tracks', demo.sora)).body.items[0].track.id).not.toBe(first);
    demo.emulator.users.reset();
    const again = demo.emulator.users.mintToken('sora', 'user-library-read').access_token;
    expect((await get(demo.emulator, '/me/tracks', again)).body.items[0].track.id).toBe(first);
  });
});

/** Every followed artist id, page after page. */
async function everyFollowed(bearer: string): Promise<string[]> {
  const out: string[] = [];
  let next: string | null = `${demo.emulator.apiUrl}/me/following?type=artist&limit=50`;
  while (next !== null) {
    const page: any = (await (await fetch(next, { headers: { Authorization: `Bearer ${bearer}` } })).json()).artists;
    out.push(...ids(page));
    next = page.next;
  }
  return out;
}

describe('/me/following', () => {
  it('walks every followed artist with the after cursor', async () => {
    const first = (await get(demo.emulator, '/me/following?type=artist&limit=7', demo.sora)).body.artists;
    expect(first).toMatchObject({ href: `${demo.emulator.apiUrl}/me/following?type=artist&limit=7`, limit: 7 });
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
      const res = await fetch(page.next, { headers: { Authorization: `Bearer ${demo.sora}` } });
      page = (await res.json()).artists;
    }
    expect(collected.length).toBe(first.total);
    expect(new Set(collected).size).toBe(first.total);
    expect([...collected].sort()).toEqual(collected);
    for (const id of collected) expect(demo.emulator.catalog.artistIndex.has(id)).toBe(true);
    // Development Mode artists come without followers or popularity.
    expect(first.items[0]).not.toHaveProperty('popularity');
  });

  it('follows and unfollows artists for that user only', async () => {
    const { btsId, btscId } = demo.emulator.catalog.fixtures;
    await call(demo.emulator, 'DELETE', `/me/following?type=artist&ids=${btsId},${btscId}`, demo.minji);
    expect((await call(demo.emulator, 'GET', `/me/following/contains?type=artist&ids=${btsId},${btscId}`, demo.minji)).body).toEqual([false, false]);
    const followed = await call(demo.emulator, 'PUT', `/me/following?type=artist`, demo.minji, { ids: [btsId] });
    expect(followed.status).toBe(204);
    expect((await call(demo.emulator, 'GET', `/me/following/contains?type=artist&ids=${btsId},${btscId}`, demo.minji)).body).toEqual([true, false]);
    expect(await everyFollowed(demo.minji)).toContain(btsId);
    expect(await everyFollowed(demo.jules)).not.toContain(btsId);

    const joined = await call(demo.emulator, 'PUT', '/me/following?type=user&ids=sora', demo.minji);
    expect(joined.status).toBe(204);
    expect((await call(demo.emulator, 'GET', '/me/following/contains?type=user&ids=sora,jules', demo.minji)).body).toEqual([true, false]);
    expect((await call(demo.emulator, 'GET', '/me/following/contains?type=user&ids=minji', demo.jules)).body).toEqual([false]);
    await call(demo.emulator, 'DELETE', `/me/following?type=artist&ids=${btsId}`, demo.minji);
    expect((await call(demo.emulator, 'GET', `/me/following/contains?type=artist&ids=${btsId}`, demo.minji)).body).toEqual([false]);
  });

  it('validates type and ids', async () => {
    expect((await get(demo.emulator, '/me/following', demo.sora)).body.error.message).toBe('Missing parameter type');
    expect((await get(demo.emulator, '/me/following?type=user', demo.sora)).status).toBe(400);
    expect((await call(demo.emulator, 'PUT', '/me/following?type=artist', demo.sora)).body.error.message).toBe('Missing required parameter: ids');
    expect((await call(demo.emulator, 'PUT', `/me/following?type=artist&ids=${demo.emulator.catalog.fixtures.unknownId}`, demo.sora)).body.error.message)
      .toBe('Payload contains a non-existing ID');
    expect((await call(demo.emulator, 'PUT', '/me/following?type=user&ids=nobody', demo.sora)).status).toBe(400);
  });
});

describe('top artists and tracks', () => {
  it('differ by time range and by user, and page by offset', async () => {
    const lists = new Map<string, string[]>();
    for (const range of ['short_term', 'medium_term', 'long_term']) {
      const artists = (await get(demo.emulator, `/me/top/artists?time_range=${range}&limit=50`, demo.sora)).body;
      expect(artists.items.length).toBeGreaterThan(5);
      expect(artists.href).toBe(`${demo.emulator.apiUrl}/me/top/artists?offset=0&limit=50&time_range=${range}`);
      lists.set(range, ids(artists));
      const tracks = (await get(demo.emulator, `/me/top/tracks?time_range=${range}&limit=10`, demo.sora)).body;
      expect(tracks.items[0].type).toBe('track');
    }
    expect(lists.get('short_term')).not.toEqual(lists.get('long_term'));
    expect(lists.get('long_term')!.length).toBeGreaterThan(lists.get('short_term')!.length);
    const medium = (await get(demo.emulator, '/me/top/artists', demo.sora)).body;
    expect(ids(medium)).toEqual(lists.get('medium_term')!.slice(0, 20));
    expect(ids((await get(demo.emulator, '/me/top/artists?offset=3&limit=2', demo.sora)).body)).toEqual(lists.get('medium_term')!.slice(3, 5));
    expect(ids((await get(demo.emulator, '/me/top/artists', demo.minji)).body)).not.toEqual(ids(medium));
    expect((await get(demo.emulator, '/me/top/tracks?time_range=forever', demo.sora)).body.error.message).toBe('Invalid time range');
  });
});

describe('recently played', () => {
  it('answers plays newest first with played_at, context and before/after cursors', async () => {
    const page = (await get(demo.emulator, '/me/player/recently-played?limit=10', demo.jules)).body;
    expect(page.items).toHaveLength(10);
    expect(page.total).toBe(50);
    const times = page.items.map((i: any) => Date.parse(i.played_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(page.items[0].played_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(page.cursors).toEqual({ after: String(times[0]), before: String(times[9]) });
    expect(page.next).toBe(`${demo.emulator.apiUrl}/me/player/recently-played?before=${times[9]}&limit=10`);
    const contexts = page.items.map((i: any) => i.context).filter((c: any) => c !== null);
    expect(contexts.length).toBeGreaterThan(0);
    for (const c of contexts) {
      expect(['album', 'artist']).toContain(c.type);
      expect(c.uri).toBe(`spotify:${c.type}:${c.href.split('/').at(-1)}`);
    }

    const older = (await (await fetch(page.next, { headers: { Authorization: `Bearer ${demo.jules}` } })).json());
    expect(Date.parse(older.items[0].played_at)).toBeLessThan(times[9]);
    const newer = (await get(demo.emulator, `/me/player/recently-played?after=${times[5]}&limit=3`, demo.jules)).body;
    expect(newer.items.map((i: any) => Date.parse(i.played_at))).toEqual(times.slice(2, 5));

    const all = (await get(demo.emulator, '/me/player/recently-played?limit=50', demo.jules)).body;
    expect(all.next).toBeNull();
    expect(ids(all, 'track')).not.toEqual(ids((await get(demo.emulator, '/me/player/recently-played?limit=50', demo.sora)).body, 'track'));
    expect((await get(demo.emulator, '/me/player/recently-played?after=1&before=2', demo.jules)).status).toBe(400);
    expect((await get(demo.emulator, '/me/player/recently-played?before=yesterday', demo.jules)).status).toBe(400);
  });
});
