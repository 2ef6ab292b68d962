// GraphQL's Int is 32 bits: a count past 2^31 - 1 would fail its field (and a non-null one,
// its parent). Counts Spotify sends (followers, durations, totals) are clamped into Int's
// range, the same way everywhere, rather than typed Float: clients keep whole numbers, and no
// real count is near the bound (2^31 ms is 24 days; 2^31 followers is more than Spotify has users).

const MAX_INT = 2 ** 31 - 1;

/** The words every clamped count's description ends with. */
export const clampedNote = 'Held at 2147483647 (the largest GraphQL Int) should Spotify send more, and at 0 should it send a negative number.';

/** `value` held within 0 … 2^31 - 1; a count that is not a finite number reads as absent. */
export function clampCount(value: number): number;
export function clampCount(value: number | null | undefined): number | null;
export function clampCount(value: number | null | undefined): number | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return null;
  return Math.min(MAX_INT, Math.max(0, Math.round(value)));
}
