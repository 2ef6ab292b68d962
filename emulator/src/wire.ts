// Turns catalog records into Spotify wire objects (the shapes of wire-types.ts, from the spec) and
// caches their JSON per app mode. Responses are then assembled by concatenating cached
// JSON fragments, which keeps hot endpoints such as search cheap.
//
// Development Mode omits every field the OpenAPI description marks `deprecated: true` on
// these objects: artist followers/genres/popularity; album available_markets, genres, label,
// popularity and album_group; track available_markets, linked_from, popularity and
// preview_url. Keys are left out, not set to null, as Spotify does.
//
// With a `market`, tracks say whether they play there (`is_playable`, and
// `restrictions.reason: "market"` when not); a track unavailable there but relinked is
// served as its twin, with `linked_from` naming the track asked for.

import type {
  AppMode, ArtistDiscographyAlbum, FullAlbum, FullArtist, FullTrack, Paging, SimplifiedAlbum,
  SimplifiedArtist, SimplifiedTrack, SpotifyImage,
} from './wire-types.js';
import type { Catalog } from './catalog.js';
import type { AlbumGroup, DatePrecision } from './catalog-records.js';
import { imageSet, type ImageOwner } from './images.js';
import type { Quirks } from './quirks.js';

/** A JSON text known to encode a T: lets fragments be composed without losing the types. */
export type Json<T> = string & { readonly __encodes: T };

export function toJson<T>(value: T): Json<T> {
  return JSON.stringify(value) as Json<T>;
}

export interface PageMeta {
  href: string;
  limit: number;
  offset: number;
  total: number;
  next: string | null;
  previous: string | null;
}

/** A PagingObject from already-encoded items, in Spotify's key order (as they are: see `Wire.page`). */
export function pagingJson<T>(meta: PageMeta, items: readonly Json<T>[]): Json<Paging<T>> {
  const str = (s: string | null) => (s === null ? 'null' : JSON.stringify(s));
  return (`{"href":${str(meta.href)},"items":[${items.join(',')}],"limit":${meta.limit},` +
    `"next":${str(meta.next)},"offset":${meta.offset},"previous":${str(meta.previous)},"total":${meta.total}}`) as Json<Paging<T>>;
}

/** Markets served in `available_markets` (a short fixed list rather than Spotify's ~185). */
export const MARKETS = [
  'AR', 'AU', 'BR', 'CA', 'DE', 'ES', 'FR', 'GB', 'IE', 'IT', 'JP', 'KR', 'MX', 'NL', 'NZ',
  'SE', 'US',
] as const;

/** The first page of an album's tracks embedded in a full album, as Spotify does. */
const ALBUM_EMBEDDED_TRACKS = 50;

/** Track facts that depend on the market asked for (SimplifiedTrackObject and TrackObject). */
interface MarketFacts {
  is_playable?: boolean;
  restrictions?: { reason: 'market' };
  linked_from?: { external_urls: { spotify: string }; href: string; id: string; type: 'track'; uri: string };
}
export type WireSimplifiedTrack = SimplifiedTrack & MarketFacts & { type: 'track' };
export type WireFullTrack = FullTrack & MarketFacts;

/** Encoded objects per variant ("mode" or "mode market") and catalog index. */
class Cache {
  private readonly variants = new Map<string, (string | undefined)[]>();

  get<T>(mode: AppMode, market: string | undefined, i: number, build: () => Json<T>): Json<T> {
    const key = market === undefined ? mode : `${mode} ${market}`;
    let slot = this.variants.get(key);
    if (!slot) this.variants.set(key, (slot = []));
    let json = slot[i] as Json<T> | undefined;
    if (json === undefined) slot[i] = json = build();
    return json;
  }
}

export class Wire {
  private readonly simpleArtists: SimplifiedArtist[];
  private readonly caches = {
    artist: new Cache(),
    albumSimple: new Cache(),
    albumFull: new Cache(),
    trackSimple: new Cache(),
    trackFull: new Cache(),
  };

  /** `origin` serves the images (see images.ts); `apiBase` is `${origin}/v1`. */
  constructor(readonly catalog: Catalog, readonly apiBase: string, readonly origin: string, readonly quirks: Quirks) {
    this.simpleArtists = catalog.artists.map((a) => ({
      external_urls: { spotify: `https://open.spotify.com/artist/${a.id}` },
      href: `${apiBase}/artists/${a.id}`,
      id: a.id,
      name: a.name,
      type: 'artist',
      uri: `spotify:artist:${a.id}`,
    }));
  }

  // ---- objects ---------------------------------------------------------------------------

  images(id: string, hash: string, owner: ImageOwner): SpotifyImage[] {
    return imageSet(this.origin, hash, owner, this.quirks.sizelessImages(id));
  }

  releaseDate(id: string, date: string, precision: DatePrecision): { release_date: string; release_date_precision: DatePrecision } {
    const shown = this.quirks.releaseDate(id, date, precision);
    return { release_date: shown.date, release_date_precision: shown.precision };
  }

  simplifiedArtist(i: number): SimplifiedArtist {
    return this.simpleArtists[i];
  }

  fullArtist(i: number, mode: AppMode): FullArtist {
    const a = this.catalog.artists[i];
    const artist: FullArtist = { ...this.simpleArtists[i], images: this.images(a.id, a.image, 'artist') };
    if (mode === 'development') return artist;
    return { ...artist, followers: { href: null, total: a.followers }, genres: a.genres, popularity: a.popularity };
  }

  simplifiedAlbum(i: number, mode: AppMode): SimplifiedAlbum {
    const a = this.catalog.albums[i];
    const album: SimplifiedAlbum = {
      album_type: a.albumType,
      total_tracks: a.tracks.length,
      external_urls: { spotify: `https://open.spotify.com/album/${a.id}` },
      href: `${this.apiBase}/albums/${a.id}`,
      id: a.id,
      images: this.images(a.id, a.image, 'album'),
      name: a.name,
      ...this.releaseDate(a.id, a.releaseDate, a.releaseDatePrecision),
      type: 'album',
      uri: `spotify:album:${a.id}`,
      artists: a.artists.map((x) => this.simpleArtists[x]),
    };
    return mode === 'extended' ? { available_markets: [...MARKETS], ...album } : album;
  }

  fullAlbum(i: number, mode: AppMode, market?: string): FullAlbum {
    const a = this.catalog.albums[i];
    const year = a.releaseDate.slice(0, 4);
    const first = a.tracks.slice(0, ALBUM_EMBEDDED_TRACKS).map((t) => this.simplifiedTrack(t, mode, market));
    const base = `${this.apiBase}/albums/${a.id}/tracks`;
    const tracks: Paging<WireSimplifiedTrack> = {
      href: `${base}?offset=0&limit=${ALBUM_EMBEDDED_TRACKS}`,
      items: first,
      limit: ALBUM_EMBEDDED_TRACKS,
      next: a.tracks.length > ALBUM_EMBEDDED_TRACKS ? `${base}?offset=${ALBUM_EMBEDDED_TRACKS}&limit=${ALBUM_EMBEDDED_TRACKS}` : null,
      offset: 0,
      previous: null,
      total: a.tracks.length,
    };
    const album: FullAlbum = {
      ...this.simplifiedAlbum(i, mode),
      tracks,
      copyrights: [
        { text: `© ${year} ${a.label}`, type: 'C' },
        { text: `℗ ${year} ${a.label}`, type: 'P' },
      ],
      external_ids: { upc: a.upc },
    };
    if (mode === 'extended') Object.assign(album, { genres: [], label: a.label, popularity: a.popularity });
    return album;
  }

  simplifiedTrack(asked: number, mode: AppMode, market?: string): WireSimplifiedTrack {
    const { i, facts } = this.inMarket(asked, mode, market);
    const t = this.catalog.tracks[i];
    const track: WireSimplifiedTrack = {
      artists: t.artists.map((x) => this.simpleArtists[x]),
      disc_number: t.discNumber,
      duration_ms: t.durationMs,
      explicit: t.explicit,
      external_urls: { spotify: `https://open.spotify.com/track/${t.id}` },
      href: `${this.apiBase}/tracks/${t.id}`,
      id: t.id,
      name: t.name,
      track_number: t.trackNumber,
      type: 'track',
      uri: `spotify:track:${t.id}`,
      is_local: false,
      ...facts,
    };
    if (mode === 'development') return track;
    return {
      available_markets: MARKETS.filter((m) => !t.unavailableIn.includes(m)),
      ...track,
      preview_url: t.preview === null ? null : `https://p.scdn.co/mp3-preview/${t.preview}`,
    };
  }

  fullTrack(asked: number, mode: AppMode, market?: string): WireFullTrack {
    const simple = this.simplifiedTrack(asked, mode, market);
    const t = this.catalog.tracks[this.catalog.trackIndex.get(simple.id!)!];
    const track: WireFullTrack = {
      album: this.simplifiedAlbum(t.album, mode),
      ...simple,
      external_ids: { isrc: t.isrc },
    };
    if (mode === 'extended') track.popularity = t.popularity;
    return track;
  }

  /** Which track to serve for `asked` in `market` (its relinked twin, maybe) and the market facts. */
  private inMarket(asked: number, mode: AppMode, market: string | undefined): { i: number; facts: MarketFacts } {
    if (market === undefined) return { i: asked, facts: {} };
    const t = this.catalog.tracks[asked];
    if (!t.unavailableIn.includes(market)) return { i: asked, facts: { is_playable: true } };
    if (t.relinkedTo === undefined) return { i: asked, facts: { is_playable: false, restrictions: { reason: 'market' } } };
    if (mode === 'development') return { i: t.relinkedTo, facts: { is_playable: true } };
    const linked_from = {
      external_urls: { spotify: `https://open.spotify.com/track/${t.id}` },
      href: `${this.apiBase}/tracks/${t.id}`, id: t.id, type: 'track' as const, uri: `spotify:track:${t.id}`,
    };
    return { i: t.relinkedTo, facts: { is_playable: true, linked_from } };
  }

  /** A PagingObject of encoded items, untidied by the quirks when they are on. */
  page<T>(meta: PageMeta, items: readonly Json<T>[]): Json<Paging<T | null>> {
    // Keyed by the path, not the origin: emulators on other ports untidy the same pages.
    const key = meta.href.slice(this.apiBase.length);
    return pagingJson(meta, this.quirks.page(key, items, meta.limit, meta.total, meta.offset) as Json<T | null>[]);
  }

  // ---- cached JSON -----------------------------------------------------------------------

  artistJson(i: number, mode: AppMode): Json<FullArtist> {
    return this.caches.artist.get(mode, undefined, i, () => toJson(this.fullArtist(i, mode)));
  }

  simplifiedAlbumJson(i: number, mode: AppMode): Json<SimplifiedAlbum> {
    return this.caches.albumSimple.get(mode, undefined, i, () => toJson(this.simplifiedAlbum(i, mode)));
  }

  fullAlbumJson(i: number, mode: AppMode, market?: string): Json<FullAlbum> {
    return this.caches.albumFull.get(mode, market, i, () => toJson(this.fullAlbum(i, mode, market)));
  }

  simplifiedTrackJson(i: number, mode: AppMode, market?: string): Json<WireSimplifiedTrack> {
    return this.caches.trackSimple.get(mode, market, i, () => toJson(this.simplifiedTrack(i, mode, market)));
  }

  fullTrackJson(i: number, mode: AppMode, market?: string): Json<WireFullTrack> {
    return this.caches.trackFull.get(mode, market, i, () => toJson(this.fullTrack(i, mode, market)));
  }

  /** A discography item: the simplified album plus `album_group` (a deprecated field). */
  discographyAlbumJson(i: number, group: AlbumGroup, mode: AppMode): Json<ArtistDiscographyAlbum> {
    const simple = this.simplifiedAlbumJson(i, mode);
    if (mode === 'development') return simple as string as Json<ArtistDiscographyAlbum>;
    return `${simple.slice(0, -1)},"album_group":"${group}"}` as Json<ArtistDiscographyAlbum>;
  }
}
