// Changing playlists, seeded and user-created alike: adding and removing items, and changing
// the details. Only a user token may: its user must be the owner or, on a collaborative
// playlist, a collaborator (anyone else gets 403 Forbidden, as on Spotify), and hold
// playlist-modify-public for a public playlist or playlist-modify-private for a private one.
// Details are the owner's alone. Each change makes a new snapshot id (and so a new ETag).

import { canReadPlaylistItems, type Playlist, type PlaylistEntry } from '../catalog-playlists.js';
import { ApiError, ok, type Reply } from '../http.js';
import { requireScopes, type Scope } from '../users/scopes.js';
import { asUser, type Session } from '../users/session.js';
import type { RouteContext } from './context.js';
import { jsonBody, optionalBoolean, optionalString } from './json-body.js';

const MAX_ITEMS_PER_CALL = 100;

export const modifyScope = (isPublic: boolean): Scope => (isPublic ? 'playlist-modify-public' : 'playlist-modify-private');

/** The playlist to change, once the caller may change its items. */
function editableItems(ctx: RouteContext, me: Session): Playlist {
  const p = ctx.playlists.find(ctx.id);
  requireScopes(me.scopes, modifyScope(p.public));
  // Those who may read the items (owner and collaborators) are those who may change them.
  if (!canReadPlaylistItems(p, me.user.id)) throw new ApiError(403, 'Forbidden');
  return ctx.playlists.editable(p);
}

type CatalogItem = { kind: 'track'; track: number } | { kind: 'episode'; episode: number };

/** A track or episode URI of the catalog, as a new entry's item. */
function itemOf(ctx: RouteContext, uri: unknown): CatalogItem {
  const match = typeof uri === 'string' ? /^spotify:(track|episode):([0-9A-Za-z]{22})$/.exec(uri) : null;
  if (!match) throw new ApiError(400, `Invalid track uri: ${String(uri)}`);
  const index = (match[1] === 'track' ? ctx.catalog.trackIndex : ctx.catalog.episodeIndex).get(match[2]);
  if (index === undefined) throw new ApiError(400, 'Payload contains a non-existing ID');
  return match[1] === 'track' ? { kind: 'track', track: index } : { kind: 'episode', episode: index };
}

/** `uri`, once it names a track or episode of the catalog (400 otherwise). */
function catalogUri(ctx: RouteContext, uri: unknown): string {
  itemOf(ctx, uri);
  return uri as string;
}

/** The URI an entry is removed by; none for local files and entries whose track is gone. */
function uriOf(ctx: RouteContext, e: PlaylistEntry): string | undefined {
  if (e.kind === 'track') return `spotify:track:${ctx.catalog.tracks[e.track].id}`;
  if (e.kind === 'episode') return `spotify:episode:${ctx.catalog.episodes[e.episode].id}`;
  return undefined;
}

/** added_at: whole seconds, as Spotify sends them. */
const addedAt = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const addItems = asUser((ctx, me) => {
  const p = editableItems(ctx, me);
  const body = ctx.query.uris === undefined ? jsonBody(ctx) : {};
  const raw = ctx.query.uris !== undefined ? ctx.query.uris.split(',').map((s) => s.trim()) : body.uris;
  if (!Array.isArray(raw) || raw.length === 0) throw new ApiError(400, 'No uris provided');
  if (raw.length > MAX_ITEMS_PER_CALL) throw new ApiError(400, `You can add a maximum of ${MAX_ITEMS_PER_CALL} tracks per request.`);
  const items = raw.map((uri) => itemOf(ctx, uri));
  const rawPosition = ctx.query.position ?? body.position;
  let position = p.items.length;
  if (rawPosition !== undefined) {
    position = Number(rawPosition);
    if (!Number.isInteger(position) || position < 0 || position > p.items.length) throw new ApiError(400, 'Index out of bounds');
  }
  const base = { addedAt: addedAt(Date.now()), addedBy: me.user.id };
  p.items.splice(position, 0, ...items.map((item): PlaylistEntry => ({ ...base, ...item })));
  return { ...snapshotReply(ctx, p), status: 201 };
});

export const removeItems = asUser((ctx, me) => {
  const p = editableItems(ctx, me);
  const items = jsonBody(ctx).items;
  if (!Array.isArray(items) || items.length === 0) throw new ApiError(400, 'Missing required field: items');
  if (items.length > MAX_ITEMS_PER_CALL) throw new ApiError(400, `You can remove a maximum of ${MAX_ITEMS_PER_CALL} tracks per request.`);
  const uris = new Set(items.map((item) => catalogUri(ctx, (item as { uri?: unknown } | null)?.uri)));
  // Every occurrence of each URI goes, as on Spotify.
  p.items = p.items.filter((e) => !uris.has(uriOf(ctx, e) ?? ''));
  return snapshotReply(ctx, p);
});

function snapshotReply(ctx: RouteContext, p: Playlist): Reply {
  return ok(JSON.stringify({ snapshot_id: ctx.playlists.touch(p) }));
}

/** Change Playlist Details: owner only; 200 with an empty body. */
export const changeDetails = asUser((ctx, me) => {
  const found = ctx.playlists.find(ctx.id);
  const body = jsonBody(ctx);
  const name = optionalString(body, 'name');
  const description = optionalString(body, 'description');
  const isPublic = optionalBoolean(body, 'public') ?? found.public;
  const collaborative = optionalBoolean(body, 'collaborative') ?? found.collaborative;
  requireScopes(me.scopes, modifyScope(found.public), modifyScope(isPublic));
  if (found.owner !== me.user.id) throw new ApiError(403, 'Forbidden');
  if (name !== undefined && name.trim() === '') throw new ApiError(400, 'name must not be empty');
  if (collaborative && isPublic) throw new ApiError(400, 'Collaborative playlists cannot be public');
  const p = ctx.playlists.editable(found);
  Object.assign(p, { name: name ?? p.name, description: description ?? p.description, public: isPublic, collaborative });
  // A playlist that stops being collaborative is its owner's alone again.
  if (!collaborative) p.collaborators = [];
  ctx.playlists.touch(p);
  return { status: 200, body: '' };
});
