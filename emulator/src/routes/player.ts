// The player endpoints (/v1/me/player…): reading the playback state, devices and queue, and
// the commands. Commands need Spotify Premium (403 PREMIUM_REQUIRED), a device to act on
// (404 NO_ACTIVE_DEVICE) and answer 204; pausing a paused player or resuming a playing one is
// 403 "Restriction violated", all as Spotify answers them.

import { ApiError, ok, type Reply } from '../http.js';
import { deviceJson, itemJson, playbackJson } from '../player/player-wire.js';
import { PlayerRefusal, PREMIUM_REQUIRED, type PlayerContext, type PlayerItem, type RepeatState, type SimulatedPlayer } from '../player/simulated-player.js';
import { requireScopes } from '../users/scopes.js';
import { asUser, type Session } from '../users/session.js';
import type { RouteContext } from './context.js';
import { jsonBody } from './json-body.js';

const NOTHING: Reply = { status: 204, body: '' };

const playerOf = (ctx: RouteContext, me: Session) => ctx.users.players.of(me.user, me.library);

/** The types Get Playback State is asked to describe besides tracks. */
const asksForEpisodes = (ctx: RouteContext) => (ctx.query.additional_types ?? '').split(',').includes('episode');

export const playbackState = asUser((ctx, me) => {
  requireScopes(me.scopes, 'user-read-playback-state');
  const player = playerOf(ctx, me);
  if (player.activeDevice === null || player.current === null) return NOTHING;
  return ok(JSON.stringify(playbackJson(player, ctx.wire, ctx.spokenWire, ctx.mode, asksForEpisodes(ctx))));
});

export const currentlyPlaying = asUser((ctx, me) => {
  requireScopes(me.scopes, 'user-read-currently-playing');
  const player = playerOf(ctx, me);
  if (player.activeDevice === null || player.current === null) return NOTHING;
  const { device: _device, shuffle_state: _s, repeat_state: _r, ...playing } = playbackJson(player, ctx.wire, ctx.spokenWire, ctx.mode, asksForEpisodes(ctx));
  return ok(JSON.stringify(playing));
});

export const devices = asUser((ctx, me) => {
  requireScopes(me.scopes, 'user-read-playback-state');
  const player = playerOf(ctx, me);
  return ok(JSON.stringify({ devices: player.devices.map((d) => deviceJson(player, d)) }));
});

export const queue = asUser((ctx, me) => {
  requireScopes(me.scopes, 'user-read-currently-playing', 'user-read-playback-state');
  const player = playerOf(ctx, me);
  const json = (item: PlayerItem) => itemJson(item, ctx.wire, ctx.spokenWire, ctx.mode);
  const current = player.activeDevice === null ? null : player.current;
  return ok(JSON.stringify({ currently_playing: current && json(current), queue: current ? player.upcoming(20).map(json) : [] }));
});

/** A command: scope, Premium, the device; then `act`, answered 204 (or Spotify's refusal). */
function command(act: (player: SimulatedPlayer, ctx: RouteContext) => void, options: { namesDevice?: boolean } = {}) {
  return asUser((ctx, me): Reply => {
    requireScopes(me.scopes, 'user-modify-playback-state');
    if (me.user.product !== 'premium') return PREMIUM_REQUIRED().reply;
    const player = playerOf(ctx, me);
    try {
      if (!options.namesDevice) player.activate(player.target(ctx.query.device_id));
      act(player, ctx);
    } catch (error) {
      if (error instanceof PlayerRefusal) return error.reply;
      throw error;
    }
    return NOTHING;
  });
}

function integerParam(ctx: RouteContext, name: string, min: number, max: number): number {
  const raw = ctx.query[name];
  if (raw === undefined) throw new ApiError(400, `Missing required parameter: ${name}`);
  const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= min && value <= max)) throw new ApiError(400, `Invalid ${name}`);
  return value;
}

const URI = /^spotify:(track|episode|album|playlist|artist|show):([0-9A-Za-z]{22})$/;

function parsedUri(ctx: RouteContext, uri: unknown): { kind: string; index: number; id: string } {
  const match = typeof uri === 'string' ? URI.exec(uri) : null;
  if (!match) throw new ApiError(400, 'Invalid URI');
  const [, kind, id] = match;
  const { catalog } = ctx;
  const indexes: Record<string, Map<string, number>> = {
    track: catalog.trackIndex, episode: catalog.episodeIndex, album: catalog.albumIndex, artist: catalog.artistIndex, show: catalog.showIndex,
  };
  const index = kind === 'playlist' ? (ctx.playlists.get(id) ? 0 : undefined) : indexes[kind].get(id);
  if (index === undefined) throw new ApiError(404, 'Not found.');
  return { kind, index, id };
}

function playableUri(ctx: RouteContext, uri: unknown): PlayerItem {
  const { kind, index } = parsedUri(ctx, uri);
  if (kind !== 'track' && kind !== 'episode') throw new ApiError(400, 'Unsupported uri kind');
  return { kind, index };
}

/** The items a context plays, in order. */
function contextItems(ctx: RouteContext, context: PlayerContext, index: number): PlayerItem[] {
  const { catalog } = ctx;
  switch (context.type) {
    case 'album':
      return catalog.albums[index].tracks.map((t) => ({ kind: 'track', index: t }));
    case 'artist':
      return catalog.topTracks[index].map((t) => ({ kind: 'track', index: t }));
    case 'show':
      return catalog.shows[index].episodes.map((e) => ({ kind: 'episode', index: e }));
    case 'playlist':
      return (ctx.playlists.get(context.id)?.items ?? []).flatMap((entry): PlayerItem[] =>
        entry.kind === 'track' ? [{ kind: 'track', index: entry.track }] : entry.kind === 'episode' ? [{ kind: 'episode', index: entry.episode }] : [],
      );
  }
}

export const play = command((player, ctx) => {
  const body = jsonBody(ctx);
  const offset = body.offset as { position?: unknown; uri?: unknown } | undefined;
  const positionMs = body.position_ms === undefined ? 0 : Number(body.position_ms);
  if (!Number.isInteger(positionMs) || positionMs < 0) throw new ApiError(400, 'Invalid position_ms');
  let items: PlayerItem[] | undefined;
  let context: PlayerContext | null = null;
  if (body.context_uri !== undefined) {
    const { kind, index, id } = parsedUri(ctx, body.context_uri);
    if (kind === 'track' || kind === 'episode') throw new ApiError(400, 'Non supported context uri');
    context = { type: kind as PlayerContext['type'], id };
    items = contextItems(ctx, context, index);
  } else if (body.uris !== undefined) {
    if (!Array.isArray(body.uris) || body.uris.length === 0) throw new ApiError(400, 'uris must be a non-empty array');
    items = body.uris.map((uri) => playableUri(ctx, uri));
  }
  if (!items) {
    // No body: resume what was playing (a playing player: "Restriction violated").
    if (body.position_ms !== undefined && player.current) return player.load(player.context, player.items, player.position, positionMs);
    return player.resume();
  }
  if (items.length === 0) throw new ApiError(400, 'Nothing to play');
  let position = 0;
  if (offset?.position !== undefined) {
    if (!Number.isInteger(offset.position) || (offset.position as number) < 0) throw new ApiError(400, 'Invalid offset');
    position = offset.position as number;
  } else if (offset?.uri !== undefined) {
    const wanted = playableUri(ctx, offset.uri);
    position = Math.max(0, items.findIndex((i) => i.kind === wanted.kind && i.index === wanted.index));
  }
  player.load(context, items, position, positionMs);
});

export const pause = command((player) => player.pause());
export const next = command((player) => player.next());
export const previous = command((player) => player.previous());
export const seek = command((player, ctx) => player.seek(integerParam(ctx, 'position_ms', 0, 2 ** 31 - 1)));

export const repeat = command((player, ctx) => {
  const state = ctx.query.state;
  if (state !== 'off' && state !== 'track' && state !== 'context') throw new ApiError(400, 'State must be one of track, context or off');
  player.setRepeat(state as RepeatState);
});

export const shuffle = command((player, ctx) => {
  const state = ctx.query.state;
  if (state !== 'true' && state !== 'false') throw new ApiError(400, 'State must be true or false');
  player.setShuffle(state === 'true');
});

export const volume = command((player, ctx) => {
  player.target(ctx.query.device_id).volume = integerParam(ctx, 'volume_percent', 0, 100);
});

export const transfer = command(
  (player, ctx) => {
    const body = jsonBody(ctx);
    const ids = body.device_ids;
    if (!Array.isArray(ids) || ids.length !== 1 || typeof ids[0] !== 'string') throw new ApiError(400, 'device_ids must hold exactly one device id');
    player.activate(player.target(ids[0]));
    if (body.play === true && !player.playing && player.current) player.resume();
  },
  { namesDevice: true },
);

export const addToQueue = command((player, ctx) => player.enqueue(playableUri(ctx, ctx.query.uri)));
