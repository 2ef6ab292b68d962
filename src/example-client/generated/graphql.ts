/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AlbumWithTracksQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type AlbumWithTracksQuery = { album: { id: string, name: string, albumType: string, releaseDate: string | null, totalTracks: number, tracks: { totalCount: number, edges: Array<{ node: { id: string, name: string, durationMs: number, trackNumber: number | null, artists: Array<{ id: string, name: string }> } }> } | null } | null };

export type SearchArtistsQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchArtistsQuery = { search: { artists: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, images: Array<{ url: string, width: number | null, height: number | null }> | null } }> } | null } };

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