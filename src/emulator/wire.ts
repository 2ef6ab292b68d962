// Turns catalog records into Spotify wire objects (the shapes of src/spotify/types.ts) and
// caches their JSON per app mode. Responses are then assembled by concatenating cached
// JSON fragments, which keeps hot endpoints such as search cheap.
//
// Development Mode omits every field the OpenAPI description marks `deprecated: true` on
// these objects: artist followers/genres/popularity; album available_markets, genres, label,
// popularity and album_group; track available_markets, popularity and preview_url.

import type {
  AppMode, ArtistDiscographyAlbum, FullAlbum, FullArtist, FullTrack, Paging, SimplifiedAlbum,
  SimplifiedArtist, SimplifiedTrack, SpotifyImage,
} from '../spotify/types.js';
import type { AlbumGroup, Catalog } from './catalog.js';

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

/** A PagingObject from already-encoded items, in Spotify's key order. */
export function pagingJson<T>(meta: PageMeta, items: readonly Json<T>[]): Json<Paging<T>> {
  const str = (s: string | null) => (s === null ? 'null' : JSON.stringify(s));
  return (`{"href":${str(meta.href)},"items":[${items.join(',')}],"limit":${meta.limit},` +
    `"next":${str(meta.next)},"offset":${meta.offset},"previous":${str(meta.previous)},"total":${meta.total}}`) as Json<Paging<T>>;
}

/** Markets served in `available_markets` (a short fixed list rather than Spotify's ~185). */
const MARKETS = [
  'AR', 'AU', 'BR', 'CA', 'DE', 'ES', 'FR', 'GB', 'IE', 'IT', 'JP', 'KR', 'MX', 'NL', 'NZ',
  'SE', 'US',
] as const;

/** The first page of an album's tracks embedded in a full album, as Spotify does. */
const ALBUM_EMBEDDED_TRACKS = 50;

// Spotify image ids start with a prefix naming the owner kind and size; widest first.
const IMAGE_SIZES = [640, 300, 64];
const IMAGE_PREFIXES = {
  artist: ['ab6761610000e5eb', 'ab67616100005174', 'ab6761610000f178'],
  album: ['ab67616d0000b273', 'ab67616d00001e02', 'ab67616d00004851'],
};

function images(hash: string, owner: 'artist' | 'album'): SpotifyImage[] {
  return IMAGE_SIZES.map((size, k) => ({ url: `https://i.scdn.co/image/${IMAGE_PREFIXES[owner][k]}${hash}`, height: size, width: size }));
}

type Cache = Record<AppMode, (string | undefined)[]>;
const newCache = (): Cache => ({ development: [], extended: [] });

export class Wire {
  private readonly simpleArtists: SimplifiedArtist[];
  private readonly caches = {
    artist: newCache(),
    albumSimple: newCache(),
    albumFull: newCache(),
    trackSimple: newCache(),
    trackFull: newCache(),
  };

  constructor(readonly catalog: Catalog, readonly apiBase: string) {
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

  simplifiedArtist(i: number): SimplifiedArtist {
    return this.simpleArtists[i];
  }

  fullArtist(i: number, mode: AppMode): FullArtist {
    const a = this.catalog.artists[i];
    const artist: FullArtist = { ...this.simpleArtists[i], images: images(a.image, 'artist') };
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
      images: images(a.image, 'album'),
      name: a.name,
      release_date: a.releaseDate,
      release_date_precision: a.releaseDatePrecision,
      type: 'album',
      uri: `spotify:album:${a.id}`,
      artists: a.artists.map((x) => this.simpleArtists[x]),
    };
    return mode === 'extended' ? { available_markets: [...MARKETS], ...album } : album;
  }

  fullAlbum(i: number, mode: AppMode): FullAlbum {
    const a = this.catalog.albums[i];
    const year = a.releaseDate.slice(0, 4);
    const first = a.tracks.slice(0, ALBUM_EMBEDDED_TRACKS).map((t) => this.simplifiedTrack(t, mode));
    const base = `${this.apiBase}/albums/${a.id}/tracks`;
    const tracks: Paging<SimplifiedTrack> = {
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

  simplifiedTrack(i: number, mode: AppMode): SimplifiedTrack {
    const t = this.catalog.tracks[i];
    const track: SimplifiedTrack = {
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
    };
    if (mode === 'development') return track;
    return {
      available_markets: [...MARKETS],
      ...track,
      preview_url: t.preview === null ? null : `https://p.scdn.co/mp3-preview/${t.preview}`,
    };
  }

  fullTrack(i: number, mode: AppMode): FullTrack {
    const t = this.catalog.tracks[i];
    const track: FullTrack = {
      album: this.simplifiedAlbum(t.album, mode),
      ...this.simplifiedTrack(i, mode),
      external_ids: { isrc: t.isrc },
    };
    if (mode === 'extended') track.popularity = t.popularity;
    return track;
  }

  // ---- cached JSON -----------------------------------------------------------------------

  artistJson(i: number, mode: AppMode): Json<FullArtist> {
    return cached(this.caches.artist[mode], i, () => toJson(this.fullArtist(i, mode)));
  }

  simplifiedAlbumJson(i: number, mode: AppMode): Json<SimplifiedAlbum> {
    return cached(this.caches.albumSimple[mode], i, () => toJson(this.simplifiedAlbum(i, mode)));
  }

  fullAlbumJson(i: number, mode: AppMode): Json<FullAlbum> {
    return cached(this.caches.albumFull[mode], i, () => toJson(this.fullAlbum(i, mode)));
  }

  simplifiedTrackJson(i: number, mode: AppMode): Json<SimplifiedTrack> {
    return cached(this.caches.trackSimple[mode], i, () => toJson(this.simplifiedTrack(i, mode)));
  }

  fullTrackJson(i: number, mode: AppMode): Json<FullTrack> {
    return cached(this.caches.trackFull[mode], i, () => toJson(this.fullTrack(i, mode)));
  }

  /** A discography item: the simplified album plus `album_group` (a deprecated field). */
  discographyAlbumJson(i: number, group: AlbumGroup, mode: AppMode): Json<ArtistDiscographyAlbum> {
    const simple = this.simplifiedAlbumJson(i, mode);
    if (mode === 'development') return simple as string as Json<ArtistDiscographyAlbum>;
    return `${simple.slice(0, -1)},"album_group":"${group}"}` as Json<ArtistDiscographyAlbum>;
  }
}

function cached<T>(slot: (string | undefined)[], i: number, build: () => Json<T>): Json<T> {
  let json = slot[i] as Json<T> | undefined;
  if (json === undefined) {
    json = build();
    slot[i] = json;
  }
  return json;
}
