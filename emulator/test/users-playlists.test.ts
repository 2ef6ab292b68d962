import { describe, expect, it } from 'vitest';
import { get } from './helpers.js';
import { call, demoUsersForEachTest } from './users-helpers.js';

const demo = demoUsersForEachTest();

const trackUri = (k: number) => `spotify:track:${demo.emulator.catalog.tracks[k].id}`;

async function create(bearer: string, body: Record<string, unknown>) {
  const answer = await call(demo.emulator, 'POST', '/me/playlists', bearer, body);
  if (answer.status !== 201) throw new Error(`create answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

describe('POST /me/playlists', () => {
  it('creates an empty public playlist owned by the caller', async () => {
    const answer = await call(demo.emulator, 'POST', '/me/playlists', demo.sora, { name: 'Late Night' });
    expect(answer.status).toBe(201);
    const p = answer.body;
    expect(p).toMatchObject({
      name: 'Late Night', description: null, public: true, collaborative: false, type: 'playlist', images: [],
      owner: { id: 'sora', display_name: 'Sora Aoki', type: 'user', uri: 'spotify:user:sora' },
      followers: { href: null, total: 0 },
      items: { items: [], total: 0, href: `${demo.emulator.apiUrl}/playlists/${p.id}/items?offset=0&limit=50` },
    });
    expect(p.id).toMatch(/^[0-9A-Za-z]{22}$/);
    expect(p.uri).toBe(`spotify:playlist:${p.id}`);
    expect(p.snapshot_id).toEqual(expect.any(String));
    // Development Mode: `items` only, the deprecated `tracks` is left out.
    expect(p).not.toHaveProperty('tracks');
  });

  it('needs the modify scope matching public/private, both for collaborative', async () => {
    const publicOnly = demo.emulator.users.mintToken('sora', 'playlist-modify-public').access_token;
    expect((await call(demo.emulator, 'POST', '/me/playlists', publicOnly, { name: 'a' })).status).toBe(201);
    const refused = await call(demo.emulator, 'POST', '/me/playlists', publicOnly, { name: 'b', public: false });
    expect(refused.body).toEqual({ error: { status: 403, message: 'Insufficient client scope' } });
    const privateOnly = demo.emulator.users.mintToken('sora', 'playlist-modify-private').access_token;
    expect((await call(demo.emulator, 'POST', '/me/playlists', privateOnly, { name: 'c', public: false })).status).toBe(201);
    expect((await call(demo.emulator, 'POST', '/me/playlists', privateOnly, { name: 'd', collaborative: true })).status).toBe(403);
    expect((await call(demo.emulator, 'POST', '/me/playlists', demo.sora, { name: 'e', collaborative: true })).body).toMatchObject({ collaborative: true, public: false });
  });

  it('validates the body', async () => {
    expect((await call(demo.emulator, 'POST', '/me/playlists', demo.sora, {})).body.error.message).toBe('Missing required field: name');
    expect((await call(demo.emulator, 'POST', '/me/playlists', demo.sora, { name: 'x', public: 'yes' })).status).toBe(400);
    expect((await call(demo.emulator, 'POST', '/me/playlists', demo.sora, { name: 'x', public: true, collaborative: true })).status).toBe(400);
  });
});

describe('GET /me/playlists', () => {
  const seededOf = (user: string) => demo.emulator.catalog.playlists.filter((p) => p.owner === user || p.collaborators.includes(user)).map((p) => p.id);

  it("lists the caller's created playlists newest first, then the seeded ones they own or collaborate on", async () => {
    const first = await create(demo.sora, { name: 'First' });
    const second = await create(demo.sora, { name: 'Second', public: false, description: 'quiet' });
    await create(demo.minji, { name: 'Minji mix' });
    const mine = (await get(demo.emulator, '/me/playlists?limit=50', demo.sora)).body;
    const seeded = seededOf('sora');
    expect(seeded).toContain(demo.emulator.catalog.fixtures.mixedPlaylistId);
    expect(seeded).toContain(demo.emulator.catalog.fixtures.collaborativePlaylistId);
    expect(seeded).not.toContain(demo.emulator.catalog.fixtures.othersPlaylistId);
    expect(mine).toMatchObject({ href: `${demo.emulator.apiUrl}/me/playlists?offset=0&limit=50`, total: 2 + seeded.length, next: null });
    expect(mine.items.map((p: any) => p.id)).toEqual([second.id, first.id, ...seeded]);
    const shown = mine.items.find((p: any) => p.id === second.id);
    expect(shown).toMatchObject({ name: 'Second', description: 'quiet', public: false, images: [], items: { href: `${demo.emulator.apiUrl}/playlists/${second.id}/items`, total: 0 } });
    expect(shown).not.toHaveProperty('tracks');
    const mixed = mine.items.find((p: any) => p.id === demo.emulator.catalog.fixtures.mixedPlaylistId);
    expect(mixed).toMatchObject({ owner: { id: 'sora', display_name: 'Sora Aoki' }, images: expect.arrayContaining([expect.objectContaining({ width: 640 })]) });
    // Jules owns nothing and follows nothing.
    expect((await get(demo.emulator, '/me/playlists', demo.jules)).body.total).toBe(0);
  });

  it('leaves collaborative playlists out without playlist-read-collaborative', async () => {
    const withCollaborative = (await get(demo.emulator, '/me/playlists?limit=50', demo.minji)).body.items;
    expect(withCollaborative.some((p: any) => p.collaborative)).toBe(true);
    const narrow = demo.emulator.users.mintToken('minji', 'playlist-read-private').access_token;
    const page = (await get(demo.emulator, '/me/playlists?limit=50', narrow)).body;
    expect(page.items.map((p: any) => p.id)).toEqual(withCollaborative.filter((p: any) => !p.collaborative).map((p: any) => p.id));
    expect(page.total).toBe(page.items.length);
  });

  it('lists the playlists the user follows, as they are now', async () => {
    const big = demo.emulator.catalog.fixtures.bigPlaylistId;
    expect((await call(demo.emulator, 'PUT', `/me/library?uris=spotify:playlist:${big}`, demo.jules)).status).toBe(200);
    const page = (await get(demo.emulator, '/me/playlists', demo.jules)).body;
    expect(page.items.map((p: any) => p.id)).toEqual([big]);
    expect(page.items[0]).toMatchObject({ owner: { id: 'spotify', display_name: 'Spotify' }, items: { total: 230 } });
    const unknown = await call(demo.emulator, 'PUT', `/me/library?uris=spotify:playlist:${demo.emulator.catalog.fixtures.unknownId}`, demo.jules);
    expect(unknown.body).toEqual({ error: { status: 400, message: 'Payload contains a non-existing ID' } });
  });

  it('Extended Quota Mode keeps the deprecated `tracks` beside `items`', async () => {
    demo.emulator.setMode('extended');
    const p = await create(demo.sora, { name: 'Both' });
    expect(p.tracks).toEqual(p.items);
    expect((await get(demo.emulator, '/me/playlists', demo.sora)).body.items[0].tracks).toEqual({ href: `${demo.emulator.apiUrl}/playlists/${p.id}/tracks`, total: 0 });
  });
});

describe('playlist items', () => {
  it('adds, inserts at a position and removes, with a new snapshot_id each time', async () => {
    const p = await create(demo.sora, { name: 'Work' });
    const added = await call(demo.emulator, 'POST', `/playlists/${p.id}/items?uris=${trackUri(1)},${trackUri(2)}`, demo.sora);
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ snapshot_id: expect.any(String) });
    expect(added.body.snapshot_id).not.toBe(p.snapshot_id);
    const inserted = await call(demo.emulator, 'POST', `/playlists/${p.id}/items`, demo.sora, { uris: [trackUri(3)], position: 1 });
    expect(inserted.status).toBe(201);
    expect(inserted.body.snapshot_id).not.toBe(added.body.snapshot_id);

    const items = (await get(demo.emulator, `/playlists/${p.id}/items`, demo.sora)).body;
    expect(items.total).toBe(3);
    expect(items.items.map((i: any) => i.item.uri)).toEqual([trackUri(1), trackUri(3), trackUri(2)]);
    expect(items.items[0]).toMatchObject({ added_at: expect.stringMatching(/Z$/), is_local: false, added_by: { id: 'sora', type: 'user' } });
    expect(items.items[0]).not.toHaveProperty('track');

    const removed = await call(demo.emulator, 'DELETE', `/playlists/${p.id}/items`, demo.sora, { items: [{ uri: trackUri(1) }], snapshot_id: inserted.body.snapshot_id });
    expect(removed.status).toBe(200);
    expect(removed.body.snapshot_id).not.toBe(inserted.body.snapshot_id);
    const listed = (await get(demo.emulator, '/me/playlists', demo.sora)).body.items[0];
    expect(listed.snapshot_id).toBe(removed.body.snapshot_id);
    expect(listed.items.total).toBe(2);
    const after = (await get(demo.emulator, `/playlists/${p.id}/items`, demo.sora)).body;
    expect(after.items.map((i: any) => i.item.uri)).toEqual([trackUri(3), trackUri(2)]);
  });

  it('validates uris and positions', async () => {
    const p = await create(demo.sora, { name: 'Strict' });
    const base = `/playlists/${p.id}/items`;
    expect((await call(demo.emulator, 'POST', base, demo.sora, {})).body.error.message).toBe('No uris provided');
    expect((await call(demo.emulator, 'POST', `${base}?uris=spotify:album:${demo.emulator.catalog.albums[0].id}`, demo.sora)).status).toBe(400);
    expect((await call(demo.emulator, 'POST', `${base}?uris=spotify:track:${demo.emulator.catalog.fixtures.unknownId}`, demo.sora)).body.error.message).toBe('Payload contains a non-existing ID');
    expect((await call(demo.emulator, 'POST', `${base}?uris=${trackUri(1)}&position=5`, demo.sora)).body.error.message).toBe('Index out of bounds');
    const many = Array.from({ length: 101 }, (_, k) => trackUri(k));
    expect((await call(demo.emulator, 'POST', base, demo.sora, { uris: many })).status).toBe(400);
    expect((await call(demo.emulator, 'DELETE', base, demo.sora, {})).body.error.message).toBe('Missing required field: items');
    expect((await call(demo.emulator, 'GET', `/playlists/${demo.emulator.catalog.fixtures.unknownId}/items`, demo.sora)).status).toBe(404);
  });

  it("other users may neither read nor change a playlist's items", async () => {
    const p = await create(demo.sora, { name: 'Mine' });
    await call(demo.emulator, 'POST', `/playlists/${p.id}/items?uris=${trackUri(4)}`, demo.sora);
    expect((await get(demo.emulator, `/playlists/${p.id}/items`, demo.minji)).status).toBe(403);
    expect((await call(demo.emulator, 'POST', `/playlists/${p.id}/items?uris=${trackUri(5)}`, demo.minji)).status).toBe(403);
    expect((await call(demo.emulator, 'DELETE', `/playlists/${p.id}/items`, demo.minji, { items: [{ uri: trackUri(4) }] })).status).toBe(403);
    expect((await get(demo.emulator, `/playlists/${p.id}/items`, demo.sora)).body.total).toBe(1);
  });

  it('a private playlist needs playlist-modify-private to change', async () => {
    const p = await create(demo.sora, { name: 'Hidden', public: false });
    const publicOnly = demo.emulator.users.mintToken('sora', 'playlist-modify-public').access_token;
    expect((await call(demo.emulator, 'POST', `/playlists/${p.id}/items?uris=${trackUri(1)}`, publicOnly)).status).toBe(403);
  });

  it('followers of a collaborative playlist may edit its items and list it', async () => {
    const p = await create(demo.sora, { name: 'Together', collaborative: true });
    expect((await call(demo.emulator, 'POST', `/playlists/${p.id}/items?uris=${trackUri(6)}`, demo.minji)).status).toBe(403);
    expect((await call(demo.emulator, 'PUT', `/me/library?uris=spotify:playlist:${p.id}`, demo.minji)).status).toBe(200);
    const added = await call(demo.emulator, 'POST', `/playlists/${p.id}/items?uris=${trackUri(6)}`, demo.minji);
    expect(added.status).toBe(201);
    const items = (await get(demo.emulator, `/playlists/${p.id}/items`, demo.sora)).body;
    expect(items.items[0].added_by.id).toBe('minji');
    expect((await get(demo.emulator, '/me/playlists', demo.minji)).body.items[0].id).toBe(p.id);
    expect((await call(demo.emulator, 'GET', `/me/library/contains?uris=spotify:playlist:${p.id}`, demo.minji)).body).toEqual([true]);
    // Jules does not follow it.
    expect((await call(demo.emulator, 'POST', `/playlists/${p.id}/items?uris=${trackUri(7)}`, demo.jules)).status).toBe(403);
  });
});

describe('PUT /playlists/{id}', () => {
  it('changes the details for the owner only', async () => {
    const p = await create(demo.sora, { name: 'Draft' });
    const changed = await call(demo.emulator, 'PUT', `/playlists/${p.id}`, demo.sora, { name: 'Final', description: 'done', public: false });
    expect(changed.status).toBe(200);
    expect(changed.body).toBeUndefined();
    const now = (await get(demo.emulator, '/me/playlists', demo.sora)).body.items[0];
    expect(now).toMatchObject({ id: p.id, name: 'Final', description: 'done', public: false });
    expect(now.snapshot_id).not.toBe(p.snapshot_id);
    expect((await call(demo.emulator, 'PUT', `/playlists/${p.id}`, demo.minji, { name: 'Taken' })).status).toBe(403);
    expect((await call(demo.emulator, 'PUT', `/playlists/${p.id}`, demo.sora, { collaborative: true, public: true })).status).toBe(400);
    expect((await call(demo.emulator, 'PUT', `/playlists/${p.id}`, demo.sora, { collaborative: true })).status).toBe(200);
    expect((await get(demo.emulator, '/me/playlists', demo.sora)).body.items[0].collaborative).toBe(true);
  });

  it('needs the scopes of both the old and the new visibility', async () => {
    const p = await create(demo.sora, { name: 'Open' });
    const publicOnly = demo.emulator.users.mintToken('sora', 'playlist-modify-public').access_token;
    expect((await call(demo.emulator, 'PUT', `/playlists/${p.id}`, publicOnly, { name: 'Renamed' })).status).toBe(200);
    expect((await call(demo.emulator, 'PUT', `/playlists/${p.id}`, publicOnly, { public: false })).status).toBe(403);
  });
});
