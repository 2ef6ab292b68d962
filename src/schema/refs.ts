import { builder } from './builder.js';
import type { AlbumModel, ArtistModel, AudiobookModel, ChapterModel, EpisodeModel, PlaylistModel, ShowModel, TrackModel } from './models.js';
import type { Copyright, PlaylistUser, SpotifyImage } from '../spotify/catalog/types.js';

// Object references live apart from their implementations, so artist, album and track
// can point at each other without importing each other.

export const ArtistRef = builder.objectRef<ArtistModel>('Artist');
export const AlbumRef = builder.objectRef<AlbumModel>('Album');
export const TrackRef = builder.objectRef<TrackModel>('Track');
export const ImageRef = builder.objectRef<SpotifyImage>('Image');
export const CopyrightRef = builder.objectRef<Copyright>('Copyright');
export const PlaylistRef = builder.objectRef<PlaylistModel>('Playlist');
export const PlaylistUserRef = builder.objectRef<PlaylistUser>('PlaylistUser');
export const ShowRef = builder.objectRef<ShowModel>('Show');
export const EpisodeRef = builder.objectRef<EpisodeModel>('Episode');
export const AudiobookRef = builder.objectRef<AudiobookModel>('Audiobook');
export const ChapterRef = builder.objectRef<ChapterModel>('Chapter');
export interface SearchModel {
  query: string;
  market?: string;
}
export const SearchResultsRef = builder.objectRef<SearchModel>('SearchResults');
