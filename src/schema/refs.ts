import { builder } from './builder.js';
import type { AlbumModel, ArtistModel, TrackModel } from './models.js';
import type { SpotifyImage } from '../spotify/types.js';

// Object references live apart from their implementations, so artist, album and track
// can point at each other without importing each other.

export const ArtistRef = builder.objectRef<ArtistModel>('Artist');
export const AlbumRef = builder.objectRef<AlbumModel>('Album');
export const TrackRef = builder.objectRef<TrackModel>('Track');
export const ImageRef = builder.objectRef<SpotifyImage>('Image');
export interface SearchModel {
  query: string;
  market?: string;
}
export const SearchResultsRef = builder.objectRef<SearchModel>('SearchResults');
