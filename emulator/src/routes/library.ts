// Library writes and checks by URI (/me/library, the current endpoints, artist follows
// included) and artist and user follows (/me/following, deprecated but still served, and the
// one listing followed artists).
// The scope a URI needs follows its kind: saved items user-library-*, artists and users
// user-follow-*, playlists playlist-modify-public / playlist-read-private.

import { ApiError, ok, parseLimit, requireId, type Reply } from '../http.js';
import { DEMO_USER_IDS } from '../users/demo-users.js';
import { addAll, type SavedKind, type UserLibrary } from '../users/library.js';
import { requireScopes, type Scope } from '../users/scopes.js';
import { asUser, type Session } from '../users/session.js';
import { cursorPagingJson } from '../users/user-wire.js';
import type { RouteContext } from './context.js';

const MAX_URIS = 40;
const MAX_IDS = 50;
const NON_EXISTING = 'Payload contains a non-existing ID';

type UriKind = SavedKind | 'artist' | 'user' | 'playlist';
const SAVED: readonly string[] = ['track', 'album', 'show', 'episode', 'audiobook'];

interface ParsedUri {
  kind: UriKind;
  id: string;
}

function parseUris(ctx: RouteContext, allowArtists: boolean): ParsedUri[] {
  const raw = ctx.query.uris;
  if (raw === undefined || raw.trim() === '') throw new ApiError(400, 'Missing required parameter: uris');
  const parts = raw.split(',').map((s) => s.trim());
  if (parts.length > MAX_URIS) throw new ApiError(400, `Too many URIs requested: at most ${MAX_URIS}`);
  return parts.map((uri) => {
    const match = /^spotify:([a-z]+):([^:]+)$/.exec(uri);
    if (!match) throw new ApiError(400, `Invalid URI: ${uri}`);
    const kind = match[1];
    const supported = SAVED.includes(kind) || kind === 'user' || kind === 'playlist' || (allowArtists && kind === 'artist');
    if (!supported) throw new ApiError(400, `Unsupported URI type: ${kind}`);
    if (kind !== 'user') requireId(match[2]);
    return { kind: kind as UriKind, id: match[2] };
  });
}

function scopeFor(kind: UriKind, write: boolean): Scope {
  if (kind === 'artist' || kind === 'user') return write ? 'user-follow-modify' : 'user-follow-read';
  if (kind === 'playlist') return write ? 'playlist-modify-public' : 'playlist-read-private';
  return write ? 'user-library-modify' : 'user-library-read';
}

/** Whether an id names something that can be saved or followed. */
function exists(ctx: RouteContext, { kind, id }: ParsedUri): boolean {
  switch (kind) {
    case 'track':
      return ctx.catalog.trackIndex.has(id);
    case 'album':
      return ctx.catalog.albumIndex.has(id);
    case 'show':
      return ctx.catalog.showIndex.has(id);
    case 'episode':
      return ctx.catalog.episodeIndex.has(id);
    case 'audiobook':
      return ctx.catalog.audiobookIndex.has(id);
    case 'artist':
      return ctx.catalog.artistIndex.has(id);
    case 'user':
      return DEMO_USER_IDS.has(id);
    case 'playlist':
      return ctx.playlists.get(id) !== undefined;
  }
}

/**
 * Following a collaborative playlist joins it as a collaborator, and unfollowing leaves it:
 * Spotify's collaborators are the followers who may edit.
 */
function joinOrLeave(ctx: RouteContext, id: string, userId: string, join: boolean): void {
  const found = ctx.playlists.get(id);
  if (!found || !found.collaborative || found.owner === userId || found.collaborators.includes(userId) === join) return;
  const p = ctx.playlists.editable(found);
  p.collaborators = join ? [...p.collaborators, userId] : p.collaborators.filter((c) => c !== userId);
}

/** Whether the user follows something; owners and collaborators follow their playlists. */
function follows(ctx: RouteContext, library: UserLibrary, userId: string, { kind, id }: ParsedUri): boolean {
  if (collectionOf(library, kind).has(id)) return true;
  const p = kind === 'playlist' ? ctx.playlists.get(id) : undefined;
  return p !== undefined && (p.owner === userId || p.collaborators.includes(userId));
}

function collectionOf(library: UserLibrary, kind: UriKind): Map<string, number> {
  if (kind === 'artist') return library.artists;
  if (kind === 'user') return library.users;
  if (kind === 'playlist') return library.playlists;
  return library.saved[kind];
}

function changeLibrary(save: boolean) {
  return asUser((ctx, me) => {
    // Artists too: Spotify's February 2026 change moved artist follows to /me/library.
    const uris = parseUris(ctx, true);
    for (const uri of uris) requireScopes(me.scopes, scopeFor(uri.kind, true));
    if (save && !uris.every((u) => exists(ctx, u))) throw new ApiError(400, NON_EXISTING);
    const now = Date.now();
    for (const uri of uris) {
      const collection = collectionOf(me.library, uri.kind);
      if (save) addAll(collection, [uri.id], now);
      else collection.delete(uri.id);
      if (uri.kind === 'playlist') joinOrLeave(ctx, uri.id, me.user.id, save);
    }
    return emptyReply(200);
  });
}

export const saveToLibrary = changeLibrary(true);
export const removeFromLibrary = changeLibrary(false);

export const libraryContains = asUser((ctx, me) => {
  const uris = parseUris(ctx, true);
  for (const uri of uris) requireScopes(me.scopes, scopeFor(uri.kind, false));
  return ok(JSON.stringify(uris.map((u) => follows(ctx, me.library, me.user.id, u))));
});

// ---- /me/following ------------------------------------------------------------------------

function followType(ctx: RouteContext, allowed: readonly string[]): 'artist' | 'user' {
  const type = ctx.query.type;
  if (type === undefined || type === '') throw new ApiError(400, 'Missing parameter type');
  if (!allowed.includes(type)) throw new ApiError(400, `Bad type: ${type}`);
  return type as 'artist' | 'user';
}

/** ids from the query, or else from a JSON body `{"ids": [...]}`. */
function followIds(ctx: RouteContext, type: 'artist' | 'user'): string[] {
  let ids: unknown = ctx.query.ids?.split(',').map((s) => s.trim());
  if (ids === undefined && ctx.body.trim() !== '') {
    try {
      ids = (JSON.parse(ctx.body) as { ids?: unknown }).ids;
    } catch {
      throw new ApiError(400, 'Error parsing JSON.');
    }
  }
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string' && id !== '')) {
    throw new ApiError(400, 'Missing required parameter: ids');
  }
  if (ids.length > MAX_IDS) throw new ApiError(400, 'Too many ids requested');
  if (type === 'artist') ids.forEach(requireId);
  return ids as string[];
}

/** Followed artists in id order, so `after` (the last id seen) stays a stable cursor. */
export const followedArtists = asUser((ctx, me) => {
  requireScopes(me.scopes, 'user-follow-read');
  followType(ctx, ['artist']);
  const limit = parseLimit(ctx.query, 20, 50);
  const after = ctx.query.after;
  if (after !== undefined) requireId(after);
  const ids = [...me.library.artists.keys()].sort();
  const rest = after === undefined ? ids : ids.filter((id) => id > after);
  const page = rest.slice(0, limit);
  const last = page.at(-1) ?? null;
  const base = `${ctx.wire.apiBase}/me/following?type=artist`;
  const meta = {
    href: `${base}${after === undefined ? '' : `&after=${after}`}&limit=${limit}`,
    limit,
    next: rest.length > limit && last !== null ? `${base}&after=${last}&limit=${limit}` : null,
    cursors: { after: rest.length > limit ? last : null },
    total: ids.length,
  };
  const items = page.map((id) => ctx.wire.artistJson(ctx.catalog.artistIndex.get(id)!, ctx.mode));
  return ok(`{"artists":${cursorPagingJson(meta, items)}}`);
});

function changeFollows(follow: boolean) {
  return asUser((ctx, me: Session) => {
    requireScopes(me.scopes, 'user-follow-modify');
    const type = followType(ctx, ['artist', 'user']);
    const ids = followIds(ctx, type);
    const known = (id: string) => (type === 'artist' ? ctx.catalog.artistIndex.has(id) : DEMO_USER_IDS.has(id));
    if (follow && !ids.every(known)) throw new ApiError(400, NON_EXISTING);
    const collection = type === 'artist' ? me.library.artists : me.library.users;
    if (follow) addAll(collection, ids, Date.now());
    else for (const id of ids) collection.delete(id);
    return emptyReply(204);
  });
}

export const follow = changeFollows(true);
export const unfollow = changeFollows(false);

export const followingContains = asUser((ctx, me) => {
  requireScopes(me.scopes, 'user-follow-read');
  const type = followType(ctx, ['artist', 'user']);
  const collection = type === 'artist' ? me.library.artists : me.library.users;
  return ok(JSON.stringify(followIds(ctx, type).map((id) => collection.has(id))));
});

function emptyReply(status: number): Reply {
  return { status, body: '' };
}
