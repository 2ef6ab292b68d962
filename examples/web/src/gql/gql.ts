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
    "\n  fragment TrackRow on Track {\n    name\n    trackNumber\n    durationMs\n    explicit\n    artists {\n      id\n      name\n    }\n  }\n": typeof types.TrackRowFragmentDoc,
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
    "\n  fragment TrackRow on Track {\n    name\n    trackNumber\n    durationMs\n    explicit\n    artists {\n      id\n      name\n    }\n  }\n": types.TrackRowFragmentDoc,
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
export function graphql(source: "\n  fragment TrackRow on Track {\n    name\n    trackNumber\n    durationMs\n    explicit\n    artists {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TrackRow on Track {\n    name\n    trackNumber\n    durationMs\n    explicit\n    artists {\n      id\n      name\n    }\n  }\n"];
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