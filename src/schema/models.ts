import type {
  FullAlbum,
  FullArtist,
  FullAudiobook,
  FullChapter,
  FullEpisode,
  FullPlaylist,
  FullShow,
  FullTrack,
  PlaylistUser,
  SimplifiedAlbum,
  SimplifiedArtist,
  SimplifiedAudiobook,
  SimplifiedChapter,
  SimplifiedEpisode,
  SimplifiedPlaylist,
  SimplifiedShow,
  SimplifiedTrack,
} from '../spotify/catalog/types.js';

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

export interface PlaylistModel {
  playlist: SimplifiedPlaylist | FullPlaylist;
  market?: string;
}

/** An edge of a playlist's items: who added the item and when, beside the item itself. */
export interface PlaylistEdgeFacts {
  addedAt: string | null;
  addedBy: PlaylistUser | null;
}

export interface ShowModel {
  show: SimplifiedShow | FullShow;
  market?: string;
}

export interface EpisodeModel {
  episode: SimplifiedEpisode | FullEpisode;
  market?: string;
  /** The show an episode was listed in (a show's episode list omits it). */
  show?: SimplifiedShow;
}

export interface AudiobookModel {
  audiobook: SimplifiedAudiobook | FullAudiobook;
  market?: string;
}

export interface ChapterModel {
  chapter: SimplifiedChapter | FullChapter;
  market?: string;
  /** The audiobook a chapter was listed in (an audiobook's chapter list omits it). */
  audiobook?: SimplifiedAudiobook;
}

export const isFullPlaylist = (playlist: SimplifiedPlaylist | FullPlaylist): playlist is FullPlaylist => 'followers' in playlist;
export const isFullShow = (show: SimplifiedShow | FullShow): show is FullShow => 'episodes' in show;
export const isFullEpisode = (episode: SimplifiedEpisode | FullEpisode): episode is FullEpisode => 'show' in episode;
export const isFullAudiobook = (book: SimplifiedAudiobook | FullAudiobook): book is FullAudiobook => 'chapters' in book;
export const isFullChapter = (chapter: SimplifiedChapter | FullChapter): chapter is FullChapter => 'audiobook' in chapter;
