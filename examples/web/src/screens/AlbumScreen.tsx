import { useQuery } from 'urql';
import { ConnectionList } from '../components/ConnectionList';
import { Hero } from '../components/Hero';
import { SaveToggle } from '../components/SaveToggle';
import { TrackRow } from '../components/TrackRow';
import { Unavailable } from '../components/Unavailable';
import { graphql } from '../gql';
import { href } from '../router';
import { useTitle } from '../useTitle';
import { albumTypeWords, longDuration, plural, releaseDateWords } from '../words';

const AlbumQuery = graphql(`
  query Album($id: ID!) {
    album(id: $id) {
      id
      uri
      name
      albumType
      releaseDate
      releaseDatePrecision
      totalTracks
      label
      copyrights {
        text
        type
      }
      spotifyUrl
      images {
        ...Picture
      }
      artists {
        id
        name
      }
      tracks(first: 50) {
        totalCount
        edges {
          node {
            durationMs
          }
        }
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
  useTitle(album?.name, album && albumTypeWords(album.albumType));
  if (!album) return <Unavailable what="album" fetching={result.fetching} error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const lengths = album.tracks?.edges.map((edge) => edge.node.durationMs) ?? [];
  // The length of the whole album, when every track is in the first page (nearly every album).
  const length = album.tracks && lengths.length === album.tracks.totalCount ? longDuration(lengths.reduce((sum, ms) => sum + ms, 0)) : undefined;
  return (
    <main>
      <Hero kind={albumTypeWords(album.albumType)} name={album.name} images={album.images} spotifyUrl={album.spotifyUrl} actions={<SaveToggle uri={album.uri} verb="save" />}>
        <p className="detail">
          {album.artists.map((artist, index) => (
            <span key={artist.id}>
              {index > 0 && ', '}
              <a href={href({ screen: 'artist', id: artist.id })}>{artist.name}</a>
            </span>
          ))}
        </p>
        <p className="detail">
          {[releaseDateWords(album.releaseDate, album.releaseDatePrecision), plural(album.totalTracks, 'track'), length].filter(Boolean).join(' · ')}
        </p>
      </Hero>
      <ConnectionList
        name={`album:${id}`}
        query={AlbumTracksQuery}
        variables={{ id }}
        connection={(data) => data.album?.tracks}
        item={(track) => <TrackRow track={track} />}
        empty="This album has no tracks."
        layout="rows"
      />
      <footer className="credits">
        {album.label && <p>Label: {album.label}</p>}
        {album.copyrights?.map((copyright) => (
          <p key={copyright.type + copyright.text}>{copyright.text}</p>
        ))}
      </footer>
    </main>
  );
}
