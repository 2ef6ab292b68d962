import { useState } from 'react';
import { useMutation } from 'urql';
import { AlbumCard } from '../components/AlbumCard';
import { ArtistCard } from '../components/ArtistCard';
import { AudiobookCard } from '../components/AudiobookCard';
import { ConnectionList } from '../components/ConnectionList';
import { EpisodeRow } from '../components/EpisodeRow';
import { PlaylistCard } from '../components/PlaylistCard';
import { ShowCard } from '../components/ShowCard';
import { SignInButton } from '../components/SignInButton';
import { TrackRow } from '../components/TrackRow';
import { wordsFor } from '../error-words';
import { graphql } from '../gql';
import { href, LIBRARY_SECTIONS, navigate, type LibrarySection } from '../router';
import { useSession } from '../session';
import { useTitle } from '../useTitle';
import { plural } from '../words';


const SavedTracksQuery = graphql(`
  query SavedTracks($after: String) {
    me {
      id
      savedTracks(first: 50, after: $after) {
        totalCount
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
const SavedAlbumsQuery = graphql(`
  query SavedAlbums($after: String) {
    me {
      id
      savedAlbums(first: 50, after: $after) {
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
const MyPlaylistsQuery = graphql(`
  query MyPlaylists($after: String) {
    me {
      id
      playlists(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...PlaylistCard
          }
        }
      }
    }
  }
`);
const FollowedArtistsQuery = graphql(`
  query FollowedArtists($after: String) {
    me {
      id
      followedArtists(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...ArtistCard
          }
        }
      }
    }
  }
`);
const SavedShowsQuery = graphql(`
  query SavedShows($after: String) {
    me {
      id
      savedShows(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...ShowCard
          }
        }
      }
    }
  }
`);
const SavedEpisodesQuery = graphql(`
  query SavedEpisodes($after: String) {
    me {
      id
      savedEpisodes(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...EpisodeRow
          }
        }
      }
    }
  }
`);
const SavedAudiobooksQuery = graphql(`
  query SavedAudiobooks($after: String) {
    me {
      id
      savedAudiobooks(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...AudiobookCard
          }
        }
      }
    }
  }
`);
const CreatePlaylistMutation = graphql(`
  mutation CreatePlaylist($name: String!) {
    createPlaylist(name: $name, public: false) {
      id
    }
  }
`);

const SECTION_LABELS: Record<LibrarySection, { label: string; one: string }> = {
  tracks: { label: 'Liked songs', one: 'song' },
  albums: { label: 'Albums', one: 'album' },
  playlists: { label: 'Playlists', one: 'playlist' },
  artists: { label: 'Artists', one: 'artist' },
  shows: { label: 'Podcasts', one: 'podcast' },
  episodes: { label: 'Episodes', one: 'episode' },
  audiobooks: { label: 'Audiobooks', one: 'audiobook' },
};

export function LibraryScreen({ section }: { section: LibrarySection }) {
  const session = useSession();
  const { label } = SECTION_LABELS[section];
  useTitle(label, 'Your library');
  if (!session) {
    return (
      <main>
        <h1>Your library</h1>
        <p>Sign in to see the songs, albums, playlists, artists, podcasts and audiobooks you keep on Spotify.</p>
        <SignInButton />
      </main>
    );
  }
  return (
    <main>
      <h1>Your library</h1>
      <nav className="tabs" aria-label="Library sections">
        {LIBRARY_SECTIONS.map((each) => (
          <a key={each} className="tab" href={href({ screen: 'library', section: each })} aria-current={each === section ? 'page' : undefined}>
            {SECTION_LABELS[each].label}
          </a>
        ))}
      </nav>
      {section === 'playlists' && <NewPlaylist />}
      <Section key={section} section={section} />
    </main>
  );
}

function Section({ section }: { section: LibrarySection }) {
  const { one } = SECTION_LABELS[section];
  const common = { name: `library:${section}`, variables: {}, fresh: true, empty: `No ${one}s here yet.`, count: (total: number) => plural(total, one) };
  switch (section) {
    case 'tracks':
      return <ConnectionList {...common} query={SavedTracksQuery} connection={(d) => d.me?.savedTracks} item={(n) => <TrackRow track={n} position={null} showAlbum />} layout="rows" />;
    case 'albums':
      return <ConnectionList {...common} query={SavedAlbumsQuery} connection={(d) => d.me?.savedAlbums} item={(n) => <AlbumCard album={n} />} layout="grid" />;
    case 'playlists':
      return <ConnectionList {...common} query={MyPlaylistsQuery} connection={(d) => d.me?.playlists} item={(n) => <PlaylistCard playlist={n} />} layout="grid" />;
    case 'artists':
      return <ConnectionList {...common} query={FollowedArtistsQuery} connection={(d) => d.me?.followedArtists} item={(n) => <ArtistCard artist={n} />} layout="grid" />;
    case 'shows':
      return <ConnectionList {...common} query={SavedShowsQuery} connection={(d) => d.me?.savedShows} item={(n) => <ShowCard show={n} />} layout="grid" />;
    case 'episodes':
      return <ConnectionList {...common} query={SavedEpisodesQuery} connection={(d) => d.me?.savedEpisodes} item={(n) => <EpisodeRow episode={n} showShow />} layout="rows" />;
    case 'audiobooks':
      return <ConnectionList {...common} query={SavedAudiobooksQuery} connection={(d) => d.me?.savedAudiobooks} item={(n) => <AudiobookCard audiobook={n} />} layout="grid" />;
  }
}

/** Creates a private playlist and opens it. */
function NewPlaylist() {
  const [name, setName] = useState('');
  const [creating, create] = useMutation(CreatePlaylistMutation);
  const [problem, setProblem] = useState<string>();
  return (
    <form
      className="new-playlist"
      onSubmit={async (event) => {
        event.preventDefault();
        const answer = await create({ name: name.trim() });
        const id = answer.data?.createPlaylist?.id;
        if (id) navigate(href({ screen: 'playlist', id }));
        else setProblem(`Could not create it. ${wordsFor(answer.error?.graphQLErrors[0]?.extensions.code)}`);
      }}
    >
      <input aria-label="New playlist’s name" placeholder="New playlist’s name" value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
      <button type="submit" disabled={!name.trim() || creating.fetching}>
        Create playlist
      </button>
      {problem && <span role="alert">{problem}</span>}
    </form>
  );
}
