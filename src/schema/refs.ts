import { builder } from './builder.js';
import type { Copyright, PlaylistUser, SpotifyImage } from '../spotify/catalog/types.js';

// Object references live apart from their implementations, so types can point at each other
// without importing each other. The catalog kinds' refs are made by their rows
// (`CatalogRef` in catalog-kinds.ts); these are the types that are no kind.

export const ImageRef = builder.objectRef<SpotifyImage>('Image');
export const CopyrightRef = builder.objectRef<Copyright>('Copyright');
export const PlaylistUserRef = builder.objectRef<PlaylistUser>('PlaylistUser');
export interface SearchModel {
  query: string;
  market?: string;
}
export const SearchResultsRef = builder.objectRef<SearchModel>('SearchResults');
