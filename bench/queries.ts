export interface BenchQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The REST call a client would make for the same thing, straight to the emulator. */
  rawPath: string;
  /** Upstream round trips that must happen one after another (token aside). */
  criticalPath: string;
}

/** The logical requests the issue names, built from the emulator's fixtures. */
export function benchQueries(fixtures: { bigAlbumId: string }): BenchQuery[] {
  return [
    {
      name: "seeds' search",
      query: '{ search(query: "BTS") { artists(first: 5) { edges { node { id name images { url width height } } } } } }',
      variables: {},
      rawPath: '/v1/search?q=BTS&type=artist&limit=5',
      criticalPath: '1 (search)',
    },
    {
      name: '40-track album, full artists',
      query: 'query($id: ID!) { album(id: $id) { name tracks(first: 40) { edges { node { name artists { id name images { url } } } } } } }',
      variables: { id: fixtures.bigAlbumId },
      rawPath: `/v1/albums/${fixtures.bigAlbumId}`,
      criticalPath: '2 (album, then its artists in parallel)',
    },
    {
      name: 'search artists + albums + tracks',
      query:
        '{ search(query: "love") { artists(first: 5) { edges { node { name } } } albums(first: 5) { edges { node { name } } } tracks(first: 5) { edges { node { name artists { name } } } } } }',
      variables: {},
      rawPath: '/v1/search?q=love&type=artist,album,track&limit=5',
      criticalPath: '1 (one coalesced search)',
    },
  ];
}
