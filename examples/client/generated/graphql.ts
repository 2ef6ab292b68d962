/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What kind of release an album is, as Spotify files it. */
export type AlbumType =
  /** A full-length album. */
  | 'ALBUM'
  /** A compilation of earlier recordings, often by several artists. */
  | 'COMPILATION'
  /** A single or an EP (Spotify files EPs as singles). */
  | 'SINGLE';

/** How precisely Spotify knows a release date: `releaseDate` then reads "2013", "2013-06" or "2013-06-13". */
export type ReleaseDatePrecision =
  /** The exact day is known ("2013-06-13"). */
  | 'DAY'
  /** The year and month are known ("2013-06"). */
  | 'MONTH'
  /** Only the year is known ("2013"). */
  | 'YEAR';

export type AlbumWithTracksQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type AlbumWithTracksQuery = { album: { id: string, name: string, albumType: AlbumType, releaseDate: string | null, totalTracks: number, tracks: { totalCount: number, edges: Array<{ node: { id: string, name: string, durationMs: number, trackNumber: number | null, artists: Array<{ id: string, name: string }> } }> } | null } | null };

export type AudiobookWithChaptersQueryVariables = Exact<{
  id: string | number;
  market?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type AudiobookWithChaptersQuery = { audiobook: { id: string, name: string, authors: Array<string>, narrators: Array<string>, totalChapters: number, chapters: { edges: Array<{ node: { id: string, name: string, chapterNumber: number, durationMs: number } }> } | null } | null };

export type ChapterWithAudiobookQueryVariables = Exact<{
  id: string | number;
  market?: string | null | undefined;
}>;


export type ChapterWithAudiobookQuery = { chapter: { id: string, name: string, chapterNumber: number, audiobook: { id: string, name: string } | null } | null };

export type LookupLinkQueryVariables = Exact<{
  link: string;
}>;


export type LookupLinkQuery = { lookup:
    | { __typename: 'Album', id: string, name: string, albumType: AlbumType }
    | { __typename: 'Artist', id: string, name: string }
    | { __typename: 'Audiobook', id: string, name: string }
    | { __typename: 'Chapter', id: string, name: string }
    | { __typename: 'Episode', id: string, name: string }
    | { __typename: 'Playlist', id: string, name: string }
    | { __typename: 'Show', id: string, name: string }
    | { __typename: 'Track', id: string, name: string }
   | null };

export type PlaylistWithItemsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlaylistWithItemsQuery = { playlist: { id: string, name: string, description: string | null, followers: number | null, owner: { id: string, displayName: string | null }, images: Array<{ url: string, width: number | null, height: number | null }> | null, items: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ addedAt: string | null, node:
          | { __typename: 'Episode', id: string, name: string, durationMs: number, show: { name: string } | null }
          | { __typename: 'Track', id: string, name: string, durationMs: number, artists: Array<{ name: string }> }
         }> } | null } | null };

export type SearchArtistsQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchArtistsQuery = { search: { artists: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, images: Array<{ url: string, width: number | null, height: number | null }> | null } }> } | null } | null };

export type SearchSpokenAndPlaylistsQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type SearchSpokenAndPlaylistsQuery = { search: { playlists: { totalCount: number, edges: Array<{ node: { id: string, name: string, owner: { displayName: string | null } } }> } | null, shows: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } | null, episodes: { totalCount: number, edges: Array<{ node: { id: string, name: string, releaseDate: string | null } }> } | null, audiobooks: { totalCount: number, edges: Array<{ node: { id: string, name: string, authors: Array<string> } }> } | null } | null };

export type ShowWithEpisodesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type ShowWithEpisodesQuery = { show: { id: string, name: string, publisher: string | null, totalEpisodes: number, episodes: { edges: Array<{ node: { id: string, name: string, releaseDate: string | null, releaseDatePrecision: ReleaseDatePrecision | null, durationMs: number } }> } | null } | null };

export type EpisodeWithShowQueryVariables = Exact<{
  id: string | number;
}>;


export type EpisodeWithShowQuery = { episode: { id: string, name: string, description: string | null, releaseDate: string | null, show: { id: string, name: string } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AlbumWithTracksDocument = new TypedDocumentString(`
    query AlbumWithTracks($id: ID!, $first: Int) {
  album(id: $id) {
    id
    name
    albumType
    releaseDate
    totalTracks
    tracks(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          durationMs
          trackNumber
          artists {
            id
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:c199dc43829042bf2ebd1fafd7bb7f17e1cdbffa5b9c76c3652b6259903dab98"}) as unknown as TypedDocumentString<AlbumWithTracksQuery, AlbumWithTracksQueryVariables>;
export const AudiobookWithChaptersDocument = new TypedDocumentString(`
    query AudiobookWithChapters($id: ID!, $market: String, $first: Int) {
  audiobook(id: $id, market: $market) {
    id
    name
    authors
    narrators
    totalChapters
    chapters(first: $first) {
      edges {
        node {
          id
          name
          chapterNumber
          durationMs
        }
      }
    }
  }
}
    `, {"hash":"sha256:a3b0f1ac540dc128137976c94abb019ef25c34221e9673ef04afbdd4547de072"}) as unknown as TypedDocumentString<AudiobookWithChaptersQuery, AudiobookWithChaptersQueryVariables>;
export const ChapterWithAudiobookDocument = new TypedDocumentString(`
    query ChapterWithAudiobook($id: ID!, $market: String) {
  chapter(id: $id, market: $market) {
    id
    name
    chapterNumber
    audiobook {
      id
      name
    }
  }
}
    `, {"hash":"sha256:215caad7670247e75144fc6301b96947c4fafe01f72405bfd58058ee0566bf65"}) as unknown as TypedDocumentString<ChapterWithAudiobookQuery, ChapterWithAudiobookQueryVariables>;
export const LookupLinkDocument = new TypedDocumentString(`
    query LookupLink($link: String!) {
  lookup(link: $link) {
    __typename
    ... on Artist {
      id
      name
    }
    ... on Album {
      id
      name
      albumType
    }
    ... on Track {
      id
      name
    }
    ... on Playlist {
      id
      name
    }
    ... on Show {
      id
      name
    }
    ... on Episode {
      id
      name
    }
    ... on Audiobook {
      id
      name
    }
    ... on Chapter {
      id
      name
    }
  }
}
    `, {"hash":"sha256:394213ac3fc5dc8fc46025622fe88882adc59a035cc1801ce35d3ec5ecef691f"}) as unknown as TypedDocumentString<LookupLinkQuery, LookupLinkQueryVariables>;
export const PlaylistWithItemsDocument = new TypedDocumentString(`
    query PlaylistWithItems($id: ID!, $first: Int, $after: String) {
  playlist(id: $id) {
    id
    name
    description
    owner {
      id
      displayName
    }
    followers
    images {
      url
      width
      height
    }
    items(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        addedAt
        node {
          __typename
          ... on Track {
            id
            name
            durationMs
            artists {
              name
            }
          }
          ... on Episode {
            id
            name
            durationMs
            show {
              name
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:52ff72d132a4d2c59f7922cef9f4e629eac746e5f0244570584bff626da7b919"}) as unknown as TypedDocumentString<PlaylistWithItemsQuery, PlaylistWithItemsQueryVariables>;
export const SearchArtistsDocument = new TypedDocumentString(`
    query SearchArtists($query: String!, $first: Int, $after: String) {
  search(query: $query) {
    artists(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          images {
            url
            width
            height
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:73273d931fdf39da98a21724beb1c58e11e72e272a8fe38b90ac5525365f6a4b"}) as unknown as TypedDocumentString<SearchArtistsQuery, SearchArtistsQueryVariables>;
export const SearchSpokenAndPlaylistsDocument = new TypedDocumentString(`
    query SearchSpokenAndPlaylists($query: String!, $first: Int) {
  search(query: $query) {
    playlists(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          owner {
            displayName
          }
        }
      }
    }
    shows(first: $first) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    episodes(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          releaseDate
        }
      }
    }
    audiobooks(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          authors
        }
      }
    }
  }
}
    `, {"hash":"sha256:30371f8155ae793a0e76c25f82896d923be2163fc3070b83036da8bcb4fe45fd"}) as unknown as TypedDocumentString<SearchSpokenAndPlaylistsQuery, SearchSpokenAndPlaylistsQueryVariables>;
export const ShowWithEpisodesDocument = new TypedDocumentString(`
    query ShowWithEpisodes($id: ID!, $first: Int) {
  show(id: $id) {
    id
    name
    publisher
    totalEpisodes
    episodes(first: $first) {
      edges {
        node {
          id
          name
          releaseDate
          releaseDatePrecision
          durationMs
        }
      }
    }
  }
}
    `, {"hash":"sha256:05216bba2ed34ada7c662967de55896ccd1e62aa7dab8376729e0b1be9f17dba"}) as unknown as TypedDocumentString<ShowWithEpisodesQuery, ShowWithEpisodesQueryVariables>;
export const EpisodeWithShowDocument = new TypedDocumentString(`
    query EpisodeWithShow($id: ID!) {
  episode(id: $id) {
    id
    name
    description
    releaseDate
    show {
      id
      name
    }
  }
}
    `, {"hash":"sha256:6036da9b9b4b369f04ee082c8c3971e445a92a8666a8b4d8109cbeb985f658ef"}) as unknown as TypedDocumentString<EpisodeWithShowQuery, EpisodeWithShowQueryVariables>;