import type { AppMode } from '../src/spotify/upstream/app-mode.js';

export interface BenchQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The REST call a client would make for the same thing, straight to the emulator. */
  rawPath: string;
  /** Upstream round trips that must happen one after another (token aside). */
  roundTrips: number;
  /** What those round trips are. */
  criticalPath: string;
  /** The fewest upstream calls the app's mode allows for this query. */
  minimalCalls(mode: AppMode): number;
}

/** Search pages in Development Mode hold at most 10 items. */
const searchCalls = (k: number, mode: AppMode) => (mode === 'development' ? Math.ceil(k / 10) : 1);

/**
 * The logical requests the issue names, built from the emulator's fixtures; `albumArtists` is
 * the number of distinct artists on the big album's tracks.
 */
export function benchQueries(fixtures: { bigAlbumId: string }, albumArtists: number): BenchQuery[] {
  return [
    {
      name: "seeds' search",
      query: '{ search(query: "BTS") { artists(first: 5) { edges { node { id name images { url width height } } } } } }',
      variables: {},
      rawPath: '/v1/search?q=BTS&type=artist&limit=5',
      roundTrips: 1,
      criticalPath: 'search',
      minimalCalls: (mode) => searchCalls(5, mode),
    },
    {
      name: '40-track album, full artists',
      query: 'query($id: ID!) { album(id: $id) { name tracks(first: 40) { edges { node { name artists { id name images { url } } } } } } }',
      variables: { id: fixtures.bigAlbumId },
      rawPath: `/v1/albums/${fixtures.bigAlbumId}`,
      roundTrips: 2,
      criticalPath: 'album (its first 50 tracks included), then its artists in parallel',
      // The album, then each distinct artist: one call each, or 50 per call.
      minimalCalls: (mode) => 1 + (mode === 'development' ? albumArtists : Math.ceil(albumArtists / 50)),
    },
    {
      name: 'search artists + albums + tracks',
      query:
        '{ search(query: "love") { artists(first: 5) { edges { node { name } } } albums(first: 5) { edges { node { name } } } tracks(first: 5) { edges { node { name artists { name } } } } } }',
      variables: {},
      rawPath: '/v1/search?q=love&type=artist,album,track&limit=5',
      roundTrips: 1,
      criticalPath: 'one search for all three types',
      minimalCalls: (mode) => searchCalls(5, mode),
    },
  ];
}
