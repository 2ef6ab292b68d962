import type { GatewayContext } from '../context.js';
import { parseSpotifyLink } from '../spotify/catalog/links.js';
import type { PlaybackEvent } from '../spotify/user/playback-poller.js';
import type { PlayTarget } from '../spotify/user/player-endpoints.js';
import type { PlaybackDevice, PlaybackQueue, PlaybackState, RepeatState } from '../spotify/user/types.js';
import { builder } from './builder.js';
import { badUserInput } from './errors.js';
import { CatalogItemUnion, resolveLink } from './lookup.js';
import { CatalogRef, type KindModel } from './catalog-kinds.js';
import { checkedLinks, requireSignedIn } from './user-arguments.js';
import { CurrentUserRef } from './user-refs.js';
import { userScoped } from './user-scoped.js';

// The signed-in user's player: what plays where (`me { player }`), the commands (mutations,
// each answering the state one read later) and `playbackChanged`, the subscription fed by the
// user's one poller (spotify/user/playback-poller.ts).

type PlayableWire = NonNullable<PlaybackState['item']>;

/** A track or episode of the player, as the schema's Track and Episode take it. */
function playable(item: PlayableWire | null | undefined): KindModel['track'] | KindModel['episode'] | null {
  if (!item || !item.id) return null;
  if (item.type === 'track' && 'album' in item) return { track: item };
  if (item.type === 'episode' && 'show' in item) return { episode: item };
  return null;
}

const PlayableItemUnion = builder.unionType('PlayableItem', {
  description: 'What a player plays: a track or a podcast episode.',
  types: [CatalogRef.track, CatalogRef.episode],
  resolveType: (item) => ('track' in item ? CatalogRef.track : CatalogRef.episode),
});

const RepeatModeEnum = builder.enumType('RepeatMode', {
  description: 'What the player repeats.',
  values: {
    OFF: { value: 'off', description: 'Nothing: playback stops after the last item.' },
    TRACK: { value: 'track', description: 'The current track or episode.' },
    CONTEXT: { value: 'context', description: 'The album, playlist or show being played.' },
  } as const,
});

const REPEAT_MODES: readonly string[] = ['off', 'track', 'context'] satisfies RepeatState[];
const repeatMode = (state: string): RepeatState | null => (REPEAT_MODES.includes(state) ? (state as RepeatState) : null);

const DeviceRef = builder.objectRef<PlaybackDevice>('Device').implement({
  description: "One of the user's Spotify Connect devices (a phone, a computer, a speaker) that can play.",
  fields: (t) => ({
    id: t.string({ nullable: true, description: 'The device id to pass as `deviceId`; null for a device Spotify gives none (it cannot be addressed).', resolve: (d) => d.id ?? null }),
    name: t.string({ description: 'The name the user sees, e.g. "Kitchen speaker".', resolve: (d) => d.name ?? '' }),
    type: t.string({ description: 'What kind of device: "computer", "smartphone", "speaker", …', resolve: (d) => d.type ?? 'unknown' }),
    volumePercent: t.int({ nullable: true, description: 'The volume, 0 to 100; null when the device does not say.', resolve: (d) => d.volume_percent ?? null }),
    isActive: t.boolean({ description: 'Whether this device is the one playing (commands without `deviceId` go to it).', resolve: (d) => d.is_active ?? false }),
    isRestricted: t.boolean({ description: 'Whether the device refuses commands through the Web API (they fail FORBIDDEN).', resolve: (d) => d.is_restricted ?? false }),
    supportsVolume: t.boolean({ description: 'Whether `setVolume` works on it.', resolve: (d) => d.supports_volume ?? true }),
  }),
});

const PlaybackStateRef = builder.objectRef<PlaybackState>('PlaybackState').implement({
  description: "Where the user's playback stands: on which device, what plays, from where, and how far in.",
  fields: (t) => ({
    device: t.field({ type: DeviceRef, nullable: true, description: 'The active device.', resolve: (s) => s.device ?? null }),
    isPlaying: t.boolean({ description: 'True while it plays, false while paused.', resolve: (s) => s.is_playing ?? false }),
    progressMs: t.int({
      nullable: true,
      description: "How far into the item, in milliseconds, when Spotify was read. Between changes `playbackChanged` sends nothing: while `isPlaying`, a client moves it on with its own clock.",
      resolve: (s) => s.progress_ms ?? null,
    }),
    shuffle: t.boolean({ description: 'Whether shuffle is on.', resolve: (s) => s.shuffle_state ?? false }),
    repeat: t.field({
      type: RepeatModeEnum,
      // The spec types repeat_state as any string: a mode this API does not know is null, not an error.
      nullable: true,
      description: 'What repeats (off when Spotify does not say); null when Spotify names a mode this API does not know.',
      resolve: (s) => repeatMode(s.repeat_state ?? 'off'),
    }),
    item: t.field({
      type: PlayableItemUnion,
      nullable: true,
      description: 'The track or episode playing; null during an ad or for an item Spotify does not describe.',
      resolve: (s) => playable(s.item),
    }),
    playingType: t.string({ description: 'What plays: "track", "episode", "ad" or "unknown".', resolve: (s) => s.currently_playing_type ?? 'unknown' }),
    contextUri: t.string({ nullable: true, description: 'The Spotify URI of what it plays from (an album, a playlist, an artist, a show); null when it plays from no context.', resolve: (s) => s.context?.uri ?? null }),
    context: t.field({
      type: CatalogItemUnion,
      nullable: true,
      description: 'What it plays from, looked up (one more call, cached like any catalog lookup): an Album, Playlist, Artist or Show; null when it plays from none, or from one no link names (the Liked Songs collection).',
      resolve: (s, _args, ctx) => {
        const link = s.context?.uri ? parseSpotifyLink(s.context.uri) : undefined;
        return link ? resolveLink(link, undefined, ctx) : null;
      },
    }),
  }),
});

const QueueRef = builder.objectRef<PlaybackQueue>('PlaybackQueue').implement({
  description: "The user's queue: what plays now and what comes next.",
  fields: (t) => ({
    currentlyPlaying: t.field({ type: PlayableItemUnion, nullable: true, description: 'What plays now; null when nothing does.', resolve: (q) => playable(q.currently_playing) }),
    next: t.field({
      type: [PlayableItemUnion],
      description: 'What plays next, in order (what the user queued first, then the rest of the context), as far as Spotify tells.',
      resolve: (q) => (q.queue ?? []).map(playable).filter((item): item is KindModel['track'] | KindModel['episode'] => item !== null),
    }),
  }),
});

interface PlayerModel {
  signedIn: true;
}

const PlayerRef = builder.objectRef<PlayerModel>('Player').implement({
  description: "The user's player, read with their token (one call per field selected, never cached).",
  fields: (t) => ({
    state: t.field({
      type: PlaybackStateRef,
      nullable: true,
      description: 'Where playback stands (scope user-read-playback-state); null when nothing plays on any device.',
      resolve: (_p, _args, ctx) => ctx.spotify.player.state(),
    }),
    devices: t.field({
      type: [DeviceRef],
      description: "The user's devices Spotify can play on (scope user-read-playback-state); empty when Spotify is open on none.",
      resolve: (_p, _args, ctx) => ctx.spotify.player.devices(),
    }),
    queue: t.field({
      type: QueueRef,
      description: 'What plays now and next (scopes user-read-currently-playing, user-read-playback-state).',
      resolve: (_p, _args, ctx) => ctx.spotify.player.queue(),
    }),
  }),
});

builder.objectFields(CurrentUserRef, (t) => ({
  player: t.field({
    type: PlayerRef,
    description: "The user's player: playback state, devices and queue. `playbackChanged` follows the state live.",
    resolve: () => ({ signedIn: true }) as const,
  }),
}));

// Device ids are opaque to the gateway; this only keeps what is not one out of the call.
const DEVICE_ID = /^[A-Za-z0-9_.:-]{1,128}$/;

function deviceOf(deviceId: string | null | undefined): string | undefined {
  if (deviceId == null) return undefined;
  if (!DEVICE_ID.test(deviceId)) throw badUserInput(`"deviceId" must be a device id as \`devices\` lists it, got "${deviceId.slice(0, 40)}"`);
  return deviceId;
}

const deviceArgument = 'The device to act on (an id from `me.player.devices`); the active device when left out.';

/** A command, then the state as it stands after it (one read). */
async function command(ctx: GatewayContext, send: () => Promise<void>): Promise<PlaybackState | null> {
  requireSignedIn(ctx);
  await send();
  return ctx.spotify.player.state();
}

const commandNote =
  'Needs Spotify Premium (PREMIUM_REQUIRED otherwise) and a device where Spotify is open (NO_ACTIVE_DEVICE otherwise); a restricted device, or a missing scope (user-modify-playback-state), is FORBIDDEN. Sent once, never retried. Answers the playback state as it stands after, one read later (Spotify may take a moment to apply the command).';

/** A whole number in bounds, or BAD_USER_INPUT. */
function bounded(value: number, name: string, min: number, max: number): number {
  if (value < min || value > max) throw badUserInput(`"${name}" must be from ${min} to ${max}, got ${value}`);
  return value;
}

function playTarget(args: { context?: string | null; items?: readonly string[] | null; offset?: number | null; offsetItem?: string | null; positionMs?: number | null }): PlayTarget {
  if (args.context != null && args.items != null) throw badUserInput('Give "context" or "items", not both');
  const target: PlayTarget = {};
  if (args.context != null) target.contextUri = checkedLinks([args.context], ['album', 'playlist', 'artist', 'show'], 1)[0].uri;
  if (args.items != null) target.uris = checkedLinks(args.items, ['track', 'episode'], 100).map((link) => link.uri);
  if (args.offset != null && args.offsetItem != null) throw badUserInput('Give "offset" or "offsetItem", not both');
  if ((args.offset != null || args.offsetItem != null) && target.contextUri === undefined && target.uris === undefined) throw badUserInput('"offset" and "offsetItem" need "context" or "items"');
  if (args.offset != null) target.offset = { position: bounded(args.offset, 'offset', 0, 100_000) };
  if (args.offsetItem != null) target.offset = { uri: checkedLinks([args.offsetItem], ['track', 'episode'], 1)[0].uri };
  if (args.positionMs != null) target.positionMs = bounded(args.positionMs, 'positionMs', 0, 2 ** 31 - 1);
  return target;
}

builder.mutationFields((t) => {
  const device = { deviceId: t.arg.string({ description: deviceArgument }) };
  const control = (description: string, args: Record<string, never> | undefined, run: (ctx: GatewayContext, deviceId: string | undefined) => Promise<void>) =>
    t.field({
      type: PlaybackStateRef,
      nullable: true,
      description: `${description} ${commandNote}`,
      args: { ...args, ...device },
      resolve: (_root, a, ctx) => {
        const deviceId = deviceOf(a.deviceId);
        return command(ctx, () => run(ctx, deviceId));
      },
    });
  return {
    play: t.field({
      type: PlaybackStateRef,
      nullable: true,
      description: `Plays what it is given (a context, or a list of tracks and episodes), or resumes when given neither. ${commandNote}`,
      args: {
        context: t.arg.string({ description: 'A Spotify URI or open.spotify.com link of an album, playlist, artist or show to play.' }),
        items: t.arg.stringList({ description: 'Spotify URIs or open.spotify.com links of tracks and episodes to play, in order (at most 100).' }),
        offset: t.arg.int({ description: 'Where in the context or list to start, from 0.' }),
        offsetItem: t.arg.string({ description: 'The track or episode of the context or list to start at (a link), instead of `offset`.' }),
        positionMs: t.arg.int({ description: 'Where in the first item to start, in milliseconds.' }),
        ...device,
      },
      resolve: (_root, args, ctx) => {
        const target = playTarget(args);
        const deviceId = deviceOf(args.deviceId);
        return command(ctx, () => ctx.spotify.player.play(target, deviceId));
      },
    }),
    pause: control('Pauses playback (pausing a paused player is done at once).', undefined, (ctx, deviceId) => ctx.spotify.player.pause(deviceId)),
    skipToNext: control('Skips to the next item in the queue.', undefined, (ctx, deviceId) => ctx.spotify.player.next(deviceId)),
    skipToPrevious: control('Skips to the previous item.', undefined, (ctx, deviceId) => ctx.spotify.player.previous(deviceId)),
    seek: t.field({
      type: PlaybackStateRef,
      nullable: true,
      description: `Moves to a position in the item playing (past its end: the next item). ${commandNote}`,
      args: { positionMs: t.arg.int({ required: true, description: 'The position, in milliseconds.' }), ...device },
      resolve: (_root, args, ctx) => {
        const position = bounded(args.positionMs, 'positionMs', 0, 2 ** 31 - 1);
        const deviceId = deviceOf(args.deviceId);
        return command(ctx, () => ctx.spotify.player.seek(position, deviceId));
      },
    }),
    setRepeat: t.field({
      type: PlaybackStateRef,
      nullable: true,
      description: `Sets what repeats. ${commandNote}`,
      args: { mode: t.arg({ type: RepeatModeEnum, required: true, description: 'What to repeat.' }), ...device },
      resolve: (_root, args, ctx) => {
        const deviceId = deviceOf(args.deviceId);
        return command(ctx, () => ctx.spotify.player.setRepeat(args.mode as RepeatState, deviceId));
      },
    }),
    setShuffle: t.field({
      type: PlaybackStateRef,
      nullable: true,
      description: `Turns shuffle on or off. ${commandNote}`,
      args: { on: t.arg.boolean({ required: true, description: 'True to shuffle.' }), ...device },
      resolve: (_root, args, ctx) => {
        const deviceId = deviceOf(args.deviceId);
        return command(ctx, () => ctx.spotify.player.setShuffle(args.on, deviceId));
      },
    }),
    setVolume: t.field({
      type: PlaybackStateRef,
      nullable: true,
      description: `Sets the volume of the device. ${commandNote}`,
      args: { percent: t.arg.int({ required: true, description: 'The volume, 0 to 100.' }), ...device },
      resolve: (_root, args, ctx) => {
        const percent = bounded(args.percent, 'percent', 0, 100);
        const deviceId = deviceOf(args.deviceId);
        return command(ctx, () => ctx.spotify.player.setVolume(percent, deviceId));
      },
    }),
    transferPlayback: t.field({
      type: PlaybackStateRef,
      nullable: true,
      description: `Moves playback to another device. ${commandNote}`,
      args: {
        deviceId: t.arg.string({ required: true, description: 'The device to play on (an id from `me.player.devices`).' }),
        play: t.arg.boolean({ description: 'True: play there; false or left out: keep playing or paused as now.' }),
      },
      resolve: (_root, args, ctx) => {
        const deviceId = deviceOf(args.deviceId)!;
        return command(ctx, () => ctx.spotify.player.transfer(deviceId, args.play ?? undefined));
      },
    }),
    addToQueue: t.field({
      type: PlaybackStateRef,
      nullable: true,
      description: `Adds a track or episode to the end of the user's queue (before the rest of the context). ${commandNote}`,
      args: { link: t.arg.string({ required: true, description: 'A Spotify URI or open.spotify.com link of a track or episode.' }), ...device },
      resolve: (_root, args, ctx) => {
        const uri = checkedLinks([args.link], ['track', 'episode'], 1)[0].uri;
        const deviceId = deviceOf(args.deviceId);
        return command(ctx, () => ctx.spotify.player.addToQueue(uri, deviceId));
      },
    }),
  };
});

builder.subscriptionFields((t) => ({
  playbackChanged: t.field({
    type: PlaybackStateRef,
    nullable: true,
    extensions: userScoped,
    description:
      "The signed-in user's playback, first as it stands, then each time it changes (another item, play or pause, a seek, a device, volume, shuffle or repeat; not progress moving on as it plays): null while nothing plays. Served over Server-Sent Events. One poller per user reads Spotify for every subscription of that user (about once a second while playing, every few seconds while paused; see the README for the cost). Ends with UNAUTHENTICATED when the user's token expires, and FORBIDDEN without scope user-read-playback-state.",
    subscribe: (_root, _args, ctx) => {
      requireSignedIn(ctx);
      return ctx.spotify.playbackChanges();
    },
    resolve: (event: PlaybackEvent) => {
      if ('error' in event) throw event.error;
      return event.state;
    },
  }),
}));
