import { AlbumCard } from '../components/AlbumCard';
import { ArtistCard } from '../components/ArtistCard';
import { AudiobookCard } from '../components/AudiobookCard';
import { ConnectionList } from '../components/ConnectionList';
import { EpisodeRow } from '../components/EpisodeRow';
import { PlaylistCard } from '../components/PlaylistCard';
import { ShowCard } from '../components/ShowCard';
import { TrackRow } from '../components/TrackRow';
import { graphql } from '../gql';
import type { SearchKind } from '../router';
import { plural } from '../words';

// One query per kind of result: each tab pages by its own cursor and asks Spotify for its kind only.


const SearchArtistsQuery = graphql(`
  query SearchArtists($query: String!, $after: String) {
    search(query: $query) {
      artists(first: 20, after: $after) {
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
const SearchAlbumsQuery = graphql(`
  query SearchAlbums($query: String!, $after: String) {
    search(query: $query) {
      albums(first: 20, after: $after) {
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
const SearchTracksQuery = graphql(`
  query SearchTracks($query: String!, $after: String) {
    search(query: $query) {
      tracks(first: 20, after: $after) {
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
const SearchPlaylistsQuery = graphql(`
  query SearchPlaylists($query: String!, $after: String) {
    search(query: $query) {
      playlists(first: 20, after: $after) {
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
const SearchShowsQuery = graphql(`
  query SearchShows($query: String!, $after: String) {
    search(query: $query) {
      shows(first: 20, after: $after) {
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
const SearchEpisodesQuery = graphql(`
  query SearchEpisodes($query: String!, $after: String) {
    search(query: $query) {
      episodes(first: 20, after: $after) {
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
const SearchAudiobooksQuery = graphql(`
  query SearchAudiobooks($query: String!, $after: String) {
    search(query: $query) {
      audiobooks(first: 20, after: $after) {
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

/** The tab's label, and the word its count uses. */
export const SEARCH_TABS: Record<SearchKind, { label: string; one: string }> = {
  artists: { label: 'Artists', one: 'artist' },
  albums: { label: 'Albums', one: 'album' },
  tracks: { label: 'Songs', one: 'song' },
  playlists: { label: 'Playlists', one: 'playlist' },
  shows: { label: 'Podcasts', one: 'podcast' },
  episodes: { label: 'Episodes', one: 'episode' },
  audiobooks: { label: 'Audiobooks', one: 'audiobook' },
};

/** The results of one tab, paged by its own cursor as the end scrolls into view. */
export function SearchResults({ query, kind }: { query: string; kind: SearchKind }) {
  const { one } = SEARCH_TABS[kind];
  const common = {
    name: `search:${kind}:${query}`,
    variables: { query },
    empty: `No ${one} matches “${query}”.`,
    count: (total: number) => plural(total, one),
  };
  switch (kind) {
    case 'artists':
      return <ConnectionList {...common} query={SearchArtistsQuery} connection={(d) => d.search?.artists} item={(n) => <ArtistCard artist={n} />} layout="grid" />;
    case 'albums':
      return <ConnectionList {...common} query={SearchAlbumsQuery} connection={(d) => d.search?.albums} item={(n) => <AlbumCard album={n} />} layout="grid" />;
    case 'tracks':
      return <ConnectionList {...common} query={SearchTracksQuery} connection={(d) => d.search?.tracks} item={(n) => <TrackRow track={n} position={null} showAlbum />} layout="rows" />;
    case 'playlists':
      return <ConnectionList {...common} query={SearchPlaylistsQuery} connection={(d) => d.search?.playlists} item={(n) => <PlaylistCard playlist={n} />} layout="grid" />;
    case 'shows':
      return <ConnectionList {...common} query={SearchShowsQuery} connection={(d) => d.search?.shows} item={(n) => <ShowCard show={n} />} layout="grid" />;
    case 'episodes':
      return <ConnectionList {...common} query={SearchEpisodesQuery} connection={(d) => d.search?.episodes} item={(n) => <EpisodeRow episode={n} showShow />} layout="rows" />;
    case 'audiobooks':
      return <ConnectionList {...common} query={SearchAudiobooksQuery} connection={(d) => d.search?.audiobooks} item={(n) => <AudiobookCard audiobook={n} />} layout="grid" />;
  }
}
