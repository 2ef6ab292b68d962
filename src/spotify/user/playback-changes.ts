import type { PlaybackState } from './types.js';

// What counts as a change of a user's playback, and when to read it next. Pure functions: the
// poller (playback-poller.ts) acts on them.

/** A read of the playback state and when it was made (epoch ms). */
export interface Observed {
  state: PlaybackState | null;
  at: number;
}

export interface PollIntervals {
  /** While something plays: progress moves, and a track may end. */
  playingMs: number;
  /** While paused or nothing plays; errors back off from it. */
  pausedMs: number;
}

/** Errors back off up to this many times the paused interval. */
const MAX_BACKOFF_FACTOR = 8;

/**
 * Progress off by more than this from where it should be (the last progress plus the time
 * since, while playing) is a seek; less is the jitter of reading it.
 */
const PROGRESS_TOLERANCE_MS = 1500;

/** Everything of a state that changes only by an event (not by time passing). */
function identity(state: PlaybackState | null): string {
  if (!state) return 'nothing';
  const { device, item } = state;
  return JSON.stringify([
    state.is_playing,
    state.currently_playing_type,
    item?.uri ?? null,
    state.context?.uri ?? null,
    state.shuffle_state,
    state.repeat_state,
    device?.id ?? null,
    device?.name ?? null,
    device?.volume_percent ?? null,
    device?.is_active ?? null,
  ]);
}

/** Where progress should stand at `at`, had nothing happened since `observed`. */
export function extrapolatedProgress(observed: Observed, at: number): number | undefined {
  const { state } = observed;
  if (state?.progress_ms == null) return undefined;
  const moved = state.is_playing ? Math.max(0, at - observed.at) : 0;
  const duration = state.item?.duration_ms;
  const progress = state.progress_ms + moved;
  return duration === undefined ? progress : Math.min(progress, duration);
}

/**
 * Whether `after` differs from `before` by more than time passing: another item, device,
 * volume, mode, play/pause, or progress away from where it should be (a seek).
 */
export function playbackChanged(before: Observed | undefined, after: Observed): boolean {
  if (!before) return true;
  if (identity(before.state) !== identity(after.state)) return true;
  const expected = extrapolatedProgress(before, after.at);
  const actual = after.state?.progress_ms ?? undefined;
  if (expected === undefined || actual === undefined) return expected !== actual;
  return Math.abs(actual - expected) > PROGRESS_TOLERANCE_MS;
}

/** The state as of `at`, its progress moved on by the time passed (for a late subscriber). */
export function asOf(observed: Observed, at: number): PlaybackState | null {
  const { state } = observed;
  if (!state) return null;
  const progress = extrapolatedProgress(observed, at);
  return progress === undefined ? state : { ...state, progress_ms: progress };
}

/** When to read again: soon while playing, and right after the track ends if that comes sooner. */
export function nextPollDelay(state: PlaybackState | null, intervals: PollIntervals): number {
  if (!state?.is_playing) return intervals.pausedMs;
  const duration = state.item?.duration_ms;
  const progress = state.progress_ms;
  if (duration === undefined || progress == null) return intervals.playingMs;
  // A little past the end, so the next read sees the next item.
  return Math.max(10, Math.min(intervals.playingMs, duration - progress + 100));
}

/** After `failures` failed reads in a row: the paused interval, doubled each time, capped. */
export function backoffDelay(failures: number, intervals: PollIntervals): number {
  return intervals.pausedMs * Math.min(MAX_BACKOFF_FACTOR, 2 ** Math.max(0, failures - 1));
}
