// The emulator's simulated player on a clock the test moves: progress, the next item when one
// ends, the queue first, repeat, and Spotify's refusals.
import { describe, expect, it } from 'vitest';
import { PlayerRefusal, SimulatedPlayer, type PlayerItem } from '../src/player/simulated-player.js';

const track = (index: number): PlayerItem => ({ kind: 'track', index });

function player() {
  let now = 1_000_000;
  const p = new SimulatedPlayer('sora', () => 10_000, () => now);
  p.activate(p.devices[0]);
  p.load({ type: 'album', id: 'x' }, [track(0), track(1), track(2)], 0, 0);
  return { p, advance: (ms: number) => (now += ms) };
}

const refusal = (act: () => void) => {
  try {
    act();
  } catch (error) {
    return error instanceof PlayerRefusal ? JSON.parse(String(error.reply.body)) : error;
  }
  return undefined;
};

describe('the simulated player', () => {
  it('moves progress on with the clock, and to the next item when one ends', () => {
    const { p, advance } = player();
    advance(4000);
    expect(p.progressMs).toBe(4000);
    advance(8000);
    expect(p.current).toEqual(track(1));
    expect(p.progressMs).toBe(2000);
  });

  it('plays queued items before the rest of the context, and stops after the last item', () => {
    const { p, advance } = player();
    p.enqueue(track(9));
    expect(p.upcoming(5)).toEqual([track(9), track(1), track(2)]);
    p.next();
    expect(p.current).toEqual(track(9));
    p.next();
    expect(p.current).toEqual(track(1));
    advance(25_000);
    expect(p.playing).toBe(false);
  });

  it('repeats a track, and keeps progress while paused', () => {
    const { p, advance } = player();
    p.setRepeat('track');
    advance(25_000);
    expect(p.current).toEqual(track(0));
    expect(p.progressMs).toBe(5000);
    p.pause();
    advance(3000);
    expect(p.progressMs).toBe(5000);
  });

  it("answers as Spotify does: Restriction violated, no active device", () => {
    const { p } = player();
    expect(refusal(() => p.resume())).toEqual({ error: { status: 403, message: 'Player command failed: Restriction violated', reason: 'UNKNOWN' } });
    const idle = new SimulatedPlayer('theo', () => 10_000);
    expect(refusal(() => idle.target(undefined))).toEqual({ error: { status: 404, message: 'Player command failed: No active device found', reason: 'NO_ACTIVE_DEVICE' } });
  });
});
