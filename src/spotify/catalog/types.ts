// Names for the Spotify Web API objects the gateway reads, each the schema of the generated
// OpenAPI types (spec/openapi.ts) as the decoder guarantees them: fields Spotify marks
// deprecated are optional, and a list never holds null (the decoder removes such items).

import type { components } from '../upstream/spec/openapi.js';

type Schemas = components['schemas'];

export type SpotifyImage = Schemas['ImageObject'];
export type Copyright = Schemas['CopyrightObject'];

/** PagingObject with the items of one kind (the spec names one schema per kind). */
export type Paging<T> = Schemas['PagingObject'] & { items: T[] };

export type SimplifiedArtist = Schemas['SimplifiedArtistObject'];
export type FullArtist = Schemas['ArtistObject'];

export type AlbumType = Schemas['AlbumBase']['album_type'];
export type ReleaseDatePrecision = Schemas['AlbumBase']['release_date_precision'];
export type SimplifiedAlbum = Schemas['SimplifiedAlbumObject'];
/** Items of GET /artists/{id}/albums. */
export type ArtistDiscographyAlbum = Schemas['ArtistDiscographyAlbumObject'];
export type FullAlbum = Schemas['AlbumObject'];

export type SimplifiedTrack = Schemas['SimplifiedTrackObject'];
export type FullTrack = Schemas['TrackObject'];

export type SimplifiedShow = Schemas['SimplifiedShowObject'];
/** GET /shows/{id} embeds the first page of episodes. */
export type FullShow = Schemas['ShowObject'];
export type SimplifiedEpisode = Schemas['SimplifiedEpisodeObject'];
export type FullEpisode = Schemas['EpisodeObject'];

export type SimplifiedAudiobook = Schemas['SimplifiedAudiobookObject'];
/** GET /audiobooks/{id} embeds the first page of chapters. */
export type FullAudiobook = Schemas['AudiobookObject'];
/** Spotify's `type` of a chapter says "episode". */
export type SimplifiedChapter = Schemas['SimplifiedChapterObject'];
export type FullChapter = Schemas['ChapterObject'];

/** PlaylistOwnerObject: a PlaylistUserObject with `display_name`. */
export type PlaylistUser = Schemas['PlaylistOwnerObject'];
/**
 * PlaylistTrackObject. `item` is a track or (asked with additional_types=episode) an episode;
 * older payloads call it `track`. A local file has `is_local`.
 */
export type PlaylistEntry = Schemas['PlaylistTrackObject'];
/** `items` (formerly `tracks`) only says where the items are and how many. */
export type SimplifiedPlaylist = Schemas['SimplifiedPlaylistObject'];
/**
 * PlaylistObject. Since February 2026 its `items` page comes only to the owner and
 * collaborators of the playlist (or Extended Quota Mode apps); others get the rest.
 */
export type FullPlaylist = Schemas['PlaylistObject'];

