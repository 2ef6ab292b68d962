import { describe, expect, it } from 'vitest';
import { SpotifyBadResponseError } from '../../src/spotify/upstream/errors.js';
import { createDecoder, type Dropped, type SchemaExtract } from '../../src/spotify/upstream/spec/decode.js';
import type { Endpoint } from '../../src/spotify/upstream/spec/decoded-endpoints.js';
import { gatewayView, loadSpec, renderSchemas } from '../../scripts/spec/extract.js';

type Json = any;

const id = (n: number) => `${'0'.repeat(20)}${String(n).padStart(2, '0')}`;
const image = { url: 'https://i.scdn.co/image/a', height: 640, width: null };
const simpleArtist = (n: number) => ({ id: id(n), name: `artist ${n}`, uri: `spotify:artist:${id(n)}` });
const artist = (n: number) => ({ ...simpleArtist(n), type: 'artist', href: 'h', external_urls: { spotify: 'u' }, images: [image] });
const page = (items: unknown[], total = items.length) => ({ href: 'h', items, limit: 10, next: null, offset: 0, previous: null, total });
/** An album as a Development Mode app gets it: no genres, label, popularity or available_markets. */
const album = (n: number) => ({
  album_type: 'album', total_tracks: 1, external_urls: {}, href: 'h', id: id(n), images: [image], name: `album ${n}`,
  release_date: '1981', release_date_precision: 'year', type: 'album', uri: `spotify:album:${id(n)}`, artists: [simpleArtist(1)],
});
const track = (n: number) => ({ ...simpleArtist(n), duration_ms: 1000, explicit: false, artists: [simpleArtist(2)], preview_url: null });

function decoding() {
  const dropped: Dropped[] = [];
  const decoder = createDecoder((d) => dropped.push(d));
  return { dropped, decode: (endpoint: Endpoint, body: unknown) => decoder.decode(endpoint, structuredClone(body)) as Json };
}

describe('decoding answers against the spec', () => {
  it('passes a valid answer through untouched, unknown fields and Spotify\'s total included', () => {
    const { dropped, decode } = decoding();
    const body = { artists: page([{ ...artist(1), from_the_future: { x: 1 } }], 5000) };
    expect(decode('search', body)).toEqual(body);
    expect(dropped).toEqual([]);
  });

  it('cuts a null item out of a list and reports where and why', () => {
    const { dropped, decode } = decoding();
    const decoded = decode('search', { artists: page([artist(1), null, artist(3)], 40) });
    expect(decoded.artists.items.map((a: Json) => a.name)).toEqual(['artist 1', 'artist 3']);
    expect(decoded.artists.total).toBe(40);
    expect(dropped).toEqual([{ endpoint: 'search', index: 1, path: '/artists/items/1', reason: 'null' }]);
  });

  it('drops an item missing a required field, keeps one missing an optional field, removes an optional field of the wrong type', () => {
    const { dropped, decode } = decoding();
    const { name: _, ...nameless } = artist(2);
    const { images: __, ...imageless } = artist(3);
    const decoded = decode('search', { artists: page([artist(1), nameless, imageless, { ...artist(4), popularity: 'high' }]) });
    expect(decoded.artists.items.map((a: Json) => a.name)).toEqual(['artist 1', 'artist 3', 'artist 4']);
    expect(decoded.artists.items[1]).not.toHaveProperty('images');
    expect(decoded.artists.items[2]).not.toHaveProperty('popularity');
    expect(dropped.map((d) => [d.path, d.reason])).toEqual([
      ['/artists/items/3/popularity', 'popularity must be integer'],
      ['/artists/items/1', 'missing name'],
    ]);
  });

  it('cuts inside nested lists: a null image, an album artist without an id', () => {
    const { dropped, decode } = decoding();
    const decoded = decode('album', { ...album(1), artists: [simpleArtist(1), { name: 'x', uri: 'u' }], images: [null, image], copyrights: [], external_ids: {}, tracks: page([track(1), null]) });
    expect(decoded.artists).toHaveLength(1);
    expect(decoded.images).toEqual([image]);
    expect(decoded.tracks.items).toHaveLength(1);
    expect(dropped.map((d) => d.path).sort()).toEqual(['/artists/1', '/images/0', '/tracks/items/1']);
  });

  it('takes fields the spec marks deprecated as optional, and nullable ones as null', () => {
    const { dropped, decode } = decoding();
    decode('artist-albums', page([album(1)]));
    decode('track', { ...track(1), album: album(2) });
    expect(dropped).toEqual([]);
  });

  it('drops items whose id is not a Spotify id: it would go into a request path', () => {
    const { dropped, decode } = decoding();
    const decoded = decode('search', { tracks: page([{ ...track(1), album: album(1), id: '../../me' }, { ...track(2), album: album(2) }]) });
    expect(decoded.tracks.items).toHaveLength(1);
    expect(dropped[0]).toMatchObject({ index: 0, path: '/tracks/items/0' });
  });

  it('keeps positions in a several-items answer: an unusable item becomes null, as an unknown id does', () => {
    const { dropped, decode } = decoding();
    const decoded = decode('artists', { artists: [artist(1), null, { id: id(3) }] });
    expect(decoded.artists.map((a: Json) => a?.name ?? null)).toEqual(['artist 1', null, null]);
    expect(dropped).toEqual([{ endpoint: 'artists', index: 2, path: '/artists/2', reason: 'missing name' }]);
  });

  it('drops what the schema serves as non-null and cannot make up: a playlist without an owner, a play without a time, a copyright without text', () => {
    const { dropped, decode } = decoding();
    const owner = { id: 'someone', display_name: null };
    const playlist = (n: number) => ({ id: id(n), name: `playlist ${n}`, owner, snapshot_id: 's' });
    const { owner: _, ...ownerless } = playlist(2);
    expect(decode('me-playlists', page([playlist(1), ownerless, { ...playlist(3), owner: { display_name: 'x' } }])).items).toEqual([playlist(1)]);
    const play = { track: { ...track(1), album: album(1) }, played_at: '2026-01-01T00:00:00.000Z' };
    const { played_at: __, ...timeless } = play;
    const plays = decode('me-recently-played', { items: [play, timeless, { ...play, context: { type: 'album' } }] });
    // A context without its uri is no context: it goes, the play stays.
    expect(plays.items).toEqual([play, play]);
    const copyrights = decode('album', { ...album(1), copyrights: [{ text: '© 1981', type: 'C' }, { type: 'P' }], external_ids: {}, tracks: page([]) }).copyrights;
    expect(copyrights).toEqual([{ text: '© 1981', type: 'C' }]);
    expect(dropped.map((d) => [d.endpoint, d.path, d.reason])).toEqual([
      ['me-playlists', '/items/2', 'missing id'],
      ['me-playlists', '/items/1', 'missing owner'],
      ['me-recently-played', '/items/2/context', 'missing uri'],
      ['me-recently-played', '/items/1', 'missing played_at'],
      ['album', '/copyrights/1', 'missing text'],
    ]);
  });

  it('throws for a single object it cannot use, and for an answer that is not JSON of the right kind', () => {
    const { dropped, decode } = decoding();
    expect(() => decode('artist', { id: id(1) })).toThrow(SpotifyBadResponseError);
    expect(() => decode('search', '<html>oops</html>')).toThrow(SpotifyBadResponseError);
    expect(() => decode('tracks', { tracks: 'none' })).toThrow(SpotifyBadResponseError);
    expect(dropped.map((d) => d.path)).toEqual(['', '', '']);
  });
});

describe('every GET endpoint of the spec is one line away', () => {
  const spec = loadSpec();
  const view = gatewayView(spec);
  const gets = Object.fromEntries(
    Object.keys(view.paths)
      .filter((path) => view.paths[path].get)
      .map((path) => [path, path]),
  );
  const schemas = JSON.parse(renderSchemas(view, gets)) as SchemaExtract;

  it('compiles the response schema of every GET (nullable, allOf and oneOf included)', () => {
    expect(() => createDecoder(undefined, schemas)).not.toThrow();
  });

  it('decodes playlist items, whose entries are a track or an episode (oneOf)', () => {
    const dropped: Dropped[] = [];
    const decoder = createDecoder((d) => dropped.push(d), schemas);
    const entry = (item: unknown) => ({ added_at: '2026-01-01T00:00:00Z', is_local: false, item });
    const body = page([entry({ ...track(1), album: album(1), type: 'track' }), null, entry({ ...track(2), album: album(2), type: 'track', artists: 'none' })]);
    const decoded = decoder.decode('/playlists/{playlist_id}/items' as Endpoint, body) as Json;
    expect(decoded.items).toHaveLength(2);
    expect(decoded.items[0].item.name).toBe('artist 1');
    // The entry stays; its item, matching neither alternative, goes.
    expect(decoded.items[1]).not.toHaveProperty('item');
    expect(dropped.map((d) => d.path)).toEqual(['/items/2/item', '/items/1']);
  });
});
