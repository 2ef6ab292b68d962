// Answers made from the response schemas of Spotify's OpenAPI description with a seeded
// generator, shaped to the request (ids, offsets, page lengths, one item per id asked), then
// optionally made untidy the way real answers are.
import { generateSync } from 'json-schema-faker';
import { responseSchema } from '../../scripts/spec/extract.js';
import { chance, hashSeed, int, pick, type Rng } from 'spotify-emulator';

type Json = any;

/** The user id GET /me answers to a user's token. */
export const userIdOf = (token: string) => `user${hashSeed(token).toString(36)}`;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function spotifyId(rng: Rng): string {
  return Array.from({ length: 22 }, () => BASE62[int(rng, 0, 61)]).join('');
}

/** What the answer is for: the method, the spec's path template, the request's URL, its path ids and bearer token. */
export interface Ask {
  method: string;
  template: string;
  url: URL;
  pathIds: string[];
  token: string;
}

/** Item schemas of the lists the gateway pages through, by where the list sits. */
const PAGE_ITEMS: Record<string, string> = {
  artists: 'ArtistObject',
  albums: 'SimplifiedAlbumObject',
  tracks: 'TrackObject',
  playlists: 'SimplifiedPlaylistObject',
  shows: 'SimplifiedShowObject',
  episodes: 'SimplifiedEpisodeObject',
  audiobooks: 'SimplifiedAudiobookObject',
  '/artists/{id}/albums': 'ArtistDiscographyAlbumObject',
  '/albums/{id}/tracks': 'SimplifiedTrackObject',
  '/albums/{id}': 'SimplifiedTrackObject',
};

function generate(spec: Json, schema: Json, rng: Rng): Json {
  return generateSync({ ...schema, components: spec.components }, { seed: int(rng, 1, 2 ** 31 - 1), alwaysFakeOptionals: true, maxDefaultItems: 2, maxDepth: 6 });
}

/** Every object inside `node` gets a fresh Spotify id (and a URI that matches it). */
function freshIds(node: Json, rng: Rng): void {
  if (Array.isArray(node)) return node.forEach((child) => freshIds(child, rng));
  if (!node || typeof node !== 'object') return;
  if (typeof node.id === 'string') node.id = spotifyId(rng);
  if (typeof node.uri === 'string') node.uri = `spotify:${typeof node.type === 'string' ? node.type : 'item'}:${node.id}`;
  for (const value of Object.values(node)) freshIds(value, rng);
}

/** A page of `limit` from `offset` of a list of plausible length, items cloned from one generated. */
function page(spec: Json, rng: Rng, itemSchema: string, offset: number, limit: number, base: string): Json {
  const total = pick(rng, [int(rng, 0, 40), int(rng, 0, 400), int(rng, 900, 5000)]);
  const template = generate(spec, { $ref: `#/components/schemas/${itemSchema}` }, rng);
  const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, () => {
    const item = structuredClone(template);
    freshIds(item, rng);
    return item;
  });
  const at = (o: number) => `${base}?offset=${o}&limit=${limit}`;
  return { href: at(offset), items, limit, offset, total, next: offset + limit < total ? at(offset + limit) : null, previous: offset > 0 ? at(Math.max(0, offset - limit)) : null };
}

const number = (url: URL, name: string, fallback: number) => Number(url.searchParams.get(name) ?? fallback);

/** The spec's success status of a write, and whether it has a JSON answer. */
function writeAnswer(spec: Json, ask: Ask): { status: number; json: boolean } {
  const responses = spec.paths[ask.template][ask.method.toLowerCase()].responses;
  const status = Number(['200', '201', '204'].find((code) => responses[code]) ?? 200);
  const response = responses[String(status)];
  const resolved = response.$ref ? spec.components.responses[response.$ref.split('/').pop()] : response;
  return { status, json: Boolean(resolved.content?.['application/json']) };
}

/** A tidy success answer to `ask`, every part drawn from its schema in the spec (a write's may have no body). */
export function answer(spec: Json, ask: Ask, rng: Rng): { status: number; body: Json } {
  if (ask.method !== 'GET') {
    const { status, json } = writeAnswer(spec, ask);
    if (!json) return { status, body: undefined };
    const body = generate(spec, responseSchema(spec, `${ask.method} ${ask.template}`), rng);
    freshIds(body, rng);
    return { status, body };
  }
  return { status: 200, body: read(spec, ask, rng) };
}

function read(spec: Json, ask: Ask, rng: Rng): Json {
  const { template, url } = ask;
  const offset = number(url, 'offset', 0);
  const limit = number(url, 'limit', template === '/search' ? 5 : 20);
  const base = `https://api.spotify.com/v1${url.pathname.replace(/^\/v1/, '')}`;
  if (template === '/search') {
    const kinds = (url.searchParams.get('type') ?? '').split(',').map((kind) => `${kind}s`);
    return Object.fromEntries(kinds.filter((kind) => PAGE_ITEMS[kind]).map((kind) => [kind, page(spec, rng, PAGE_ITEMS[kind], offset, limit, base)]));
  }
  if (template === '/artists/{id}/albums' || template === '/albums/{id}/tracks') return page(spec, rng, PAGE_ITEMS[template], offset, limit, base);
  // One answer per URI asked, as Spotify gives.
  if (template === '/me/library/contains') return (url.searchParams.get('uris') ?? '').split(',').map(() => chance(rng, 0.5));
  const body = generate(spec, responseSchema(spec, template), rng);
  freshIds(body, rng);
  if (template === '/me') body.id = userIdOf(ask.token);
  const ids = url.searchParams.get('ids')?.split(',');
  if (ids) {
    // One item per id asked, in order; an id Spotify does not know answers null.
    const [key] = Object.keys(body);
    const [first] = body[key];
    body[key] = ids.map((id) => (chance(rng, 0.1) ? null : { ...structuredClone(first), id, uri: `spotify:${first.type}:${id}` }));
    return body;
  }
  if (ask.pathIds[0] && typeof body.id === 'string') {
    body.id = ask.pathIds[0];
    body.uri = `spotify:${body.type}:${body.id}`;
  }
  if (template === '/albums/{id}') body.tracks = page(spec, rng, PAGE_ITEMS[template], 0, 50, `${base}/tracks`);
  return body;
}

const isPage = (node: Json) => node && typeof node === 'object' && Array.isArray(node.items) && 'total' in node;

interface Places {
  arrays: Json[][];
  /** Objects inside lists, where one bad item must cost only itself. */
  items: Json[];
  pages: Json[];
}

function places(node: Json, insideList: boolean, out: Places): Places {
  if (Array.isArray(node)) {
    out.arrays.push(node);
    for (const child of node) places(child, true, out);
  } else if (node && typeof node === 'object') {
    if (isPage(node)) out.pages.push(node);
    else if (insideList) out.items.push(node);
    for (const value of Object.values(node)) places(value, insideList, out);
  }
  return out;
}

const LONG = 'ÿ'.repeat(20_000);

/**
 * A few of the untidy things real answers hold, inside lists and on pages (never on the
 * answer's own required fields): nulls in lists, empty lists, missing properties, zero and
 * huge numbers, long strings, unknown properties, short pages, lying `total` and `next`.
 */
export function untidy(body: Json, rng: Rng): string[] {
  const found = places(body, false, { arrays: [], items: [], pages: [] });
  const done: string[] = [];
  for (let n = int(rng, 1, 5); n > 0; n--) {
    const kind = pick(rng, ['null', 'empty', 'missing', 'number', 'long', 'unknown', 'short', 'total', 'next'] as const);
    if ((kind === 'null' || kind === 'empty') && found.arrays.length > 0) {
      const list = pick(rng, found.arrays);
      if (kind === 'null') list.splice(int(rng, 0, list.length), 0, null);
      else list.length = 0;
    } else if ((kind === 'missing' || kind === 'number' || kind === 'long' || kind === 'unknown') && found.items.length > 0) {
      const item = pick(rng, found.items);
      const keys = Object.keys(item);
      if (kind === 'missing' && keys.length > 0) delete item[pick(rng, keys)];
      if (kind === 'number') for (const key of keys.filter((k) => typeof item[k] === 'number')) item[key] = pick(rng, [0, 2 ** 31 - 1]);
      if (kind === 'long') for (const key of keys.filter((k) => typeof item[k] === 'string')) if (chance(rng, 0.5)) item[key] = LONG;
      if (kind === 'unknown') item.added_by_spotify_later = { nested: [null, 1, 'x'] };
    } else if (found.pages.length > 0) {
      const p = pick(rng, found.pages);
      if (kind === 'short') p.items.length = int(rng, 0, p.items.length);
      if (kind === 'total') p.total = pick(rng, [0, Math.max(0, p.items.length - 1), p.offset, 2 ** 31 - 1]);
      if (kind === 'next') p.next = pick(rng, [null, 'https://api.spotify.com/v1/elsewhere?offset=0', 'not a link']);
    } else continue;
    done.push(kind);
  }
  return done;
}
