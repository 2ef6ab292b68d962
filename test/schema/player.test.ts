// The player through GraphQL against the emulator's simulated players: reading, the commands
// and Spotify's refusals of them, over real HTTP.
import { describe, expect, it } from 'vitest';
import { codes, harnessPerTest, type Harness } from '../helpers/harness.js';

const PLAYER_SCOPES = 'user-read-playback-state user-read-currently-playing user-modify-playback-state';
const tokenOf = (h: Harness, user: string, scope = PLAYER_SCOPES) => h.emulator.users.mintToken(user, scope).access_token;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const STATE = `isPlaying progressMs shuffle repeat playingType contextUri
  device { id name isActive }
  item { __typename ... on Track { id name } ... on Episode { id name } }
  context { __typename ... on Album { id name } ... on Playlist { id name } }`;

describe('the player', () => {
  const start = harnessPerTest();

  for (const mode of ['development', 'extended'] as const) {
    it(`in ${mode} mode reads the state, the devices and the queue: one call each`, async () => {
      const h = await start({ emulator: { mode } });
      const token = tokenOf(h, 'sora');
      const result = await h.gql(
        `{ me { player { state { ${STATE} } devices { id name type volumePercent isActive isRestricted } queue { currentlyPlaying { ... on Track { id } } next { __typename } } } } }`,
        {},
        bearer(token),
      );
      expect(result.errors).toBeUndefined();
      const { state, devices, queue } = result.data.me.player;
      expect(state.isPlaying).toBe(true);
      expect(state.item.__typename).toBe('Track');
      expect(state.context.__typename).toBe('Album');
      expect(state.repeat).toBe('OFF');
      expect(devices).toHaveLength(2);
      expect(devices.filter((d: { isActive: boolean }) => d.isActive)).toEqual([expect.objectContaining({ id: state.device.id })]);
      expect(queue.currentlyPlaying.id).toBe(state.item.id);
      expect(h.apiCalls('GET /v1/me/player')).toBe(1);
      expect(h.apiCalls('GET /v1/me/player/devices')).toBe(1);
      expect(h.apiCalls('GET /v1/me/player/queue')).toBe(1);
      // Episodes are asked for, so a playing episode is not `item: null`.
      expect(h.emulator.calls.find((c) => c.endpoint === 'GET /v1/me/player')?.query.additional_types).toContain('episode');
    });
  }

  it('is null when nothing plays (Spotify answers 204), not an error', async () => {
    const h = await start();
    const result = await h.gql(`{ me { player { state { isPlaying } devices { isActive } } } }`, {}, bearer(tokenOf(h, 'theo')));
    expect(result.errors).toBeUndefined();
    expect(result.data.me.player.state).toBeNull();
    expect(result.data.me.player.devices.map((d: { isActive: boolean }) => d.isActive)).toEqual([false, false]);
    expect(h.emulator.calls.find((c) => c.endpoint === 'GET /v1/me/player')?.status).toBe(204);
  });

  it('skips, and answers the state as it stands after, one read later', async () => {
    const h = await start();
    const token = tokenOf(h, 'sora');
    const before = await h.gql(`{ me { player { state { item { ... on Track { id } } } } } }`, {}, bearer(token));
    h.reset();
    const after = await h.gql(`mutation { skipToNext { ${STATE} } }`, {}, bearer(token));
    expect(after.errors).toBeUndefined();
    expect(after.data.skipToNext.item.id).not.toBe(before.data.me.player.state.item.id);
    // (The album it plays from is looked up with the app's token.)
    const playerCalls = h.emulator.calls.filter((c) => c.endpoint.includes('/me/player'));
    expect(playerCalls.map((c) => `${c.endpoint} ${c.status}`)).toEqual(['POST /v1/me/player/next 204', 'GET /v1/me/player 200']);
  });

  it('plays an album from a link, at an offset, and adds to the queue', async () => {
    const h = await start();
    const token = tokenOf(h, 'minji');
    const album = h.emulator.catalog.albums.find((a) => a.tracks.length > 3)!;
    const third = h.emulator.catalog.tracks[album.tracks[2]];
    const played = await h.gql(`mutation($c: String!) { play(context: $c, offset: 2) { ${STATE} } }`, { c: `https://open.spotify.com/album/${album.id}` }, bearer(token));
    expect(played.errors).toBeUndefined();
    expect(played.data.play).toMatchObject({ isPlaying: true, contextUri: `spotify:album:${album.id}`, item: { id: third.id }, context: { id: album.id } });
    const queued = h.emulator.catalog.tracks[0];
    const added = await h.gql(`mutation($l: String!) { addToQueue(link: $l) { isPlaying } }`, { l: `spotify:track:${queued.id}` }, bearer(token));
    expect(added.errors).toBeUndefined();
    const queue = await h.gql(`{ me { player { queue { next { ... on Track { id } } } } } }`, {}, bearer(token));
    expect(queue.data.me.player.queue.next[0].id).toBe(queued.id);
  });

  it('treats pausing a paused player as done: Spotify\'s "Restriction violated" is the state asked for', async () => {
    const h = await start();
    const token = tokenOf(h, 'sora');
    expect((await h.gql(`mutation { pause { isPlaying } }`, {}, bearer(token))).data.pause.isPlaying).toBe(false);
    h.reset();
    const again = await h.gql(`mutation { pause { isPlaying } }`, {}, bearer(token));
    expect(again.errors).toBeUndefined();
    expect(again.data.pause.isPlaying).toBe(false);
    expect(h.emulator.calls.map((c) => `${c.endpoint} ${c.status}`)).toEqual(['PUT /v1/me/player/pause 403', 'GET /v1/me/player 200']);
    const resumed = await h.gql(`mutation { play { isPlaying } }`, {}, bearer(token));
    expect(resumed.data.play.isPlaying).toBe(true);
    const resumedAgain = await h.gql(`mutation { play { isPlaying } }`, {}, bearer(token));
    expect(resumedAgain.errors).toBeUndefined();
    expect(resumedAgain.data.play.isPlaying).toBe(true);
  });

  it('answers NO_ACTIVE_DEVICE when Spotify is open nowhere, until playback moves to a device', async () => {
    const h = await start();
    const token = tokenOf(h, 'theo');
    const result = await h.gql(`mutation { skipToNext { isPlaying } }`, {}, bearer(token));
    expect(codes(result)).toEqual(['NO_ACTIVE_DEVICE']);
    expect(result.data.skipToNext).toBeNull();
    const devices = await h.gql(`{ me { player { devices { id } } } }`, {}, bearer(token));
    const speaker = devices.data.me.player.devices[1].id;
    const album = h.emulator.catalog.albums[0];
    await h.gql(`mutation($d: String!) { transferPlayback(deviceId: $d) { isPlaying } }`, { d: speaker }, bearer(token));
    const played = await h.gql(`mutation($c: String!) { play(context: $c) { isPlaying device { id } } }`, { c: `spotify:album:${album.id}` }, bearer(token));
    expect(played.errors).toBeUndefined();
    expect(played.data.play).toEqual({ isPlaying: true, device: { id: speaker } });
  });

  it('answers PREMIUM_REQUIRED to a free user, who can still read', async () => {
    const h = await start();
    const token = tokenOf(h, 'kai');
    const result = await h.gql(`mutation { pause { isPlaying } }`, {}, bearer(token));
    expect(codes(result)).toEqual(['PREMIUM_REQUIRED']);
    const read = await h.gql(`{ me { player { state { isPlaying } } } }`, {}, bearer(token));
    expect(read.data.me.player.state.isPlaying).toBe(true);
  });

  it('sends a command once, never retrying it: a 503 to "next" is final', async () => {
    const h = await start();
    const token = tokenOf(h, 'sora');
    h.emulator.faults.add({ match: { endpoint: 'POST /v1/me/player/next' }, kind: 'status', status: 503 });
    h.emulator.faults.add({ match: { endpoint: 'PUT /v1/me/player/seek' }, kind: 'status', status: 503 });
    const next = await h.gql(`mutation { skipToNext { isPlaying } }`, {}, bearer(token));
    const seek = await h.gql(`mutation { seek(positionMs: 1000) { isPlaying } }`, {}, bearer(token));
    expect(codes(next)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(codes(seek)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(h.apiCalls('POST /v1/me/player/next')).toBe(1);
    expect(h.apiCalls('PUT /v1/me/player/seek')).toBe(1);
  });

  it('names the scope a read needs, and checks arguments before any call', async () => {
    const h = await start();
    const token = tokenOf(h, 'sora', 'user-read-private');
    const result = await h.gql(`{ me { player { state { isPlaying } } } }`, {}, bearer(token));
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(result.errors?.[0].extensions?.scopes).toEqual(['user-read-playback-state']);
    h.reset();
    const full = tokenOf(h, 'sora');
    const bad = await h.gql(`mutation { setVolume(percent: 101) { isPlaying } seek(positionMs: -1) { isPlaying } play(context: "spotify:track:4iV5W9uYEdYUVa79Axb7Rh") { isPlaying } }`, {}, bearer(full));
    expect(codes(bad)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(h.apiCalls()).toBe(0);
  });

  it('sets repeat, shuffle and volume', async () => {
    const h = await start();
    const token = tokenOf(h, 'sora');
    await h.gql(`mutation { setRepeat(mode: CONTEXT) { repeat } setShuffle(on: true) { shuffle } }`, {}, bearer(token));
    const volume = await h.gql(`mutation { setVolume(percent: 12) { repeat shuffle device { volumePercent } } }`, {}, bearer(token));
    expect(volume.errors).toBeUndefined();
    expect(volume.data.setVolume).toEqual({ repeat: 'CONTEXT', shuffle: true, device: { volumePercent: 12 } });
  });
});
