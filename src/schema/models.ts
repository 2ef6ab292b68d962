import type { FullAlbum, FullArtist, FullTrack, SimplifiedAlbum, SimplifiedArtist, SimplifiedTrack } from '../spotify/types.js';

// The objects behind the GraphQL types. Spotify hands out simplified objects inside lists
// and full ones from their own endpoints; resolvers load the full one only when a field
// needs what the simplified one lacks. Albums and tracks remember the market they were
// asked for, so what is loaded for them later is asked for in the same market.

export type ArtistModel = SimplifiedArtist | FullArtist;

export interface AlbumModel {
  album: SimplifiedAlbum | FullAlbum;
  market?: string;
}

export interface TrackModel {
  track: SimplifiedTrack | FullTrack;
  market?: string;
  /** The album a simplified track was listed in (album track lists omit it). */
  album?: SimplifiedAlbum;
}

export const isFullArtist = (artist: ArtistModel): artist is FullArtist => 'images' in artist;
export const isFullAlbum = (album: SimplifiedAlbum | FullAlbum): album is FullAlbum => 'tracks' in album;
export const isFullTrack = (track: SimplifiedTrack | FullTrack): track is FullTrack => 'album' in track;
