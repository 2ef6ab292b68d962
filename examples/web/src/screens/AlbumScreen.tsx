import { useQuery } from 'urql';
import { InfiniteList, type LoadMore } from '../components/InfiniteList';
import { PageEnd } from '../components/PageEnd';
import { Picture } from '../components/Picture';
import { Unavailable } from '../components/Unavailable';
import { TrackRow } from '../components/TrackRow';
import { PlayButton } from '../player/PlayButtons';
import { graphql } from '../gql';
import { href } from '../router';

const AlbumQuery = graphql(`
  query Album($id: ID!) {
    album(id: $id) {
      id
      name
      albumType
      releaseDate
      totalTracks
      spotifyUrl
      images {
        ...Picture
      }
      artists {
        id
        name
      }
    }
  }
`);

const AlbumTracksQuery = graphql(`
  query AlbumTracks($id: ID!, $after: String) {
    album(id: $id) {
      id
      tracks(first: 50, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...TrackRow
          }
        }
      }
    }
  }
`);

export function AlbumScreen({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: AlbumQuery, variables: { id } });
  const album = result.data?.album;
  if (!album) return <Unavailable what="album" fetching={result.fetching} error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  return (
    <main>
      <section className="hero">
        <Picture images={album.images} size={240} alt="" />
        <div>
          <h1>{album.name}</h1>
          <p className="detail">
            {album.artists.map((artist, index) => (
              <span key={artist.id}>
                {index > 0 && ', '}
                <a href={href({ screen: 'artist', id: artist.id })}>{artist.name}</a>
              </span>
            ))}
          </p>
          <p className="detail">
            {[album.albumType, album.releaseDate, `${album.totalTracks} tracks`].filter(Boolean).join(' · ')}
          </p>
          <PlayButton context={`spotify:album:${album.id}`} label={`Play ${album.name}`} />
          {album.spotifyUrl && <a href={album.spotifyUrl}>Open in Spotify</a>}
        </div>
      </section>
      <div className="tracks" role="list">
        <InfiniteList page={(after, loadMore) => <TracksPage id={id} after={after} loadMore={loadMore} />} />
      </div>
    </main>
  );
}

function TracksPage({ id, after, loadMore }: { id: string; after: string | null; loadMore?: LoadMore }) {
  const [result, reexecute] = useQuery({ query: AlbumTracksQuery, variables: { id, after } });
  const tracks = result.data?.album?.tracks;
  return (
    <>
      {tracks?.edges.map((edge) => <TrackRow key={edge.cursor} track={edge.node} />)}
      <PageEnd
        fetching={result.fetching}
        error={result.error}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
        pageInfo={tracks?.pageInfo}
        loadMore={loadMore}
      />
    </>
  );
}
