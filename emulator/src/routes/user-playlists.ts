// A user's playlists: listing them (/me/playlists) and creating one. Spotify lists the
// playlists a user owns or follows, and a collaborator follows the collaborative playlists
// they edit: so the list holds the user's created playlists and the ones they followed, newest
// first, then the seeded ones they own or collaborate on, in catalog order. Collaborative
// playlists are listed only with playlist-read-collaborative.

import type { Playlist } from '../catalog-playlists.js';
import { ApiError, ok, pageLinks, parseLimit, parseOffset } from '../http.js';
import { requireScopes } from '../users/scopes.js';
import { asUser, type Session } from '../users/session.js';
import { pagingJson, toJson } from '../wire.js';
import type { RouteContext } from './context.js';
import { jsonBody, optionalBoolean, optionalString } from './json-body.js';
import { modifyScope } from './playlist-changes.js';

function listed(ctx: RouteContext, me: Session): Playlist[] {
  const userId = me.user.id;
  const dated: [number, Playlist][] = [];
  for (const p of ctx.playlists.createdPlaylists()) {
    if (p.owner === userId) dated.push([ctx.playlists.createdAt(p.id)!, p]);
  }
  for (const [id, at] of me.library.playlists) {
    const p = ctx.playlists.get(id);
    if (p && p.owner !== userId) dated.push([at, p]);
  }
  // Newest first; of two in the same millisecond, the later one.
  dated.reverse().sort((a, b) => b[0] - a[0]);
  const seeded = ctx.playlists.seeded().filter((p) => p.owner === userId || p.collaborators.includes(userId));
  const all = [...new Map([...dated.map(([, p]) => p), ...seeded].map((p) => [p.id, p])).values()];
  return me.scopes.has('playlist-read-collaborative') ? all : all.filter((p) => !p.collaborative);
}

export const myPlaylists = asUser((ctx, me) => {
  requireScopes(me.scopes, 'playlist-read-private');
  const limit = parseLimit(ctx.query, 20, 50);
  const offset = parseOffset(ctx.query, 100_000);
  const all = listed(ctx, me);
  const page = all.slice(offset, offset + limit).map((p) => toJson(ctx.playlistWire.simplified(p, ctx.mode)));
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
  const playlist = ctx.playlists.create(me.user.id, { name, description, public: isPublic, collaborative }, Date.now());
  const options = { mode: ctx.mode, episodes: false };
  // The owner may read the (still empty) items, so the answer embeds them.
  return { ...ok(toJson(ctx.playlistWire.full(playlist, options, true, {}))), status: 201 };
});
