import { useQuery } from 'urql';
import { AlbumCard } from '../components/AlbumCard';
import { ConnectionList } from '../components/ConnectionList';
import { ErrorNotice } from '../components/ErrorNotice';
import { Hero } from '../components/Hero';
import { SaveToggle } from '../components/SaveToggle';
import { TrackRow } from '../components/TrackRow';
import { Unavailable } from '../components/Unavailable';
import { graphql } from '../gql';
import type { AlbumGroup } from '../gql/graphql';
import { appSettings } from '../settings';
import { useTitle } from '../useTitle';
import { plural } from '../words';

const ArtistQuery = graphql(`
  query Artist($id: ID!) {
    artist(id: $id) {
      id
      uri
      name
      genres
      followers
      spotifyUrl
      images {
        ...Picture
      }
    }
  }
`);

const ArtistTopTracksQuery = graphql(`
  query ArtistTopTracks($id: ID!) {
    artist(id: $id) {
      id
      topTracks {
        id
        ...TrackRow
      }
    }
  }
`);

const ArtistAlbumsQuery = graphql(`
  query ArtistAlbums($id: ID!, $groups: [AlbumGroup!], $after: String) {
    artist(id: $id) {
      id
      albums(first: 20, after: $after, includeGroups: $groups) {
        totalCount
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

/** The sections of an artist's discography, as Spotify's apps show them. */
const SECTIONS: { group: AlbumGroup; title: string; empty: string }[] = [
  { group: 'ALBUM', title: 'Albums', empty: 'No albums.' },
  { group: 'SINGLE', title: 'Singles and EPs', empty: 'No singles or EPs.' },
  { group: 'COMPILATION', title: 'Compilations', empty: 'No compilations.' },
  { group: 'APPEARS_ON', title: 'Appears On', empty: 'Appears on no other artist’s releases.' },
];

export function ArtistScreen({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: ArtistQuery, variables: { id } });
  const artist = result.data?.artist;
  useTitle(artist?.name, 'Artist');
  if (!artist) return <Unavailable what="artist" fetching={result.fetching} error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const details = [artist.followers != null ? plural(artist.followers, 'follower') : undefined, artist.genres?.join(', ')].filter(Boolean).join(' · ');
  return (
    <main>
      <Hero kind="Artist" name={artist.name} images={artist.images} spotifyUrl={artist.spotifyUrl} round actions={<SaveToggle uri={artist.uri} artistId={artist.id} verb="follow" />}>
        {details && <p className="detail">{details}</p>}
      </Hero>
      <h2>Popular</h2>
      <TopTracks id={id} />
      {SECTIONS.map(({ group, title, empty }) => (
        <section key={group} aria-label={title}>
          <h2>{title}</h2>
          <ConnectionList
            name={`artist:${id}:${group}`}
            query={ArtistAlbumsQuery}
            variables={{ id, groups: [group] }}
            connection={(data) => data.artist?.albums}
            item={(album) => <AlbumCard album={album} />}
            empty={empty}
            layout="grid"
          />
        </section>
      ))}
    </main>
  );
}

/** Top tracks where the app's mode has them; Development Mode apps no longer get them from Spotify. */
function TopTracks({ id }: { id: string }) {
  const extended = appSettings().appMode === 'extended';
  const [result, reexecute] = useQuery({ query: ArtistTopTracksQuery, variables: { id }, pause: !extended });
  if (!extended) {
    return <p className="status">Spotify no longer gives apps in Development Mode an artist’s top tracks, so this gateway cannot show them.</p>;
  }
  if (result.error) return <ErrorNotice error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const tracks = result.data?.artist?.topTracks;
  if (!tracks) return <p className="status">Loading…</p>;
  return (
    <div className="rows" role="list">
      {tracks.slice(0, 10).map((track, index) => (
        <div role="listitem" className="item" key={track.id}>
          <TrackRow track={track} position={index + 1} showAlbum />
        </div>
      ))}
    </div>
  );
}
