// Names for what the Web API answers a signed-in user: the schemas of the generated OpenAPI
// types (spec/openapi.ts) as the decoder guarantees them. To Development Mode apps Spotify
// sends less (the fields marked deprecated, optional here).

import type { components } from '../upstream/spec/openapi.js';

type Schemas = components['schemas'];

/** country, email, followers and product are absent for Development Mode apps. */
export type PrivateUser = Schemas['PrivateUserObject'];

/** SavedTrackObject, SavedAlbumObject, …: the item under its kind's key. */
export interface SavedItems {
  tracks: Schemas['SavedTrackObject'];
  albums: Schemas['SavedAlbumObject'];
  shows: Schemas['SavedShowObject'];
  episodes: Schemas['SavedEpisodeObject'];
  audiobooks: Schemas['SavedAudiobookObject'];
}

export type SavedKind = keyof SavedItems;

/** CursorPagingObject: pages by `cursors`, not offsets. The spec does not promise `items`. */
export type CursorPaging<T> = Schemas['CursorPagingObject'] & { items?: T[] };

/** ContextObject: where a track was played from. */
export type PlayContext = Schemas['ContextObject'];

export type PlayHistory = Schemas['PlayHistoryObject'];

/** Get Playback State: the device, what plays and where it stands (none: Spotify answers 204). */
export type PlaybackState = Schemas['CurrentlyPlayingContextObject'];

export type PlaybackDevice = Schemas['DeviceObject'];

/** What plays now and what comes next. */
export type PlaybackQueue = Schemas['QueueObject'];

export type RepeatState = 'off' | 'track' | 'context';
