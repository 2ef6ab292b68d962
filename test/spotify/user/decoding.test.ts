// A signed-in user's reads are decoded against Spotify's OpenAPI description like the
// catalog's: the emulator's valid answers pass whole, and a bad item costs that item alone.
import { describe, expect, it } from 'vitest';
import { createDecoder, type Dropped } from '../../../src/spotify/upstream/spec/decode.js';
import { harnessPerTest } from '../../helpers/harness.js';
import { bearer, tokenOf, userCalls } from '../../helpers/users.js';

const EVERY_READ = `{
  me {
    id displayName email country product followers images { url }
    savedTracks(first: 5) { totalCount edges { addedAt node { id name album { name } } } }
    savedAlbums(first: 5) { totalCount edges { node { id name } } }
    savedShows(first: 5) { totalCount edges { node { id name publisher } } }
    savedEpisodes(first: 5) { totalCount edges { node { id name show { name } } } }
    savedAudiobooks(first: 5) { totalCount edges { node { id name authors } } }
    playlists(first: 5) { totalCount edges { node { id name totalItems owner { id displayName } } } }
    followedArtists(first: 5) { totalCount edges { node { id name } } }
    topArtists(first: 5) { totalCount edges { node { id name } } }
    topTracks(first: 5) { totalCount edges { node { id name } } }
    recentlyPlayed(first: 5) { edges { playedAt node { id name } } }
  }
}`;

describe("the signed-in user's reads, decoded", () => {
  const start = harnessPerTest();

  for (const mode of ['development', 'extended'] as const) {
    it(`in ${mode} mode, pass whole: the emulator answers every /me read as the spec says`, async () => {
      const dropped: Dropped[] = [];
      const h = await start({ emulator: { mode }, events: { dropped: (d) => dropped.push(d) } });
      const token = tokenOf(h, 'sora');
      const result = await h.gql(EVERY_READ, {}, bearer(token));
      expect(result.errors).toBeUndefined();
      const me = result.data.me;
      for (const list of ['savedTracks', 'savedAlbums', 'savedShows', 'savedEpisodes', 'savedAudiobooks', 'playlists', 'followedArtists', 'topArtists', 'topTracks']) {
        expect(me[list].edges.length, list).toBe(Math.min(5, me[list].totalCount));
      }
      expect(me.recentlyPlayed.edges.length).toBeGreaterThan(0);
      const saved = await h.gql(`query($links: [String!]!) { isSaved(links: $links) }`, { links: [`spotify:track:${me.savedTracks.edges[0].node.id}`] }, bearer(token));
      expect(saved.data.isSaved).toEqual([true]);
      const endpoints = new Set(userCalls(h).map((c) => c.endpoint));
      expect([...endpoints].sort()).toEqual(
        [
          'GET /v1/me', 'GET /v1/me/tracks', 'GET /v1/me/albums', 'GET /v1/me/shows', 'GET /v1/me/episodes', 'GET /v1/me/audiobooks', 'GET /v1/me/playlists',
          'GET /v1/me/following', 'GET /v1/me/top/artists', 'GET /v1/me/top/tracks', 'GET /v1/me/player/recently-played', 'GET /v1/me/library/contains',
        ].sort(),
      );
      expect(dropped).toEqual([]);
    });
  }

  it('cut what Spotify sent broken in a saved list, keeping the other items and the total', () => {
    const dropped: Dropped[] = [];
    const decoder = createDecoder((d) => dropped.push(d));
    const show = (n: number) => ({
      added_at: '2024-05-01T10:00:00Z',
      show: {
        available_markets: [], copyrights: [], description: 'd', html_description: 'd', explicit: false, external_urls: {}, href: 'h',
        id: `${'0'.repeat(20)}0${n}`, images: [], is_externally_hosted: false, languages: ['en'], media_type: 'audio', name: `show ${n}`,
        publisher: 'p', type: 'show', uri: `spotify:show:${'0'.repeat(20)}0${n}`, total_episodes: 1,
      },
    });
    const broken = { added_at: '2024-05-01T10:00:00Z', show: { name: 'no id, no uri' } };
    const body = { href: 'h', items: [show(1), broken, null, show(2)], limit: 5, next: null, offset: 0, previous: null, total: 9 };
    const decoded = decoder.decode('me-saved-shows', body) as { items: { show?: { name: string } }[]; total: number };
    // The null place goes; the broken show goes from its place (the list then skips it).
    expect(decoded.items.map((item) => item.show?.name ?? null)).toEqual(['show 1', null, 'show 2']);
    expect(decoded.total).toBe(9);
    expect(dropped.map((d) => d.path).sort()).toEqual(['/items/1/show', '/items/2']);
  });
});
