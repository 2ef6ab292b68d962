/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MyPlaylistsToAddTo {\n    me {\n      id\n      playlists(first: 50) {\n        edges {\n          node {\n            id\n            name\n            owner {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyPlaylistsToAddToDocument,
    "\n  mutation AddPlaylistItems($playlistId: ID!, $links: [String!]!) {\n    addPlaylistItems(playlistId: $playlistId, links: $links)\n  }\n": typeof types.AddPlaylistItemsDocument,
    "\n  fragment AlbumCard on Album {\n    id\n    name\n    albumType\n    releaseDate\n    images {\n      ...Picture\n    }\n  }\n": typeof types.AlbumCardFragmentDoc,
    "\n  fragment ArtistCard on Artist {\n    id\n    name\n    images {\n      ...Picture\n    }\n  }\n": typeof types.ArtistCardFragmentDoc,
    "\n  fragment AudiobookCard on Audiobook {\n    id\n    name\n    authors\n    images {\n      ...Picture\n    }\n  }\n": typeof types.AudiobookCardFragmentDoc,
    "\n  fragment ChapterRow on Chapter {\n    id\n    name\n    chapterNumber\n    durationMs\n  }\n": typeof types.ChapterRowFragmentDoc,
    "\n  fragment EpisodeRow on Episode {\n    id\n    name\n    durationMs\n    releaseDate\n    releaseDatePrecision\n    show {\n      id\n      name\n    }\n  }\n": typeof types.EpisodeRowFragmentDoc,
    "\n  fragment Picture on Image {\n    url\n    width\n    height\n  }\n": typeof types.PictureFragmentDoc,
    "\n  fragment PlaylistCard on Playlist {\n    id\n    name\n    owner {\n      id\n      displayName\n    }\n    images {\n      ...Picture\n    }\n  }\n": typeof types.PlaylistCardFragmentDoc,
    "\n  query IsSaved($links: [String!]!) {\n    isSaved(links: $links)\n  }\n": typeof types.IsSavedDocument,
    "\n  mutation SaveToLibrary($links: [String!]!) {\n    saveToLibrary(links: $links)\n  }\n": typeof types.SaveToLibraryDocument,
    "\n  mutation RemoveFromLibrary($links: [String!]!) {\n    removeFromLibrary(links: $links)\n  }\n": typeof types.RemoveFromLibraryDocument,
    "\n  mutation FollowArtists($ids: [ID!]!) {\n    followArtists(ids: $ids)\n  }\n": typeof types.FollowArtistsDocument,
    "\n  mutation UnfollowArtists($ids: [ID!]!) {\n    unfollowArtists(ids: $ids)\n  }\n": typeof types.UnfollowArtistsDocument,
    "\n  fragment ShowCard on Show {\n    id\n    name\n    publisher\n    images {\n      ...Picture\n    }\n  }\n": typeof types.ShowCardFragmentDoc,
    "\n  fragment TrackRow on Track {\n    id\n    name\n    trackNumber\n    durationMs\n    explicit\n    artists {\n      id\n      name\n    }\n    album {\n      id\n      name\n    }\n  }\n": typeof types.TrackRowFragmentDoc,
    "\n  query Album($id: ID!) {\n    album(id: $id) {\n      id\n      uri\n      name\n      albumType\n      releaseDate\n      releaseDatePrecision\n      totalTracks\n      label\n      copyrights {\n        text\n        type\n      }\n      spotifyUrl\n      images {\n        ...Picture\n      }\n      artists {\n        id\n        name\n      }\n      tracks(first: 50) {\n        totalCount\n        edges {\n          node {\n            durationMs\n          }\n        }\n      }\n    }\n  }\n": typeof types.AlbumDocument,
    "\n  query AlbumTracks($id: ID!, $after: String) {\n    album(id: $id) {\n      id\n      tracks(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.AlbumTracksDocument,
    "\n  query Artist($id: ID!) {\n    artist(id: $id) {\n      id\n      uri\n      name\n      genres\n      followers\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n": typeof types.ArtistDocument,
    "\n  query ArtistTopTracks($id: ID!) {\n    artist(id: $id) {\n      id\n      topTracks {\n        id\n        ...TrackRow\n      }\n    }\n  }\n": typeof types.ArtistTopTracksDocument,
    "\n  query ArtistAlbums($id: ID!, $groups: [AlbumGroup!], $after: String) {\n    artist(id: $id) {\n      id\n      albums(first: 20, after: $after, includeGroups: $groups) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArtistAlbumsDocument,
    "\n  query Audiobook($id: ID!) {\n    audiobook(id: $id) {\n      id\n      uri\n      name\n      authors\n      narrators\n      publisher\n      description\n      edition\n      totalChapters\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n": typeof types.AudiobookDocument,
    "\n  query AudiobookChapters($id: ID!, $after: String) {\n    audiobook(id: $id) {\n      id\n      chapters(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ChapterRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.AudiobookChaptersDocument,
    "\n  query Episode($id: ID!) {\n    episode(id: $id) {\n      id\n      uri\n      name\n      description\n      durationMs\n      explicit\n      releaseDate\n      releaseDatePrecision\n      spotifyUrl\n      images {\n        ...Picture\n      }\n      show {\n        id\n        name\n        publisher\n      }\n    }\n  }\n": typeof types.EpisodeDocument,
    "\n  query SavedTracks($after: String) {\n    me {\n      id\n      savedTracks(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.SavedTracksDocument,
    "\n  query SavedAlbums($after: String) {\n    me {\n      id\n      savedAlbums(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.SavedAlbumsDocument,
    "\n  query MyPlaylists($after: String) {\n    me {\n      id\n      playlists(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PlaylistCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyPlaylistsDocument,
    "\n  query FollowedArtists($after: String) {\n    me {\n      id\n      followedArtists(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.FollowedArtistsDocument,
    "\n  query SavedShows($after: String) {\n    me {\n      id\n      savedShows(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ShowCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.SavedShowsDocument,
    "\n  query SavedEpisodes($after: String) {\n    me {\n      id\n      savedEpisodes(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...EpisodeRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.SavedEpisodesDocument,
    "\n  query SavedAudiobooks($after: String) {\n    me {\n      id\n      savedAudiobooks(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AudiobookCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.SavedAudiobooksDocument,
    "\n  mutation CreatePlaylist($name: String!) {\n    createPlaylist(name: $name, public: false) {\n      id\n    }\n  }\n": typeof types.CreatePlaylistDocument,
    "\n  query Playlist($id: ID!) {\n    playlist(id: $id) {\n      id\n      uri\n      name\n      description\n      followers\n      spotifyUrl\n      owner {\n        id\n        displayName\n      }\n      images {\n        ...Picture\n      }\n    }\n  }\n": typeof types.PlaylistDocument,
    "\n  query PlaylistItems($id: ID!, $after: String) {\n    playlist(id: $id) {\n      id\n      items(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            __typename\n            ... on Track {\n              ...TrackRow\n            }\n            ... on Episode {\n              ...EpisodeRow\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlaylistItemsDocument,
    "\n  query Lookup($link: String!) {\n    lookup(link: $link) {\n      __typename\n      ... on Artist {\n        id\n      }\n      ... on Album {\n        id\n      }\n      ... on Track {\n        id\n      }\n      ... on Playlist {\n        id\n      }\n      ... on Show {\n        id\n      }\n      ... on Episode {\n        id\n      }\n      ... on Audiobook {\n        id\n      }\n      ... on Chapter {\n        audiobook {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LookupDocument,
    "\n  query Show($id: ID!) {\n    show(id: $id) {\n      id\n      uri\n      name\n      publisher\n      description\n      totalEpisodes\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n": typeof types.ShowDocument,
    "\n  query ShowEpisodes($id: ID!, $after: String) {\n    show(id: $id) {\n      id\n      episodes(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...EpisodeRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.ShowEpisodesDocument,
    "\n  query TopArtists($range: TimeRange!, $after: String) {\n    me {\n      id\n      topArtists(first: 20, after: $after, timeRange: $range) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.TopArtistsDocument,
    "\n  query TopTracks($range: TimeRange!, $after: String) {\n    me {\n      id\n      topTracks(first: 20, after: $after, timeRange: $range) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.TopTracksDocument,
    "\n  query RecentlyPlayed($after: String) {\n    me {\n      id\n      recentlyPlayed(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecentlyPlayedDocument,
    "\n  query Track($id: ID!) {\n    track(id: $id) {\n      id\n      uri\n      name\n      durationMs\n      explicit\n      spotifyUrl\n      artists {\n        id\n        name\n      }\n      album {\n        id\n        images {\n          ...Picture\n        }\n        ...AlbumCard\n      }\n    }\n  }\n": typeof types.TrackDocument,
    "\n  query SearchArtists($query: String!, $after: String) {\n    search(query: $query) {\n      artists(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchArtistsDocument,
    "\n  query SearchAlbums($query: String!, $after: String) {\n    search(query: $query) {\n      albums(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchAlbumsDocument,
    "\n  query SearchTracks($query: String!, $after: String) {\n    search(query: $query) {\n      tracks(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchTracksDocument,
    "\n  query SearchPlaylists($query: String!, $after: String) {\n    search(query: $query) {\n      playlists(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PlaylistCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchPlaylistsDocument,
    "\n  query SearchShows($query: String!, $after: String) {\n    search(query: $query) {\n      shows(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ShowCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchShowsDocument,
    "\n  query SearchEpisodes($query: String!, $after: String) {\n    search(query: $query) {\n      episodes(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...EpisodeRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchEpisodesDocument,
    "\n  query SearchAudiobooks($query: String!, $after: String) {\n    search(query: $query) {\n      audiobooks(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AudiobookCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchAudiobooksDocument,
};
const documents: Documents = {
    "\n  query MyPlaylistsToAddTo {\n    me {\n      id\n      playlists(first: 50) {\n        edges {\n          node {\n            id\n            name\n            owner {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyPlaylistsToAddToDocument,
    "\n  mutation AddPlaylistItems($playlistId: ID!, $links: [String!]!) {\n    addPlaylistItems(playlistId: $playlistId, links: $links)\n  }\n": types.AddPlaylistItemsDocument,
    "\n  fragment AlbumCard on Album {\n    id\n    name\n    albumType\n    releaseDate\n    images {\n      ...Picture\n    }\n  }\n": types.AlbumCardFragmentDoc,
    "\n  fragment ArtistCard on Artist {\n    id\n    name\n    images {\n      ...Picture\n    }\n  }\n": types.ArtistCardFragmentDoc,
    "\n  fragment AudiobookCard on Audiobook {\n    id\n    name\n    authors\n    images {\n      ...Picture\n    }\n  }\n": types.AudiobookCardFragmentDoc,
    "\n  fragment ChapterRow on Chapter {\n    id\n    name\n    chapterNumber\n    durationMs\n  }\n": types.ChapterRowFragmentDoc,
    "\n  fragment EpisodeRow on Episode {\n    id\n    name\n    durationMs\n    releaseDate\n    releaseDatePrecision\n    show {\n      id\n      name\n    }\n  }\n": types.EpisodeRowFragmentDoc,
    "\n  fragment Picture on Image {\n    url\n    width\n    height\n  }\n": types.PictureFragmentDoc,
    "\n  fragment PlaylistCard on Playlist {\n    id\n    name\n    owner {\n      id\n      displayName\n    }\n    images {\n      ...Picture\n    }\n  }\n": types.PlaylistCardFragmentDoc,
    "\n  query IsSaved($links: [String!]!) {\n    isSaved(links: $links)\n  }\n": types.IsSavedDocument,
    "\n  mutation SaveToLibrary($links: [String!]!) {\n    saveToLibrary(links: $links)\n  }\n": types.SaveToLibraryDocument,
    "\n  mutation RemoveFromLibrary($links: [String!]!) {\n    removeFromLibrary(links: $links)\n  }\n": types.RemoveFromLibraryDocument,
    "\n  mutation FollowArtists($ids: [ID!]!) {\n    followArtists(ids: $ids)\n  }\n": types.FollowArtistsDocument,
    "\n  mutation UnfollowArtists($ids: [ID!]!) {\n    unfollowArtists(ids: $ids)\n  }\n": types.UnfollowArtistsDocument,
    "\n  fragment ShowCard on Show {\n    id\n    name\n    publisher\n    images {\n      ...Picture\n    }\n  }\n": types.ShowCardFragmentDoc,
    "\n  fragment TrackRow on Track {\n    id\n    name\n    trackNumber\n    durationMs\n    explicit\n    artists {\n      id\n      name\n    }\n    album {\n      id\n      name\n    }\n  }\n": types.TrackRowFragmentDoc,
    "\n  query Album($id: ID!) {\n    album(id: $id) {\n      id\n      uri\n      name\n      albumType\n      releaseDate\n      releaseDatePrecision\n      totalTracks\n      label\n      copyrights {\n        text\n        type\n      }\n      spotifyUrl\n      images {\n        ...Picture\n      }\n      artists {\n        id\n        name\n      }\n      tracks(first: 50) {\n        totalCount\n        edges {\n          node {\n            durationMs\n          }\n        }\n      }\n    }\n  }\n": types.AlbumDocument,
    "\n  query AlbumTracks($id: ID!, $after: String) {\n    album(id: $id) {\n      id\n      tracks(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n": types.AlbumTracksDocument,
    "\n  query Artist($id: ID!) {\n    artist(id: $id) {\n      id\n      uri\n      name\n      genres\n      followers\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n": types.ArtistDocument,
    "\n  query ArtistTopTracks($id: ID!) {\n    artist(id: $id) {\n      id\n      topTracks {\n        id\n        ...TrackRow\n      }\n    }\n  }\n": types.ArtistTopTracksDocument,
    "\n  query ArtistAlbums($id: ID!, $groups: [AlbumGroup!], $after: String) {\n    artist(id: $id) {\n      id\n      albums(first: 20, after: $after, includeGroups: $groups) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n": types.ArtistAlbumsDocument,
    "\n  query Audiobook($id: ID!) {\n    audiobook(id: $id) {\n      id\n      uri\n      name\n      authors\n      narrators\n      publisher\n      description\n      edition\n      totalChapters\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n": types.AudiobookDocument,
    "\n  query AudiobookChapters($id: ID!, $after: String) {\n    audiobook(id: $id) {\n      id\n      chapters(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ChapterRow\n          }\n        }\n      }\n    }\n  }\n": types.AudiobookChaptersDocument,
    "\n  query Episode($id: ID!) {\n    episode(id: $id) {\n      id\n      uri\n      name\n      description\n      durationMs\n      explicit\n      releaseDate\n      releaseDatePrecision\n      spotifyUrl\n      images {\n        ...Picture\n      }\n      show {\n        id\n        name\n        publisher\n      }\n    }\n  }\n": types.EpisodeDocument,
    "\n  query SavedTracks($after: String) {\n    me {\n      id\n      savedTracks(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n": types.SavedTracksDocument,
    "\n  query SavedAlbums($after: String) {\n    me {\n      id\n      savedAlbums(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n": types.SavedAlbumsDocument,
    "\n  query MyPlaylists($after: String) {\n    me {\n      id\n      playlists(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PlaylistCard\n          }\n        }\n      }\n    }\n  }\n": types.MyPlaylistsDocument,
    "\n  query FollowedArtists($after: String) {\n    me {\n      id\n      followedArtists(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n": types.FollowedArtistsDocument,
    "\n  query SavedShows($after: String) {\n    me {\n      id\n      savedShows(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ShowCard\n          }\n        }\n      }\n    }\n  }\n": types.SavedShowsDocument,
    "\n  query SavedEpisodes($after: String) {\n    me {\n      id\n      savedEpisodes(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...EpisodeRow\n          }\n        }\n      }\n    }\n  }\n": types.SavedEpisodesDocument,
    "\n  query SavedAudiobooks($after: String) {\n    me {\n      id\n      savedAudiobooks(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AudiobookCard\n          }\n        }\n      }\n    }\n  }\n": types.SavedAudiobooksDocument,
    "\n  mutation CreatePlaylist($name: String!) {\n    createPlaylist(name: $name, public: false) {\n      id\n    }\n  }\n": types.CreatePlaylistDocument,
    "\n  query Playlist($id: ID!) {\n    playlist(id: $id) {\n      id\n      uri\n      name\n      description\n      followers\n      spotifyUrl\n      owner {\n        id\n        displayName\n      }\n      images {\n        ...Picture\n      }\n    }\n  }\n": types.PlaylistDocument,
    "\n  query PlaylistItems($id: ID!, $after: String) {\n    playlist(id: $id) {\n      id\n      items(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            __typename\n            ... on Track {\n              ...TrackRow\n            }\n            ... on Episode {\n              ...EpisodeRow\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PlaylistItemsDocument,
    "\n  query Lookup($link: String!) {\n    lookup(link: $link) {\n      __typename\n      ... on Artist {\n        id\n      }\n      ... on Album {\n        id\n      }\n      ... on Track {\n        id\n      }\n      ... on Playlist {\n        id\n      }\n      ... on Show {\n        id\n      }\n      ... on Episode {\n        id\n      }\n      ... on Audiobook {\n        id\n      }\n      ... on Chapter {\n        audiobook {\n          id\n        }\n      }\n    }\n  }\n": types.LookupDocument,
    "\n  query Show($id: ID!) {\n    show(id: $id) {\n      id\n      uri\n      name\n      publisher\n      description\n      totalEpisodes\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n": types.ShowDocument,
    "\n  query ShowEpisodes($id: ID!, $after: String) {\n    show(id: $id) {\n      id\n      episodes(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...EpisodeRow\n          }\n        }\n      }\n    }\n  }\n": types.ShowEpisodesDocument,
    "\n  query TopArtists($range: TimeRange!, $after: String) {\n    me {\n      id\n      topArtists(first: 20, after: $after, timeRange: $range) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n": types.TopArtistsDocument,
    "\n  query TopTracks($range: TimeRange!, $after: String) {\n    me {\n      id\n      topTracks(first: 20, after: $after, timeRange: $range) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n": types.TopTracksDocument,
    "\n  query RecentlyPlayed($after: String) {\n    me {\n      id\n      recentlyPlayed(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n": types.RecentlyPlayedDocument,
    "\n  query Track($id: ID!) {\n    track(id: $id) {\n      id\n      uri\n      name\n      durationMs\n      explicit\n      spotifyUrl\n      artists {\n        id\n        name\n      }\n      album {\n        id\n        images {\n          ...Picture\n        }\n        ...AlbumCard\n      }\n    }\n  }\n": types.TrackDocument,
    "\n  query SearchArtists($query: String!, $after: String) {\n    search(query: $query) {\n      artists(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n": types.SearchArtistsDocument,
    "\n  query SearchAlbums($query: String!, $after: String) {\n    search(query: $query) {\n      albums(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n": types.SearchAlbumsDocument,
    "\n  query SearchTracks($query: String!, $after: String) {\n    search(query: $query) {\n      tracks(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n": types.SearchTracksDocument,
    "\n  query SearchPlaylists($query: String!, $after: String) {\n    search(query: $query) {\n      playlists(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PlaylistCard\n          }\n        }\n      }\n    }\n  }\n": types.SearchPlaylistsDocument,
    "\n  query SearchShows($query: String!, $after: String) {\n    search(query: $query) {\n      shows(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ShowCard\n          }\n        }\n      }\n    }\n  }\n": types.SearchShowsDocument,
    "\n  query SearchEpisodes($query: String!, $after: String) {\n    search(query: $query) {\n      episodes(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...EpisodeRow\n          }\n        }\n      }\n    }\n  }\n": types.SearchEpisodesDocument,
    "\n  query SearchAudiobooks($query: String!, $after: String) {\n    search(query: $query) {\n      audiobooks(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AudiobookCard\n          }\n        }\n      }\n    }\n  }\n": types.SearchAudiobooksDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlaylistsToAddTo {\n    me {\n      id\n      playlists(first: 50) {\n        edges {\n          node {\n            id\n            name\n            owner {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPlaylistsToAddTo {\n    me {\n      id\n      playlists(first: 50) {\n        edges {\n          node {\n            id\n            name\n            owner {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlaylistItems($playlistId: ID!, $links: [String!]!) {\n    addPlaylistItems(playlistId: $playlistId, links: $links)\n  }\n"): (typeof documents)["\n  mutation AddPlaylistItems($playlistId: ID!, $links: [String!]!) {\n    addPlaylistItems(playlistId: $playlistId, links: $links)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlbumCard on Album {\n    id\n    name\n    albumType\n    releaseDate\n    images {\n      ...Picture\n    }\n  }\n"): (typeof documents)["\n  fragment AlbumCard on Album {\n    id\n    name\n    albumType\n    releaseDate\n    images {\n      ...Picture\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArtistCard on Artist {\n    id\n    name\n    images {\n      ...Picture\n    }\n  }\n"): (typeof documents)["\n  fragment ArtistCard on Artist {\n    id\n    name\n    images {\n      ...Picture\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AudiobookCard on Audiobook {\n    id\n    name\n    authors\n    images {\n      ...Picture\n    }\n  }\n"): (typeof documents)["\n  fragment AudiobookCard on Audiobook {\n    id\n    name\n    authors\n    images {\n      ...Picture\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChapterRow on Chapter {\n    id\n    name\n    chapterNumber\n    durationMs\n  }\n"): (typeof documents)["\n  fragment ChapterRow on Chapter {\n    id\n    name\n    chapterNumber\n    durationMs\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EpisodeRow on Episode {\n    id\n    name\n    durationMs\n    releaseDate\n    releaseDatePrecision\n    show {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EpisodeRow on Episode {\n    id\n    name\n    durationMs\n    releaseDate\n    releaseDatePrecision\n    show {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Picture on Image {\n    url\n    width\n    height\n  }\n"): (typeof documents)["\n  fragment Picture on Image {\n    url\n    width\n    height\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaylistCard on Playlist {\n    id\n    name\n    owner {\n      id\n      displayName\n    }\n    images {\n      ...Picture\n    }\n  }\n"): (typeof documents)["\n  fragment PlaylistCard on Playlist {\n    id\n    name\n    owner {\n      id\n      displayName\n    }\n    images {\n      ...Picture\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsSaved($links: [String!]!) {\n    isSaved(links: $links)\n  }\n"): (typeof documents)["\n  query IsSaved($links: [String!]!) {\n    isSaved(links: $links)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveToLibrary($links: [String!]!) {\n    saveToLibrary(links: $links)\n  }\n"): (typeof documents)["\n  mutation SaveToLibrary($links: [String!]!) {\n    saveToLibrary(links: $links)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromLibrary($links: [String!]!) {\n    removeFromLibrary(links: $links)\n  }\n"): (typeof documents)["\n  mutation RemoveFromLibrary($links: [String!]!) {\n    removeFromLibrary(links: $links)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowArtists($ids: [ID!]!) {\n    followArtists(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation FollowArtists($ids: [ID!]!) {\n    followArtists(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowArtists($ids: [ID!]!) {\n    unfollowArtists(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation UnfollowArtists($ids: [ID!]!) {\n    unfollowArtists(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShowCard on Show {\n    id\n    name\n    publisher\n    images {\n      ...Picture\n    }\n  }\n"): (typeof documents)["\n  fragment ShowCard on Show {\n    id\n    name\n    publisher\n    images {\n      ...Picture\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackRow on Track {\n    id\n    name\n    trackNumber\n    durationMs\n    explicit\n    artists {\n      id\n      name\n    }\n    album {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TrackRow on Track {\n    id\n    name\n    trackNumber\n    durationMs\n    explicit\n    artists {\n      id\n      name\n    }\n    album {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Album($id: ID!) {\n    album(id: $id) {\n      id\n      uri\n      name\n      albumType\n      releaseDate\n      releaseDatePrecision\n      totalTracks\n      label\n      copyrights {\n        text\n        type\n      }\n      spotifyUrl\n      images {\n        ...Picture\n      }\n      artists {\n        id\n        name\n      }\n      tracks(first: 50) {\n        totalCount\n        edges {\n          node {\n            durationMs\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Album($id: ID!) {\n    album(id: $id) {\n      id\n      uri\n      name\n      albumType\n      releaseDate\n      releaseDatePrecision\n      totalTracks\n      label\n      copyrights {\n        text\n        type\n      }\n      spotifyUrl\n      images {\n        ...Picture\n      }\n      artists {\n        id\n        name\n      }\n      tracks(first: 50) {\n        totalCount\n        edges {\n          node {\n            durationMs\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlbumTracks($id: ID!, $after: String) {\n    album(id: $id) {\n      id\n      tracks(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlbumTracks($id: ID!, $after: String) {\n    album(id: $id) {\n      id\n      tracks(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Artist($id: ID!) {\n    artist(id: $id) {\n      id\n      uri\n      name\n      genres\n      followers\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n"): (typeof documents)["\n  query Artist($id: ID!) {\n    artist(id: $id) {\n      id\n      uri\n      name\n      genres\n      followers\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArtistTopTracks($id: ID!) {\n    artist(id: $id) {\n      id\n      topTracks {\n        id\n        ...TrackRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArtistTopTracks($id: ID!) {\n    artist(id: $id) {\n      id\n      topTracks {\n        id\n        ...TrackRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArtistAlbums($id: ID!, $groups: [AlbumGroup!], $after: String) {\n    artist(id: $id) {\n      id\n      albums(first: 20, after: $after, includeGroups: $groups) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArtistAlbums($id: ID!, $groups: [AlbumGroup!], $after: String) {\n    artist(id: $id) {\n      id\n      albums(first: 20, after: $after, includeGroups: $groups) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Audiobook($id: ID!) {\n    audiobook(id: $id) {\n      id\n      uri\n      name\n      authors\n      narrators\n      publisher\n      description\n      edition\n      totalChapters\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n"): (typeof documents)["\n  query Audiobook($id: ID!) {\n    audiobook(id: $id) {\n      id\n      uri\n      name\n      authors\n      narrators\n      publisher\n      description\n      edition\n      totalChapters\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudiobookChapters($id: ID!, $after: String) {\n    audiobook(id: $id) {\n      id\n      chapters(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ChapterRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AudiobookChapters($id: ID!, $after: String) {\n    audiobook(id: $id) {\n      id\n      chapters(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ChapterRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Episode($id: ID!) {\n    episode(id: $id) {\n      id\n      uri\n      name\n      description\n      durationMs\n      explicit\n      releaseDate\n      releaseDatePrecision\n      spotifyUrl\n      images {\n        ...Picture\n      }\n      show {\n        id\n        name\n        publisher\n      }\n    }\n  }\n"): (typeof documents)["\n  query Episode($id: ID!) {\n    episode(id: $id) {\n      id\n      uri\n      name\n      description\n      durationMs\n      explicit\n      releaseDate\n      releaseDatePrecision\n      spotifyUrl\n      images {\n        ...Picture\n      }\n      show {\n        id\n        name\n        publisher\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedTracks($after: String) {\n    me {\n      id\n      savedTracks(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedTracks($after: String) {\n    me {\n      id\n      savedTracks(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedAlbums($after: String) {\n    me {\n      id\n      savedAlbums(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedAlbums($after: String) {\n    me {\n      id\n      savedAlbums(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlaylists($after: String) {\n    me {\n      id\n      playlists(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PlaylistCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPlaylists($after: String) {\n    me {\n      id\n      playlists(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PlaylistCard\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowedArtists($after: String) {\n    me {\n      id\n      followedArtists(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowedArtists($after: String) {\n    me {\n      id\n      followedArtists(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedShows($after: String) {\n    me {\n      id\n      savedShows(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ShowCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedShows($after: String) {\n    me {\n      id\n      savedShows(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ShowCard\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedEpisodes($after: String) {\n    me {\n      id\n      savedEpisodes(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...EpisodeRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedEpisodes($after: String) {\n    me {\n      id\n      savedEpisodes(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...EpisodeRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedAudiobooks($after: String) {\n    me {\n      id\n      savedAudiobooks(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AudiobookCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedAudiobooks($after: String) {\n    me {\n      id\n      savedAudiobooks(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AudiobookCard\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlaylist($name: String!) {\n    createPlaylist(name: $name, public: false) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlaylist($name: String!) {\n    createPlaylist(name: $name, public: false) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Playlist($id: ID!) {\n    playlist(id: $id) {\n      id\n      uri\n      name\n      description\n      followers\n      spotifyUrl\n      owner {\n        id\n        displayName\n      }\n      images {\n        ...Picture\n      }\n    }\n  }\n"): (typeof documents)["\n  query Playlist($id: ID!) {\n    playlist(id: $id) {\n      id\n      uri\n      name\n      description\n      followers\n      spotifyUrl\n      owner {\n        id\n        displayName\n      }\n      images {\n        ...Picture\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaylistItems($id: ID!, $after: String) {\n    playlist(id: $id) {\n      id\n      items(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            __typename\n            ... on Track {\n              ...TrackRow\n            }\n            ... on Episode {\n              ...EpisodeRow\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlaylistItems($id: ID!, $after: String) {\n    playlist(id: $id) {\n      id\n      items(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            __typename\n            ... on Track {\n              ...TrackRow\n            }\n            ... on Episode {\n              ...EpisodeRow\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lookup($link: String!) {\n    lookup(link: $link) {\n      __typename\n      ... on Artist {\n        id\n      }\n      ... on Album {\n        id\n      }\n      ... on Track {\n        id\n      }\n      ... on Playlist {\n        id\n      }\n      ... on Show {\n        id\n      }\n      ... on Episode {\n        id\n      }\n      ... on Audiobook {\n        id\n      }\n      ... on Chapter {\n        audiobook {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Lookup($link: String!) {\n    lookup(link: $link) {\n      __typename\n      ... on Artist {\n        id\n      }\n      ... on Album {\n        id\n      }\n      ... on Track {\n        id\n      }\n      ... on Playlist {\n        id\n      }\n      ... on Show {\n        id\n      }\n      ... on Episode {\n        id\n      }\n      ... on Audiobook {\n        id\n      }\n      ... on Chapter {\n        audiobook {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Show($id: ID!) {\n    show(id: $id) {\n      id\n      uri\n      name\n      publisher\n      description\n      totalEpisodes\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n"): (typeof documents)["\n  query Show($id: ID!) {\n    show(id: $id) {\n      id\n      uri\n      name\n      publisher\n      description\n      totalEpisodes\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShowEpisodes($id: ID!, $after: String) {\n    show(id: $id) {\n      id\n      episodes(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...EpisodeRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShowEpisodes($id: ID!, $after: String) {\n    show(id: $id) {\n      id\n      episodes(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...EpisodeRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopArtists($range: TimeRange!, $after: String) {\n    me {\n      id\n      topArtists(first: 20, after: $after, timeRange: $range) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TopArtists($range: TimeRange!, $after: String) {\n    me {\n      id\n      topArtists(first: 20, after: $after, timeRange: $range) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopTracks($range: TimeRange!, $after: String) {\n    me {\n      id\n      topTracks(first: 20, after: $after, timeRange: $range) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TopTracks($range: TimeRange!, $after: String) {\n    me {\n      id\n      topTracks(first: 20, after: $after, timeRange: $range) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentlyPlayed($after: String) {\n    me {\n      id\n      recentlyPlayed(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentlyPlayed($after: String) {\n    me {\n      id\n      recentlyPlayed(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Track($id: ID!) {\n    track(id: $id) {\n      id\n      uri\n      name\n      durationMs\n      explicit\n      spotifyUrl\n      artists {\n        id\n        name\n      }\n      album {\n        id\n        images {\n          ...Picture\n        }\n        ...AlbumCard\n      }\n    }\n  }\n"): (typeof documents)["\n  query Track($id: ID!) {\n    track(id: $id) {\n      id\n      uri\n      name\n      durationMs\n      explicit\n      spotifyUrl\n      artists {\n        id\n        name\n      }\n      album {\n        id\n        images {\n          ...Picture\n        }\n        ...AlbumCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchArtists($query: String!, $after: String) {\n    search(query: $query) {\n      artists(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchArtists($query: String!, $after: String) {\n    search(query: $query) {\n      artists(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAlbums($query: String!, $after: String) {\n    search(query: $query) {\n      albums(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchAlbums($query: String!, $after: String) {\n    search(query: $query) {\n      albums(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTracks($query: String!, $after: String) {\n    search(query: $query) {\n      tracks(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchTracks($query: String!, $after: String) {\n    search(query: $query) {\n      tracks(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPlaylists($query: String!, $after: String) {\n    search(query: $query) {\n      playlists(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PlaylistCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPlaylists($query: String!, $after: String) {\n    search(query: $query) {\n      playlists(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PlaylistCard\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchShows($query: String!, $after: String) {\n    search(query: $query) {\n      shows(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ShowCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchShows($query: String!, $after: String) {\n    search(query: $query) {\n      shows(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ShowCard\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchEpisodes($query: String!, $after: String) {\n    search(query: $query) {\n      episodes(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...EpisodeRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchEpisodes($query: String!, $after: String) {\n    search(query: $query) {\n      episodes(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...EpisodeRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAudiobooks($query: String!, $after: String) {\n    search(query: $query) {\n      audiobooks(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AudiobookCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchAudiobooks($query: String!, $after: String) {\n    search(query: $query) {\n      audiobooks(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AudiobookCard\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;