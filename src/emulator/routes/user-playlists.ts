// Playlists users create: listing (/me/playlists), creating, changing details, and reading,
// adding and removing items. Writing needs playlist-modify-public for a public playlist and
// playlist-modify-private for a private one; items are readable and writable by the owner
// and, on a collaborative playlist, by the users who follow it. Catalog playlists are not
// kept here: /me/playlists lists them through Users.seededPlaylists. GET /playlists/{id} is
// the catalog playlists' route; user playlists are read through /me/playlists and their items.

import { ApiError, ok, pageLinks, parseLimit, parseMarket, parseOffset, requireId, type Reply } from '../http.js';
import { DEMO_USER_IDS, type DemoUser } from '../users/demo-users.js';
import type { UserPlaylist } from '../users/playlists.js';
import { requireScopes, type Scope } from '../users/scopes.js';
import { asUser, type Session } from '../users/session.js';
import { PlaylistWire } from '../users/user-wire.js';
import { pagingJson, type Json } from '../wire.js';
import type { RouteContext } from './context.js';

const MAX_ITEMS_PER_CALL = 100;
/** Entries are track URIs only: the catalog has no episodes. */
const TRACK_URI_PREFIX = 'spotify:track:';
/** Items embedded in a full playlist object. */
const EMBEDDED_ITEMS = 100;

const userOf = (id: string): DemoUser => DEMO_USER_IDS.get(id)!;
const wireOf = (ctx: RouteContext) => new PlaylistWire(ctx.wire, ctx.mode, userOf);

function playlistOf(ctx: RouteContext): UserPlaylist {
  const playlist = ctx.users.playlists.get(requireId(ctx.id));
  if (!playlist) throw new ApiError(404, 'Resource not found');
  return playlist;
}

function canEditItems(p: UserPlaylist, me: Session): boolean {
  return p.owner === me.user.id || (p.collaborative && me.library.playlists.has(p.id));
}

const modifyScope = (isPublic: boolean): Scope => (isPublic ? 'playlist-modify-public' : 'playlist-modify-private');

function jsonBody(ctx: RouteContext): Record<string, unknown> {
  if (ctx.body.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(ctx.body);
  } catch {
    throw new ApiError(400, 'Error parsing JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError(400, 'Error parsing JSON.');
  return body as Record<string, unknown>;
}

function optionalBoolean(body: Record<string, unknown>, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new ApiError(400, `${key} must be a boolean`);
  return value;
}

function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ApiError(400, `${key} must be a string`);
  return value;
}

/** The user's own playlists and the created playlists they follow, newest first, after the seeded ones. */
export const myPlaylists = asUser((ctx, me) => {
  requireScopes(me.scopes, 'playlist-read-private');
  const limit = parseLimit(ctx.query, 20, 50);
  const offset = parseOffset(ctx.query, 100_000);
  const wire = wireOf(ctx);
  const listed: [number, UserPlaylist][] = ctx.users.playlists.ownedBy(me.user.id).map((p) => [p.createdAt, p]);
  for (const [id, at] of me.library.playlists) {
    const p = ctx.users.playlists.get(id);
    if (p && p.owner !== me.user.id) listed.push([at, p]);
  }
  listed.sort((a, b) => b[0] - a[0]);
  const all = [...ctx.users.seededPlaylists(me.user.id, ctx.mode), ...listed.map(([, p]) => wire.simplified(p))];
  const page = all.slice(offset, offset + limit) as Json<unknown>[];
  return ok(pagingJson(pageLinks(`${ctx.wire.apiBase}/me/playlists`, '', offset, limit, all.length), page));
});

export const createPlaylist = asUser((ctx, me) => {
  const body = jsonBody(ctx);
  const name = optionalString(body, 'name');
  if (name === undefined || name.trim() === '') throw new ApiError(400, 'Missing required field: name');
  const collaborative = optionalBoolean(body, 'collaborative') ?? false;
  const isPublic = optionalBoolean(body, 'public') ?? !collaborative;
  if (collaborative && isPublic) throw new ApiError(400, 'Collaborative playlists cannot be public');
  requireScopes(me.scopes, modifyScope(isPublic));
  if (collaborative) requireScopes(me.scopes, 'playlist-modify-public', 'playlist-modify-private');
  const description = optionalString(body, 'description') ?? null;
  const playlist = ctx.users.playlists.create(me.user.id, { name, description, public: isPublic, collaborative }, Date.now());
  // A new playlist has neither items nor followers yet.
  return { ...ok(wireOf(ctx).full(playlist, 0, itemsPage(ctx, playlist, 0, EMBEDDED_ITEMS))), status: 201 };
});

function itemsPage(ctx: RouteContext, p: UserPlaylist, offset: number, limit: number): Json<unknown> {
  const wire = wireOf(ctx);
  const items = p.entries.slice(offset, offset + limit).map((e) => wire.entry(e, ctx.catalog.trackIndex.get(e.uri.slice(TRACK_URI_PREFIX.length))!));
  return pagingJson(pageLinks(`${ctx.wire.apiBase}/playlists/${p.id}/items`, '', offset, limit, p.entries.length), items);
}

export const playlistItems = asUser((ctx, me) => {
  requireScopes(me.scopes, 'playlist-read-private');
  parseMarket(ctx.query);
  const p = playlistOf(ctx);
  if (!canEditItems(p, me)) throw new ApiError(403, 'Forbidden');
  return ok(itemsPage(ctx, p, parseOffset(ctx.query), parseLimit(ctx.query, 20, 50)));
});

function checkEditable(p: UserPlaylist, me: Session): void {
  requireScopes(me.scopes, modifyScope(p.public));
  if (!canEditItems(p, me)) throw new ApiError(403, 'Forbidden');
}

function trackUri(ctx: RouteContext, uri: unknown): string {
  const match = typeof uri === 'string' ? /^spotify:(track|episode):([0-9A-Za-z]{22})$/.exec(uri) : null;
  if (!match) throw new ApiError(400, `Invalid track uri: ${String(uri)}`);
  if (match[1] === 'episode' || !ctx.catalog.trackIndex.has(match[2])) throw new ApiError(400, 'Payload contains a non-existing ID');
  return uri as string;
}

export const addItems = asUser((ctx, me) => {
  const p = playlistOf(ctx);
  checkEditable(p, me);
  const body = ctx.query.uris === undefined ? jsonBody(ctx) : {};
  const raw = ctx.query.uris !== undefined ? ctx.query.uris.split(',').map((s) => s.trim()) : body.uris;
  if (!Array.isArray(raw) || raw.length === 0) throw new ApiError(400, 'No uris provided');
  if (raw.length > MAX_ITEMS_PER_CALL) throw new ApiError(400, `You can add a maximum of ${MAX_ITEMS_PER_CALL} tracks per request.`);
  const uris = raw.map((u) => trackUri(ctx, u));
  const rawPosition = ctx.query.position ?? body.position;
  let position = p.entries.length;
  if (rawPosition !== undefined) {
    position = Number(rawPosition);
    if (!Number.isInteger(position) || position < 0 || position > p.entries.length) throw new ApiError(400, 'Index out of bounds');
  }
  const now = Date.now();
  p.entries.splice(position, 0, ...uris.map((uri) => ({ uri, addedAt: now, addedBy: me.user.id })));
  return { ...snapshotReply(ctx, p), status: 201 };
});

export const removeItems = asUser((ctx, me) => {
  const p = playlistOf(ctx);
  checkEditable(p, me);
  const items = jsonBody(ctx).items;
  if (!Array.isArray(items) || items.length === 0) throw new ApiError(400, 'Missing required field: items');
  if (items.length > MAX_ITEMS_PER_CALL) throw new ApiError(400, `You can remove a maximum of ${MAX_ITEMS_PER_CALL} tracks per request.`);
  const uris = new Set(items.map((item) => trackUri(ctx, (item as { uri?: unknown } | null)?.uri)));
  p.entries = p.entries.filter((e) => !uris.has(e.uri));
  return snapshotReply(ctx, p);
});

function snapshotReply(ctx: RouteContext, p: UserPlaylist): Reply {
  return ok(JSON.stringify({ snapshot_id: ctx.users.playlists.touch(p) }));
}

/** Change Playlist Details: owner only; 200 with an empty body. */
export const changeDetails = asUser((ctx, me) => {
  const p = playlistOf(ctx);
  const body = jsonBody(ctx);
  const name = optionalString(body, 'name');
  const description = optionalString(body, 'description');
  const isPublic = optionalBoolean(body, 'public') ?? p.public;
  const collaborative = optionalBoolean(body, 'collaborative') ?? p.collaborative;
  requireScopes(me.scopes, modifyScope(p.public), modifyScope(isPublic));
  if (p.owner !== me.user.id) throw new ApiError(403, 'Forbidden');
  if (name !== undefined && name.trim() === '') throw new ApiError(400, 'name must not be empty');
  if (collaborative && isPublic) throw new ApiError(400, 'Collaborative playlists cannot be public');
  Object.assign(p, { name: name ?? p.name, description: description ?? p.description, public: isPublic, collaborative });
  ctx.users.playlists.touch(p);
  return { status: 200, body: '' };
});
