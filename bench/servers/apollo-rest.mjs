// Comparator: what an app would write instead of the gateway. Apollo Server 5 with a
// RESTDataSource per request, a schema just large enough for the benchmark's queries (the same
// query texts as the gateway's), and the client-credentials token fetched and kept in memory
// until shortly before it expires. SPOTIFY_ACCOUNTS_URL and SPOTIFY_API_URL point at the
// upstream; SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET are the app's credentials.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { RESTDataSource } from '@apollo/datasource-rest';

const typeDefs = `#graphql
  type Image { url: String! width: Int height: Int }
  type Album { id: ID! name: String! releaseDate: String totalTracks: Int! }
  type AlbumEdge { node: Album! }
  type AlbumConnection { edges: [AlbumEdge!]! }
  type Artist { id: ID! name: String! images: [Image!]! albums(first: Int = 10): AlbumConnection! }
  type ArtistEdge { node: Artist! }
  type ArtistConnection { edges: [ArtistEdge!]! }
  type Search { artists(first: Int = 10): ArtistConnection! }
  type Query { search(query: String!): Search! artist(id: ID!): Artist }
`;

/** The app's token: one call at a time to the accounts service, reused until a minute before it expires. */
let token;
async function fetchToken() {
  const response = await fetch(`${process.env.SPOTIFY_ACCOUNTS_URL}/api/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${process.env.SPOTIFY_CLIENT_ID}:${process.env.SPOTIFY_CLIENT_SECRET}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  const body = await response.json();
  return { value: body.access_token, expiresAt: Date.now() + (body.expires_in - 60) * 1000 };
}
async function accessToken() {
  if (!token || Date.now() > token.expiresAt) {
    const pending = fetchToken();
    token = { value: pending.then((t) => t.value), expiresAt: Infinity };
    pending.then((t) => (token = { value: Promise.resolve(t.value), expiresAt: t.expiresAt }), () => (token = undefined));
  }
  return token.value;
}

class SpotifyAPI extends RESTDataSource {
  baseURL = `${process.env.SPOTIFY_API_URL}/`;

  async willSendRequest(_path, request) {
    request.headers.authorization = `Bearer ${await accessToken()}`;
  }

  search(query, type, limit) {
    return this.get('search', { params: { q: query, type, limit: String(limit) } });
  }

  artist(id) {
    return this.get(`artists/${encodeURIComponent(id)}`);
  }

  artistAlbums(id, limit) {
    return this.get(`artists/${encodeURIComponent(id)}/albums`, { params: { limit: String(limit) } });
  }
}

const edges = (items) => ({ edges: items.filter(Boolean).map((node) => ({ node })) });

const resolvers = {
  Query: {
    search: (_root, { query }) => ({ query }),
    artist: (_root, { id }, { spotify }) => spotify.artist(id),
  },
  Search: {
    artists: async ({ query }, { first }, { spotify }) => edges((await spotify.search(query, 'artist', first)).artists.items),
  },
  Artist: {
    images: (artist) => artist.images ?? [],
    albums: async (artist, { first }, { spotify }) => edges((await spotify.artistAlbums(artist.id, first)).items),
  },
  Album: {
    releaseDate: (album) => album.release_date || null,
    totalTracks: (album) => album.total_tracks,
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
  context: async () => ({ spotify: new SpotifyAPI() }),
});
console.log(`ready at ${url}`);
