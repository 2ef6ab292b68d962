// What counts as a change of playback, and when the poller reads next: pure functions.
import { describe, expect, it } from 'vitest';
import { backoffDelay, nextPollDelay, playbackChanged, type Observed } from '../../../src/spotify/user/playback-changes.js';
import type { PlaybackState } from '../../../src/spotify/user/types.js';

const intervals = { playingMs: 1000, pausedMs: 5000 };

function state(overrides: Partial<PlaybackState> & { itemUri?: string; duration?: number } = {}): PlaybackState {
  const { itemUri = 'spotify:track:a', duration = 200_000, ...rest } = overrides;
  return {
    is_playing: true,
    progress_ms: 10_000,
    shuffle_state: false,
    repeat_state: 'off',
    currently_playing_type: 'track',
    device: { id: 'd1', name: 'Laptop', is_active: true, volume_percent: 50 },
    item: { uri: itemUri, duration_ms: duration, type: 'track' } as PlaybackState['item'],
    ...rest,
  };
}

const at = (s: PlaybackState | null, time: number): Observed => ({ state: s, at: time });

describe('playbackChanged', () => {
  it('is no change when progress moved on by the time that passed', () => {
    expect(playbackChanged(at(state(), 0), at(state({ progress_ms: 13_000 }), 3000))).toBe(false);
    // Within the jitter of reading it.
    expect(playbackChanged(at(state(), 0), at(state({ progress_ms: 14_000 }), 3000))).toBe(false);
  });

  it('is a change when progress jumped (a seek), or moved while paused', () => {
    expect(playbackChanged(at(state(), 0), at(state({ progress_ms: 60_000 }), 3000))).toBe(true);
    expect(playbackChanged(at(state({ is_playing: false }), 0), at(state({ is_playing: false, progress_ms: 13_000 }), 3000))).toBe(true);
  });

  it('is a change for another item, play/pause, device, volume, shuffle, repeat, or nothing playing', () => {
    const before = at(state(), 0);
    const later = (s: PlaybackState | null) => playbackChanged(before, at(s, 1000));
    expect(later(state({ progress_ms: 11_000 }))).toBe(false);
    expect(later(state({ itemUri: 'spotify:track:b', progress_ms: 0 }))).toBe(true);
    expect(later(state({ is_playing: false, progress_ms: 11_000 }))).toBe(true);
    expect(later(state({ progress_ms: 11_000, device: { id: 'd2', name: 'Speaker', is_active: true, volume_percent: 50 } }))).toBe(true);
    expect(later(state({ progress_ms: 11_000, device: { id: 'd1', name: 'Laptop', is_active: true, volume_percent: 20 } }))).toBe(true);
    expect(later(state({ progress_ms: 11_000, shuffle_state: true }))).toBe(true);
    expect(later(state({ progress_ms: 11_000, repeat_state: 'track' }))).toBe(true);
    expect(later(null)).toBe(true);
    expect(playbackChanged(at(null, 0), at(null, 1000))).toBe(false);
    expect(playbackChanged(undefined, at(null, 0))).toBe(true);
  });
});

describe('nextPollDelay', () => {
  it('reads every playing interval while playing, slower while paused or stopped', () => {
    expect(nextPollDelay(state(), intervals)).toBe(1000);
    expect(nextPollDelay(state({ is_playing: false }), intervals)).toBe(5000);
    expect(nextPollDelay(null, intervals)).toBe(5000);
  });

  it('reads just after the track ends when that comes sooner', () => {
    expect(nextPollDelay(state({ progress_ms: 199_700 }), intervals)).toBe(400);
  });

  it('backs off on failures, doubling up to eight times the paused interval', () => {
    expect([1, 2, 3, 4, 5, 9].map((n) => backoffDelay(n, intervals))).toEqual([5000, 10_000, 20_000, 40_000, 40_000, 40_000]);
  });
});
