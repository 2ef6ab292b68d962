// One demo user's player: two devices, what plays and from where, a queue, and a clock that
// moves progress on while playing and goes to the next item when one ends. Commands change
// it as Spotify's would; what Spotify refuses is thrown as the exact answer it gives.

import { createHash } from 'node:crypto';
import { ApiError, errorReply, type Reply } from '../http.js';

export interface PlayerItem {
  kind: 'track' | 'episode';
  /** Index into the catalog's tracks or episodes. */
  index: number;
}

export interface PlayerContext {
  type: 'album' | 'playlist' | 'artist' | 'show';
  id: string;
}

export interface Device {
  id: string;
  name: string;
  type: string;
  volume: number;
}

export type RepeatState = 'off' | 'track' | 'context';

/** A refusal as Spotify words it: thrown from a command, answered as is. */
export class PlayerRefusal extends Error {
  constructor(readonly reply: Reply) {
    super('player refusal');
  }
}

export const NO_ACTIVE_DEVICE = () => new PlayerRefusal(errorReply(404, 'Player command failed: No active device found', 'NO_ACTIVE_DEVICE'));
export const PREMIUM_REQUIRED = () => new PlayerRefusal(errorReply(403, 'Player command failed: Premium required', 'PREMIUM_REQUIRED'));
export const RESTRICTION_VIOLATED = () => new PlayerRefusal(errorReply(403, 'Player command failed: Restriction violated', 'UNKNOWN'));

/** Going back restarts the item instead once this far in, as Spotify's clients do. */
const RESTART_AFTER_MS = 3000;

/** A Spotify-like device id: 40 hex characters, the same for a user and slot every run. */
function deviceId(userId: string, slot: number): string {
  return createHash('sha1').update(`device:${userId}:${slot}`).digest('hex');
}

export class SimulatedPlayer {
  readonly devices: Device[];
  activeDevice: string | null = null;
  context: PlayerContext | null = null;
  /** The items of the context (or of the list played), in order. */
  items: PlayerItem[] = [];
  /** Where in `items` playback stands (the current item when it did not come from the queue). */
  private index = 0;
  private item: PlayerItem | null = null;
  /** What the user queued, played before the rest of the context. */
  readonly queued: PlayerItem[] = [];
  private isPlaying = false;
  shuffle = false;
  repeat: RepeatState = 'off';
  /** When the state last changed by a command or an item change (Spotify's `timestamp`). */
  changedAt: number;
  /** Progress at `since`; while playing it grows with the clock. */
  private progressAt = 0;
  private since: number;

  constructor(
    userId: string,
    /** Milliseconds an item lasts. */
    private readonly durationOf: (item: PlayerItem) => number,
    private readonly now: () => number = Date.now,
  ) {
    this.devices = [
      { id: deviceId(userId, 0), name: 'Web Player (Chrome)', type: 'Computer', volume: 65 },
      { id: deviceId(userId, 1), name: 'Living Room Speaker', type: 'Speaker', volume: 40 },
    ];
    this.since = this.changedAt = now();
  }

  // What plays, where and whether: read through the clock, so an item that ended gives way first.

  /** What plays now; null before anything was played. */
  get current(): PlayerItem | null {
    this.settle();
    return this.item;
  }

  get position(): number {
    this.settle();
    return this.index;
  }

  get playing(): boolean {
    this.settle();
    return this.isPlaying;
  }

  get progressMs(): number {
    this.settle();
    return this.progressAt + (this.isPlaying ? this.now() - this.since : 0);
  }

  /** Starts `items` (from `context`) at `position`, `positionMs` in, on the active device. */
  load(context: PlayerContext | null, items: PlayerItem[], position: number, positionMs = 0): void {
    this.context = context;
    this.items = items;
    this.index = Math.min(Math.max(0, position), items.length - 1);
    this.item = items[this.index] ?? null;
    this.at(positionMs, true);
  }

  /** The device a command acts on: the one named (404 when unknown), else the active one. */
  target(deviceIdAsked: string | undefined): Device {
    const id = deviceIdAsked ?? this.activeDevice;
    if (id === null) throw NO_ACTIVE_DEVICE();
    const device = this.devices.find((d) => d.id === id);
    if (!device) throw new ApiError(404, 'Device not found');
    return device;
  }

  /** Commands that name a device make it the active one, as on Spotify. */
  activate(device: Device): void {
    this.activeDevice = device.id;
  }

  resume(): void {
    this.settle();
    if (this.isPlaying || this.item === null) throw RESTRICTION_VIOLATED();
    this.at(this.progressAt, true);
  }

  pause(): void {
    this.settle();
    if (!this.isPlaying) throw RESTRICTION_VIOLATED();
    this.at(this.progressMs, false);
  }

  next(): void {
    this.settle();
    this.advance();
  }

  previous(): void {
    this.settle();
    if (this.item === null) throw RESTRICTION_VIOLATED();
    if (this.progressMs > RESTART_AFTER_MS || this.index === 0) return this.at(0, this.isPlaying);
    this.index -= 1;
    this.item = this.items[this.index];
    this.at(0, this.isPlaying);
  }

  seek(positionMs: number): void {
    this.settle();
    if (this.item === null) throw RESTRICTION_VIOLATED();
    this.at(positionMs, this.isPlaying);
    this.settle();
  }

  setRepeat(state: RepeatState): void {
    this.repeat = state;
    this.changedAt = this.now();
  }

  setShuffle(on: boolean): void {
    this.shuffle = on;
    this.changedAt = this.now();
  }

  enqueue(item: PlayerItem): void {
    this.queued.push(item);
  }

  /** Up to `max` items that come next: the queued ones, then the rest of the context. */
  upcoming(max: number): PlayerItem[] {
    this.settle();
    return [...this.queued, ...this.items.slice(this.index + 1)].slice(0, max);
  }

  private at(progressMs: number, playing: boolean): void {
    this.progressAt = progressMs;
    this.isPlaying = playing;
    this.since = this.changedAt = this.now();
  }

  /** Moves to the next item: a queued one first, then the context's; past the last, stops (or wraps, repeating). */
  private advance(): void {
    const queued = this.queued.shift();
    if (queued) {
      this.item = queued;
    } else if (this.index + 1 < this.items.length) {
      this.index += 1;
      this.item = this.items[this.index];
    } else {
      this.index = 0;
      this.item = this.items[0] ?? null;
      return this.at(0, this.isPlaying && this.repeat === 'context');
    }
    this.at(0, this.isPlaying);
  }

  /** The clock: items that ended while playing give way to the next ones. */
  private settle(): void {
    while (this.isPlaying && this.item !== null) {
      const duration = this.durationOf(this.item);
      const progress = this.progressAt + (this.now() - this.since);
      if (progress < duration) return;
      const endedAt = this.since + (duration - this.progressAt);
      if (this.repeat === 'track') {
        this.progressAt = 0;
        this.since = endedAt;
        continue;
      }
      this.advance();
      // The next item began when the last one ended, not now.
      this.since = this.changedAt = endedAt;
    }
  }
}
