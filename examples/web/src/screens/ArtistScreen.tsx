import { useQuery } from 'urql';
import { AlbumCard } from '../components/AlbumCard';
import { InfiniteList, type LoadMore } from '../components/InfiniteList';
import { PageEnd } from '../components/PageEnd';
import { Picture } from '../components/Picture';
import { Unavailable } from '../components/Unavailable';
import { graphql } from '../gql';

const ArtistQuery = graphql(`
  query Artist($id: ID!) {
    artist(id: $id) {
      id
      name
      genres
      spotifyUrl
      images {
        ...Picture
      }
    }
  }
`);

const ArtistAlbumsQuery = graphql(`
  query ArtistAlbums($id: ID!, $after: String) {
    artist(id: $id) {
      id
      albums(first: 20, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...AlbumCard
          }
        }
      }
    }
  }
`);

export function ArtistScreen({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: ArtistQuery, variables: { id } });
  const artist = result.data?.artist;
  if (!artist) return <Unavailable what="artist" fetching={result.fetching} error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  return (
    <main>
      <section className="hero">
        <Picture images={artist.images} size={240} alt="" />
        <div>
          <h1>{artist.name}</h1>
          {artist.genres && artist.genres.length > 0 && <p className="detail">{artist.genres.join(', ')}</p>}
          {artist.spotifyUrl && <a href={artist.spotifyUrl}>Open in Spotify</a>}
        </div>
      </section>
      <h2>Albums</h2>
      <div className="grid">
        <InfiniteList page={(after, loadMore) => <AlbumsPage id={id} after={after} loadMore={loadMore} />} />
      </div>
    </main>
  );
}

function AlbumsPage({ id, after, loadMore }: { id: string; after: string | null; loadMore?: LoadMore }) {
  const [result, reexecute] = useQuery({ query: ArtistAlbumsQuery, variables: { id, after } });
  const albums = result.data?.artist?.albums;
  return (
    <>
      {after === null && albums?.edges.length === 0 && <p className="status">No albums.</p>}
      {albums?.edges.map((edge) => <AlbumCard key={edge.cursor} album={edge.node} />)}
      <PageEnd
        fetching={result.fetching}
        error={result.error}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
        pageInfo={albums?.pageInfo}
        loadMore={loadMore}
      />
    </>
  );
}
