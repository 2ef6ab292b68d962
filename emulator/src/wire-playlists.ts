// Playlists and their items as wire objects. An item is a PlaylistTrackObject whose `item`
// (and, outside Development Mode, the deprecated twin `track`) is a full track, or an
// episode: a full EpisodeObject when the client asked `additional_types=episode`, otherwise
// the track-shaped object Spotify sends older clients. A local file is a track with null ids;
// an entry whose track is gone has a null item.

import type { Playlist, PlaylistEntry } from './catalog-playlists.js';
import { pageLinks, echo } from './http.js';
import { displayNameOf } from './users/demo-users.js';
import type {
  AppMode, ExternalUrls, FullEpisode, FullPlaylist as SpecPlaylist, PlaylistEntryObject as SpecEntry, PlaylistUser,
  SimplifiedPlaylist,
} from './wire-types.js';
import type { SpokenWire } from './wire-spoken.js';
import { MARKETS, toJson, type Json, type Wire, type WireFullTrack } from './wire.js';

/** Items embedded in a full playlist: one page of the items endpoint's maximum. */
const PLAYLIST_EMBEDDED_ITEMS = 50;

/** An episode as a playlist serves it to clients that did not ask for episodes: track-shaped. */
interface EpisodeAsTrack {
  album: Record<string, unknown>;
  artists: Record<string, unknown>[];
  disc_number: 0;
  duration_ms: number;
  episode: true;
  explicit: boolean;
  external_ids: { spotify: string };
  external_urls: ExternalUrls;
  href: string;
  id: string;
  is_local: false;
  name: string;
  popularity?: 0;
  track: false;
  track_number: 0;
  type: 'episode';
  uri: string;
}

type PlaylistItem = WireFullTrack | FullEpisode | EpisodeAsTrack | Record<string, unknown>;

type PlaylistEntryObject = SpecEntry<PlaylistItem>;
type FullPlaylist = SpecPlaylist<PlaylistItem>;

export interface ItemOptions {
  mode: AppMode;
  market?: string;
  /** additional_types includes `episode`. */
  episodes: boolean;
}

export class PlaylistWire {
  constructor(private readonly wire: Wire, private readonly spoken: SpokenWire) {}

  user(id: string, withName: boolean): PlaylistUser {
    const user: PlaylistUser = {
      external_urls: { spotify: `https://open.spotify.com/user/${id}` },
      href: `${this.wire.apiBase}/users/${id}`, id, type: 'user', uri: `spotify:user:${id}`,
    };
    return withName ? { ...user, display_name: displayNameOf(id) } : user;
  }

  private itemsHref(p: Playlist): string {
    return `${this.wire.apiBase}/playlists/${p.id}/items`;
  }

  simplified(p: Playlist, mode: AppMode): SimplifiedPlaylist {
    const ref = { href: this.itemsHref(p), total: p.items.length };
    return {
      collaborative: p.collaborative, description: p.description,
      external_urls: { spotify: `https://open.spotify.com/playlist/${p.id}` },
      href: `${this.wire.apiBase}/playlists/${p.id}`, id: p.id, images: p.image === null ? [] : this.wire.images(p.id, p.image, 'playlist'),
      name: p.name, owner: this.user(p.owner, true), public: p.public, snapshot_id: p.snapshotId,
      items: ref, ...(mode === 'extended' ? { tracks: { href: `${this.wire.apiBase}/playlists/${p.id}/tracks`, total: ref.total } } : {}),
      type: 'playlist', uri: `spotify:playlist:${p.id}`,
    };
  }

  /** As seeded: search answers are cached, and Spotify's search index lags behind edits too. */
  simplifiedJson(i: number, mode: AppMode): Json<SimplifiedPlaylist> {
    return toJson(this.simplified(this.wire.catalog.playlists[i], mode));
  }

  /** The playlist; its first page of items only when `withItems` (the caller may read them). */
  full(p: Playlist, options: ItemOptions, withItems: boolean, extra: Record<string, string | undefined>): FullPlaylist {
    const { items: _ref, tracks: _tracks, ...head } = this.simplified(p, options.mode);
    const playlist: FullPlaylist = { ...head, followers: { href: null, total: p.followers } };
    if (!withItems) return playlist;
    const page = JSON.parse(this.itemsPage(p, options, 0, PLAYLIST_EMBEDDED_ITEMS, extra)) as FullPlaylist['items'];
    // Spotify's key order puts the items before type and uri.
    const { type, uri, followers, ...rest } = playlist;
    return { ...rest, items: page, ...(options.mode === 'extended' ? { tracks: page } : {}), type, uri, followers };
  }

  itemsPage(p: Playlist, options: ItemOptions, offset: number, limit: number, extra: Record<string, string | undefined>): Json<unknown> {
    const entries = p.items.slice(offset, offset + limit).map((e) => toJson(this.entry(e, options)));
    return this.wire.page(pageLinks(this.itemsHref(p), echo(extra), offset, limit, p.items.length), entries);
  }

  entry(e: PlaylistEntry, options: ItemOptions): PlaylistEntryObject {
    const item = this.item(e, options);
    const entry: PlaylistEntryObject = { added_at: e.addedAt, added_by: this.user(e.addedBy, false), is_local: e.kind === 'local', item };
    return options.mode === 'extended' ? { ...entry, track: item } : entry;
  }

  private item(e: PlaylistEntry, { mode, market, episodes }: ItemOptions): PlaylistItem | null {
    switch (e.kind) {
      case 'track':
        return this.wire.fullTrack(e.track, mode, market);
      case 'episode':
        return episodes ? this.spoken.fullEpisode(e.episode, mode) : this.episodeAsTrack(e.episode, mode);
      case 'local':
        return localFile(e, mode);
      case 'unavailable':
        return null;
    }
  }

  /** How Spotify shows an episode to a client that only knows tracks: the show stands in for album and artist. */
  private episodeAsTrack(i: number, mode: AppMode): EpisodeAsTrack {
    const e = this.spoken.simplifiedEpisode(i, mode);
    const show = this.spoken.simplifiedShow(this.wire.catalog.episodes[i].show, mode);
    const asArtist = { external_urls: show.external_urls, href: show.href, id: show.id, name: show.name, type: 'show', uri: show.uri };
    const album = {
      album_type: 'album', artists: [asArtist], external_urls: show.external_urls, href: show.href, id: show.id,
      images: show.images, name: show.name, release_date: e.release_date, release_date_precision: e.release_date_precision,
      total_tracks: show.total_episodes, type: 'show', uri: show.uri,
    };
    const track: EpisodeAsTrack = {
      album: mode === 'extended' ? { ...album, available_markets: [...MARKETS] } : album,
      artists: [asArtist], disc_number: 0, duration_ms: e.duration_ms, episode: true, explicit: e.explicit,
      external_ids: { spotify: e.external_urls.spotify! }, external_urls: e.external_urls, href: e.href, id: e.id,
      is_local: false, name: e.name, track: false, track_number: 0, type: 'episode', uri: e.uri,
    };
    return mode === 'extended' ? { ...track, popularity: 0 } : track;
  }
}

/** A local file: Spotify knows only the file's tags, so ids, hrefs and the album are null or empty. */
function localFile(e: Extract<PlaylistEntry, { kind: 'local' }>, mode: AppMode): Record<string, unknown> {
  const plus = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
  const track: Record<string, unknown> = {
    album: {
      album_type: null, artists: [], external_urls: {}, href: null, id: null, images: [], name: e.album,
      release_date: null, release_date_precision: null, type: 'album', uri: null,
    },
    artists: [{ external_urls: {}, href: null, id: null, name: e.artist, type: 'artist', uri: null }],
    disc_number: 0, duration_ms: e.durationMs, explicit: false, external_ids: {}, external_urls: {}, href: null, id: null,
    is_local: true, name: e.name, track_number: 0, type: 'track',
    uri: `spotify:local:${plus(e.artist)}:${plus(e.album)}:${plus(e.name)}:${Math.round(e.durationMs / 1000)}`,
  };
  return mode === 'extended' ? { ...track, available_markets: [], popularity: 0, preview_url: null } : track;
}
