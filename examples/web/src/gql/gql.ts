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
    "\n  fragment AlbumCard on Album {\n    id\n    name\n    albumType\n    releaseDate\n    images {\n      ...Picture\n    }\n  }\n": typeof types.AlbumCardFragmentDoc,
    "\n  fragment ArtistCard on Artist {\n    id\n    name\n    images {\n      ...Picture\n    }\n  }\n": typeof types.ArtistCardFragmentDoc,
    "\n  fragment Picture on Image {\n    url\n    width\n    height\n  }\n": typeof types.PictureFragmentDoc,
    "\n  fragment TrackRow on Track {\n    id\n    name\n    trackNumber\n    durationMs\n    explicit\n    artists {\n      id\n      name\n    }\n  }\n": typeof types.TrackRowFragmentDoc,
    "\n  query Devices {\n    me {\n      player {\n        devices {\n          id\n          name\n          type\n          isActive\n          isRestricted\n        }\n      }\n    }\n  }\n": typeof types.DevicesDocument,
    "\n  mutation TransferPlayback($deviceId: String!) {\n    transferPlayback(deviceId: $deviceId) {\n      ...NowPlaying\n    }\n  }\n": typeof types.TransferPlaybackDocument,
    "\n  mutation Pause {\n    pause {\n      ...NowPlaying\n    }\n  }\n": typeof types.PauseDocument,
    "\n  mutation Resume {\n    play {\n      ...NowPlaying\n    }\n  }\n": typeof types.ResumeDocument,
    "\n  mutation SkipToNext {\n    skipToNext {\n      ...NowPlaying\n    }\n  }\n": typeof types.SkipToNextDocument,
    "\n  mutation SkipToPrevious {\n    skipToPrevious {\n      ...NowPlaying\n    }\n  }\n": typeof types.SkipToPreviousDocument,
    "\n  mutation PlayContext($context: String!) {\n    play(context: $context) {\n      ...NowPlaying\n    }\n  }\n": typeof types.PlayContextDocument,
    "\n  mutation PlayItems($items: [String!]!) {\n    play(items: $items) {\n      ...NowPlaying\n    }\n  }\n": typeof types.PlayItemsDocument,
    "\n  mutation AddToQueue($link: String!) {\n    addToQueue(link: $link) {\n      ...NowPlaying\n    }\n  }\n": typeof types.AddToQueueDocument,
    "\n  fragment NowPlaying on PlaybackState {\n    isPlaying\n    progressMs\n    shuffle\n    repeat\n    device {\n      id\n      name\n    }\n    item {\n      __typename\n      ... on Track {\n        id\n        name\n        durationMs\n        artists {\n          id\n          name\n        }\n        album {\n          id\n          images {\n            ...Picture\n          }\n        }\n      }\n      ... on Episode {\n        id\n        name\n        durationMs\n        show {\n          id\n          name\n          images {\n            ...Picture\n          }\n        }\n      }\n    }\n  }\n": typeof types.NowPlayingFragmentDoc,
    "\n  subscription PlaybackChanged {\n    playbackChanged {\n      ...NowPlaying\n    }\n  }\n": typeof types.PlaybackChangedDocument,
    "\n  query Album($id: ID!) {\n    album(id: $id) {\n      id\n      name\n      albumType\n      releaseDate\n      totalTracks\n      spotifyUrl\n      images {\n        ...Picture\n      }\n      artists {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AlbumDocument,
    "\n  query AlbumTracks($id: ID!, $after: String) {\n    album(id: $id) {\n      id\n      tracks(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.AlbumTracksDocument,
    "\n  query Artist($id: ID!) {\n    artist(id: $id) {\n      id\n      name\n      genres\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n": typeof types.ArtistDocument,
    "\n  query ArtistAlbums($id: ID!, $after: String) {\n    artist(id: $id) {\n      id\n      albums(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArtistAlbumsDocument,
    "\n  query SearchArtists($query: String!, $after: String) {\n    search(query: $query) {\n      artists(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchArtistsDocument,
};
const documents: Documents = {
    "\n  fragment AlbumCard on Album {\n    id\n    name\n    albumType\n    releaseDate\n    images {\n      ...Picture\n    }\n  }\n": types.AlbumCardFragmentDoc,
    "\n  fragment ArtistCard on Artist {\n    id\n    name\n    images {\n      ...Picture\n    }\n  }\n": types.ArtistCardFragmentDoc,
    "\n  fragment Picture on Image {\n    url\n    width\n    height\n  }\n": types.PictureFragmentDoc,
    "\n  fragment TrackRow on Track {\n    id\n    name\n    trackNumber\n    durationMs\n    explicit\n    artists {\n      id\n      name\n    }\n  }\n": types.TrackRowFragmentDoc,
    "\n  query Devices {\n    me {\n      player {\n        devices {\n          id\n          name\n          type\n          isActive\n          isRestricted\n        }\n      }\n    }\n  }\n": types.DevicesDocument,
    "\n  mutation TransferPlayback($deviceId: String!) {\n    transferPlayback(deviceId: $deviceId) {\n      ...NowPlaying\n    }\n  }\n": types.TransferPlaybackDocument,
    "\n  mutation Pause {\n    pause {\n      ...NowPlaying\n    }\n  }\n": types.PauseDocument,
    "\n  mutation Resume {\n    play {\n      ...NowPlaying\n    }\n  }\n": types.ResumeDocument,
    "\n  mutation SkipToNext {\n    skipToNext {\n      ...NowPlaying\n    }\n  }\n": types.SkipToNextDocument,
    "\n  mutation SkipToPrevious {\n    skipToPrevious {\n      ...NowPlaying\n    }\n  }\n": types.SkipToPreviousDocument,
    "\n  mutation PlayContext($context: String!) {\n    play(context: $context) {\n      ...NowPlaying\n    }\n  }\n": types.PlayContextDocument,
    "\n  mutation PlayItems($items: [String!]!) {\n    play(items: $items) {\n      ...NowPlaying\n    }\n  }\n": types.PlayItemsDocument,
    "\n  mutation AddToQueue($link: String!) {\n    addToQueue(link: $link) {\n      ...NowPlaying\n    }\n  }\n": types.AddToQueueDocument,
    "\n  fragment NowPlaying on PlaybackState {\n    isPlaying\n    progressMs\n    shuffle\n    repeat\n    device {\n      id\n      name\n    }\n    item {\n      __typename\n      ... on Track {\n        id\n        name\n        durationMs\n        artists {\n          id\n          name\n        }\n        album {\n          id\n          images {\n            ...Picture\n          }\n        }\n      }\n      ... on Episode {\n        id\n        name\n        durationMs\n        show {\n          id\n          name\n          images {\n            ...Picture\n          }\n        }\n      }\n    }\n  }\n": types.NowPlayingFragmentDoc,
    "\n  subscription PlaybackChanged {\n    playbackChanged {\n      ...NowPlaying\n    }\n  }\n": types.PlaybackChangedDocument,
    "\n  query Album($id: ID!) {\n    album(id: $id) {\n      id\n      name\n      albumType\n      releaseDate\n      totalTracks\n      spotifyUrl\n      images {\n        ...Picture\n      }\n      artists {\n        id\n        name\n      }\n    }\n  }\n": types.AlbumDocument,
    "\n  query AlbumTracks($id: ID!, $after: String) {\n    album(id: $id) {\n      id\n      tracks(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n": types.AlbumTracksDocument,
    "\n  query Artist($id: ID!) {\n    artist(id: $id) {\n      id\n      name\n      genres\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n": types.ArtistDocument,
    "\n  query ArtistAlbums($id: ID!, $after: String) {\n    artist(id: $id) {\n      id\n      albums(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n": types.ArtistAlbumsDocument,
    "\n  query SearchArtists($query: String!, $after: String) {\n    search(query: $query) {\n      artists(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n": types.SearchArtistsDocument,
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
export function graphql(source: "\n  fragment AlbumCard on Album {\n    id\n    name\n    albumType\n    releaseDate\n    images {\n      ...Picture\n    }\n  }\n"): (typeof documents)["\n  fragment AlbumCard on Album {\n    id\n    name\n    albumType\n    releaseDate\n    images {\n      ...Picture\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArtistCard on Artist {\n    id\n    name\n    images {\n      ...Picture\n    }\n  }\n"): (typeof documents)["\n  fragment ArtistCard on Artist {\n    id\n    name\n    images {\n      ...Picture\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Picture on Image {\n    url\n    width\n    height\n  }\n"): (typeof documents)["\n  fragment Picture on Image {\n    url\n    width\n    height\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackRow on Track {\n    id\n    name\n    trackNumber\n    durationMs\n    explicit\n    artists {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TrackRow on Track {\n    id\n    name\n    trackNumber\n    durationMs\n    explicit\n    artists {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Devices {\n    me {\n      player {\n        devices {\n          id\n          name\n          type\n          isActive\n          isRestricted\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Devices {\n    me {\n      player {\n        devices {\n          id\n          name\n          type\n          isActive\n          isRestricted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferPlayback($deviceId: String!) {\n    transferPlayback(deviceId: $deviceId) {\n      ...NowPlaying\n    }\n  }\n"): (typeof documents)["\n  mutation TransferPlayback($deviceId: String!) {\n    transferPlayback(deviceId: $deviceId) {\n      ...NowPlaying\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Pause {\n    pause {\n      ...NowPlaying\n    }\n  }\n"): (typeof documents)["\n  mutation Pause {\n    pause {\n      ...NowPlaying\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Resume {\n    play {\n      ...NowPlaying\n    }\n  }\n"): (typeof documents)["\n  mutation Resume {\n    play {\n      ...NowPlaying\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkipToNext {\n    skipToNext {\n      ...NowPlaying\n    }\n  }\n"): (typeof documents)["\n  mutation SkipToNext {\n    skipToNext {\n      ...NowPlaying\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkipToPrevious {\n    skipToPrevious {\n      ...NowPlaying\n    }\n  }\n"): (typeof documents)["\n  mutation SkipToPrevious {\n    skipToPrevious {\n      ...NowPlaying\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlayContext($context: String!) {\n    play(context: $context) {\n      ...NowPlaying\n    }\n  }\n"): (typeof documents)["\n  mutation PlayContext($context: String!) {\n    play(context: $context) {\n      ...NowPlaying\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlayItems($items: [String!]!) {\n    play(items: $items) {\n      ...NowPlaying\n    }\n  }\n"): (typeof documents)["\n  mutation PlayItems($items: [String!]!) {\n    play(items: $items) {\n      ...NowPlaying\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToQueue($link: String!) {\n    addToQueue(link: $link) {\n      ...NowPlaying\n    }\n  }\n"): (typeof documents)["\n  mutation AddToQueue($link: String!) {\n    addToQueue(link: $link) {\n      ...NowPlaying\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NowPlaying on PlaybackState {\n    isPlaying\n    progressMs\n    shuffle\n    repeat\n    device {\n      id\n      name\n    }\n    item {\n      __typename\n      ... on Track {\n        id\n        name\n        durationMs\n        artists {\n          id\n          name\n        }\n        album {\n          id\n          images {\n            ...Picture\n          }\n        }\n      }\n      ... on Episode {\n        id\n        name\n        durationMs\n        show {\n          id\n          name\n          images {\n            ...Picture\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NowPlaying on PlaybackState {\n    isPlaying\n    progressMs\n    shuffle\n    repeat\n    device {\n      id\n      name\n    }\n    item {\n      __typename\n      ... on Track {\n        id\n        name\n        durationMs\n        artists {\n          id\n          name\n        }\n        album {\n          id\n          images {\n            ...Picture\n          }\n        }\n      }\n      ... on Episode {\n        id\n        name\n        durationMs\n        show {\n          id\n          name\n          images {\n            ...Picture\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PlaybackChanged {\n    playbackChanged {\n      ...NowPlaying\n    }\n  }\n"): (typeof documents)["\n  subscription PlaybackChanged {\n    playbackChanged {\n      ...NowPlaying\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Album($id: ID!) {\n    album(id: $id) {\n      id\n      name\n      albumType\n      releaseDate\n      totalTracks\n      spotifyUrl\n      images {\n        ...Picture\n      }\n      artists {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Album($id: ID!) {\n    album(id: $id) {\n      id\n      name\n      albumType\n      releaseDate\n      totalTracks\n      spotifyUrl\n      images {\n        ...Picture\n      }\n      artists {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlbumTracks($id: ID!, $after: String) {\n    album(id: $id) {\n      id\n      tracks(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlbumTracks($id: ID!, $after: String) {\n    album(id: $id) {\n      id\n      tracks(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TrackRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Artist($id: ID!) {\n    artist(id: $id) {\n      id\n      name\n      genres\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n"): (typeof documents)["\n  query Artist($id: ID!) {\n    artist(id: $id) {\n      id\n      name\n      genres\n      spotifyUrl\n      images {\n        ...Picture\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArtistAlbums($id: ID!, $after: String) {\n    artist(id: $id) {\n      id\n      albums(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArtistAlbums($id: ID!, $after: String) {\n    artist(id: $id) {\n      id\n      albums(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AlbumCard\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchArtists($query: String!, $after: String) {\n    search(query: $query) {\n      artists(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchArtists($query: String!, $after: String) {\n    search(query: $query) {\n      artists(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...ArtistCard\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;