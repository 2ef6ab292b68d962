/* eslint-disable */
import * as types from './graphql.js';



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
    "query AlbumWithTracks($id: ID!, $first: Int) {\n  album(id: $id) {\n    id\n    name\n    albumType\n    releaseDate\n    totalTracks\n    tracks(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          durationMs\n          trackNumber\n          artists {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": typeof types.AlbumWithTracksDocument,
    "query SearchArtists($query: String!, $first: Int, $after: String) {\n  search(query: $query) {\n    artists(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          images {\n            url\n            width\n            height\n          }\n        }\n      }\n    }\n  }\n}": typeof types.SearchArtistsDocument,
};
const documents: Documents = {
    "query AlbumWithTracks($id: ID!, $first: Int) {\n  album(id: $id) {\n    id\n    name\n    albumType\n    releaseDate\n    totalTracks\n    tracks(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          durationMs\n          trackNumber\n          artists {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": types.AlbumWithTracksDocument,
    "query SearchArtists($query: String!, $first: Int, $after: String) {\n  search(query: $query) {\n    artists(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          images {\n            url\n            width\n            height\n          }\n        }\n      }\n    }\n  }\n}": types.SearchArtistsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AlbumWithTracks($id: ID!, $first: Int) {\n  album(id: $id) {\n    id\n    name\n    albumType\n    releaseDate\n    totalTracks\n    tracks(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          durationMs\n          trackNumber\n          artists {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').AlbumWithTracksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchArtists($query: String!, $first: Int, $after: String) {\n  search(query: $query) {\n    artists(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          images {\n            url\n            width\n            height\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').SearchArtistsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
