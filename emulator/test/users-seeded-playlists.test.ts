import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/server.js';
import { get } from './helpers.js';
import { ALL_SCOPES, call } from './users-helpers.js';

// The seeded playlists seen with user tokens: who reads their items, who changes them, and
// what a change does to snapshot_id and ETag.

let emulator: Emulator;
let sora: string;
let minji: string;
let jules: string;
let app: string;
beforeAll(async () => {
  emulator = await startEmulator();
  const res = await fetch(`${emulator.accountsUrl}/api/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: emulator.clientId, client_secret: emulator.clientSecret }),
  });
  app = ((await res.json()) as { access_token: string }).access_token;
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.users.reset();
  emulator.setMode('development');
  [sora, minji, jules] = ['sora', 'minji', 'jules'].map((u) => emulator.users.mintToken(u, ALL_SCOPES).access_token);
});

const fx = () => emulator.catalog.fixtures;
const trackUri = (k: number) => `spotify:track:${emulator.catalog.tracks[k].id}`;

describe('reading seeded playlists in Development Mode', () => {
  it("owners and collaborators read the items, other users and the app's own token get 403", async () => {
    const { mixedPlaylistId: mixed, collaborativePlaylistId: collaborative, othersPlaylistId: others } = fx();
    const status = async (id: string, bearer: string) => (await get(emulator, `/playlists/${id}/items`, bearer)).status;
    expect(await status(mixed, sora)).toBe(200);
    expect(await status(mixed, minji)).toBe(403);
    expect(await status(collaborative, sora)).toBe(200);
    expect(await status(collaborative, minji)).toBe(200);
    expect(await status(others, minji)).toBe(200);
    expect(await status(others, sora)).toBe(403);
    expect(await status(mixed, app)).toBe(403);
    expect(await status(mixed, jules)).toBe(403);
  });

  it('GET /playlists/{id} embeds the items for those who may read them only', async () => {
    const path = `/playlists/${fx().mixedPlaylistId}`;
    const owner = (await get(emulator, path, sora)).body;
    expect(owner.items.total).toBe(emulator.catalog.playlists[emulator.catalog.playlistIndex.get(fx().mixedPlaylistId)!].items.length);
    expect(owner).not.toHaveProperty('tracks');
    expect((await get(emulator, path, minji)).body).not.toHaveProperty('items');
    expect((await get(emulator, path, app)).body).not.toHaveProperty('items');
  });

  it('a user token needs playlist-read-private to read items', async () => {
    const bare = emulator.users.mintToken('sora', 'user-library-read').access_token;
    const refused = await get(emulator, `/playlists/${fx().mixedPlaylistId}/items`, bare);
    expect(refused.body).toEqual({ error: { status: 403, message: 'Insufficient client scope' } });
    expect((await get(emulator, `/playlists/${fx().mixedPlaylistId}`, bare)).status).toBe(200);
  });
});

describe('changing seeded playlists', () => {
  it('the owner and collaborators may add and remove items; others get 403', async () => {
    const collaborative = fx().collaborativePlaylistId;
    const before = (await get(emulator, `/playlists/${collaborative}/items?limit=1`, sora)).body.total;
    expect((await call(emulator, 'POST', `/playlists/${collaborative}/items?uris=${trackUri(11)}&position=0`, sora)).status).toBe(201);
    expect((await call(emulator, 'POST', `/playlists/${collaborative}/items?uris=${trackUri(12)}&position=0`, minji)).status).toBe(201);
    const page = (await get(emulator, `/playlists/${collaborative}/items?limit=2`, minji)).body;
    expect(page.total).toBe(before + 2);
    expect(page.items.map((e: any) => [e.item.uri, e.added_by.id])).toEqual([[trackUri(12), 'minji'], [trackUri(11), 'sora']]);
    expect((await call(emulator, 'DELETE', `/playlists/${collaborative}/items`, minji, { items: [{ uri: trackUri(11) }] })).status).toBe(200);
    expect((await get(emulator, `/playlists/${collaborative}/items?limit=1`, sora)).body.total).toBe(before + 1);

    for (const [id, bearer] of [[fx().mixedPlaylistId, minji], [fx().othersPlaylistId, sora], [fx().bigPlaylistId, sora], [collaborative, jules]]) {
      const refused = await call(emulator, 'POST', `/playlists/${id}/items?uris=${trackUri(13)}`, bearer);
      expect(refused.body).toEqual({ error: { status: 403, message: 'Forbidden' } });
    }
    expect((await call(emulator, 'POST', `/playlists/${fx().mixedPlaylistId}/items?uris=${trackUri(13)}`, app)).status).toBe(401);
  });

  it('details are the owner\'s: a collaborator gets 403', async () => {
    const collaborative = fx().collaborativePlaylistId;
    expect((await call(emulator, 'PUT', `/playlists/${collaborative}`, minji, { name: 'Ours' })).status).toBe(403);
    expect((await call(emulator, 'PUT', `/playlists/${collaborative}`, sora, { name: 'Ours' })).status).toBe(200);
    expect((await get(emulator, `/playlists/${collaborative}`, minji)).body.name).toBe('Ours');
  });

  it('a change makes a new snapshot_id and a new ETag; the old tag no longer answers 304', async () => {
    const path = `${emulator.apiUrl}/playlists/${fx().mixedPlaylistId}`;
    const read = (etag?: string) => fetch(path, { headers: { Authorization: `Bearer ${sora}`, ...(etag ? { 'If-None-Match': etag } : {}) } });
    const first = await read();
    const etag = first.headers.get('etag')!;
    const { snapshot_id: before } = (await first.json()) as { snapshot_id: string };
    expect((await read(etag)).status).toBe(304);

    const renamed = await call(emulator, 'PUT', `/playlists/${fx().mixedPlaylistId}`, sora, { description: 'still mine' });
    expect(renamed.status).toBe(200);
    const afterRename = await read(etag);
    expect(afterRename.status).toBe(200);
    const renamedBody = (await afterRename.json()) as { snapshot_id: string; description: string };
    expect(renamedBody.description).toBe('still mine');
    expect(renamedBody.snapshot_id).not.toBe(before);

    const itemsPath = `${path}/items?limit=5`;
    const items = await fetch(itemsPath, { headers: { Authorization: `Bearer ${sora}` } });
    const itemsTag = items.headers.get('etag')!;
    await items.text();
    const added = await call(emulator, 'POST', `/playlists/${fx().mixedPlaylistId}/items?uris=${trackUri(20)}`, sora);
    expect(added.body.snapshot_id).not.toBe(renamedBody.snapshot_id);
    // Appended beyond the first five: the page reads the same, yet its tag changed.
    const again = await fetch(itemsPath, { headers: { Authorization: `Bearer ${sora}`, 'If-None-Match': itemsTag } });
    expect(again.status).toBe(200);
    expect(again.headers.get('etag')).not.toBe(itemsTag);
    await again.text();
  });

  it('removes episodes by URI, and adds catalog episodes', async () => {
    emulator.setMode('extended');
    const mixed = fx().mixedPlaylistId;
    const all = (await get(emulator, `/playlists/${mixed}/items?limit=50&additional_types=episode`, sora)).body;
    const episode = all.items.find((e: any) => e.item?.type === 'episode').item.uri;
    const count = all.items.filter((e: any) => e.item?.uri === episode).length;
    expect((await call(emulator, 'DELETE', `/playlists/${mixed}/items`, sora, { items: [{ uri: episode }] })).status).toBe(200);
    const after = (await get(emulator, `/playlists/${mixed}/items?limit=50&additional_types=episode`, sora)).body;
    expect(after.total).toBe(all.total - count);
    // The local file and the entry whose track is gone stay.
    expect(after.items.some((e: any) => e.is_local)).toBe(true);
    expect(after.items.some((e: any) => e.item === null)).toBe(true);

    const other = `spotify:episode:${emulator.catalog.episodes[3].id}`;
    expect((await call(emulator, 'POST', `/playlists/${mixed}/items?uris=${other}&position=0`, sora)).status).toBe(201);
    const first = (await get(emulator, `/playlists/${mixed}/items?limit=1&additional_types=episode`, sora)).body.items[0];
    expect(first.item).toMatchObject({ type: 'episode', uri: other, show: { type: 'show' } });
    const unknown = await call(emulator, 'POST', `/playlists/${mixed}/items?uris=spotify:episode:${fx().unknownId}`, sora);
    expect(unknown.body).toEqual({ error: { status: 400, message: 'Payload contains a non-existing ID' } });
  });

  it('changes stay in their emulator instance and go with reset', async () => {
    const mixed = fx().mixedPlaylistId;
    const seeded = (await get(emulator, `/playlists/${mixed}/items?limit=1`, sora)).body.total;
    await call(emulator, 'POST', `/playlists/${mixed}/items?uris=${trackUri(30)}`, sora);
    expect((await get(emulator, `/playlists/${mixed}/items?limit=1`, sora)).body.total).toBe(seeded + 1);
    const other = await startEmulator();
    try {
      const bearer = other.users.mintToken('sora', ALL_SCOPES).access_token;
      expect((await get(other, `/playlists/${mixed}/items?limit=1`, bearer)).body.total).toBe(seeded);
    } finally {
      await other.close();
    }
    emulator.users.reset();
    const again = emulator.users.mintToken('sora', ALL_SCOPES).access_token;
    expect((await get(emulator, `/playlists/${mixed}/items?limit=1`, again)).body.total).toBe(seeded);
    // Tokens from before the reset are forgotten with it.
    expect((await get(emulator, `/playlists/${mixed}`, sora)).status).toBe(401);
  });

  it('following a collaborative playlist joins it, unfollowing leaves it', async () => {
    const collaborative = fx().collaborativePlaylistId;
    expect((await call(emulator, 'GET', `/me/library/contains?uris=spotify:playlist:${collaborative}`, minji)).body).toEqual([true]);
    expect((await call(emulator, 'PUT', `/me/library?uris=spotify:playlist:${collaborative}`, jules)).status).toBe(200);
    expect((await call(emulator, 'POST', `/playlists/${collaborative}/items?uris=${trackUri(40)}`, jules)).status).toBe(201);
    expect((await get(emulator, '/me/playlists', jules)).body.items.map((p: any) => p.id)).toEqual([collaborative]);
    expect((await call(emulator, 'DELETE', `/me/library?uris=spotify:playlist:${collaborative}`, minji)).status).toBe(200);
    expect((await get(emulator, `/playlists/${collaborative}/items`, minji)).status).toBe(403);
    expect((await get(emulator, '/me/playlists?limit=50', minji)).body.items.map((p: any) => p.id)).not.toContain(collaborative);
  });
});
