import { useQuery } from 'urql';
import { ConnectionList } from '../components/ConnectionList';
import { EpisodeRow } from '../components/EpisodeRow';
import { Hero } from '../components/Hero';
import { SaveToggle } from '../components/SaveToggle';
import { SignInButton } from '../components/SignInButton';
import { TrackRow } from '../components/TrackRow';
import { Unavailable } from '../components/Unavailable';
import { graphql } from '../gql';
import { useSession } from '../session';
import { useTitle } from '../useTitle';
import { plural } from '../words';

const PlaylistQuery = graphql(`
  query Playlist($id: ID!) {
    playlist(id: $id) {
      id
      uri
      name
      description
      followers
      spotifyUrl
      owner {
        id
        displayName
      }
      images {
        ...Picture
      }
    }
  }
`);

const PlaylistItemsQuery = graphql(`
  query PlaylistItems($id: ID!, $after: String) {
    playlist(id: $id) {
      id
      items(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            __typename
            ... on Track {
              ...TrackRow
            }
            ... on Episode {
              ...EpisodeRow
            }
          }
        }
      }
    }
  }
`);

export function PlaylistScreen({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: PlaylistQuery, variables: { id } });
  const playlist = result.data?.playlist;
  useTitle(playlist?.name, 'Playlist');
  if (!playlist) return <Unavailable what="playlist" fetching={result.fetching} error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const owner = playlist.owner.displayName ?? playlist.owner.id;
  return (
    <main>
      <Hero kind="Playlist" name={playlist.name} images={playlist.images} spotifyUrl={playlist.spotifyUrl} actions={<SaveToggle uri={playlist.uri} verb="follow" />}>
        {playlist.description && <p className="detail">{playlist.description}</p>}
        <p className="detail">{[`By ${owner}`, playlist.followers != null ? plural(playlist.followers, 'follower') : undefined].filter(Boolean).join(' · ')}</p>
      </Hero>
      <ConnectionList
        name={`playlist:${id}`}
        query={PlaylistItemsQuery}
        variables={{ id }}
        connection={(data) => data.playlist?.items}
        item={(node) => (node.__typename === 'Episode' ? <EpisodeRow episode={node} showShow /> : <TrackRow track={node} position={null} showAlbum />)}
        empty="This playlist is empty."
        count={(total) => plural(total, 'item')}
        layout="rows"
        hiddenWhen={(codes) => codes.includes('FORBIDDEN') && <ItemsHidden owner={owner} />}
      />
    </main>
  );
}

/** Since February 2026 Spotify serves a playlist's items to its owner and collaborators only (Development Mode). */
function ItemsHidden({ owner }: { owner: string }) {
  const session = useSession();
  return (
    <div className="notice">
      <p>
        Spotify shows this playlist’s tracks only to its owner ({owner}) and its collaborators
        {session ? ', and you are neither.' : '. Sign in as one of them to see them.'}
      </p>
      {!session && <SignInButton />}
    </div>
  );
}
