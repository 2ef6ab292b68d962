// Names for the Spotify Web API objects the gateway reads that are no catalog kind, each the
// schema of the generated OpenAPI types (spec/openapi.ts) as the decoder guarantees them:
// fields Spotify marks deprecated are optional, and a list never holds null (the decoder removes
// such items). A kind's own objects come from its row of the table (kinds.ts: `KindFull`,
// `KindSimplified`).

import type { components } from '../upstream/spec/openapi.js';

type Schemas = components['schemas'];

export type SpotifyImage = Schemas['ImageObject'];
export type Copyright = Schemas['CopyrightObject'];

/** PagingObject with the items of one kind (the spec names one schema per kind). */
export type Paging<T> = Schemas['PagingObject'] & { items: T[] };

export type AlbumType = Schemas['AlbumBase']['album_type'];
export type ReleaseDatePrecision = Schemas['AlbumBase']['release_date_precision'];
/** Items of GET /artists/{id}/albums. */
export type ArtistDiscographyAlbum = Schemas['ArtistDiscographyAlbumObject'];

/** PlaylistOwnerObject: a PlaylistUserObject with `display_name`. */
export type PlaylistUser = Schemas['PlaylistOwnerObject'];
/**
 * PlaylistTrackObject. `item` is a track or (asked with additional_types=episode) an episode;
 * older payloads call it `track`. A local file has `is_local`.
 */
export type PlaylistEntry = Schemas['PlaylistTrackObject'];
