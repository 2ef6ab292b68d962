// Values in the words a listener uses: no raw enums, no ISO dates.

export const albumTypeWords = (type: string): string =>
  ({ ALBUM: 'Album', SINGLE: 'Single', COMPILATION: 'Compilation' })[type] ?? 'Album';

/** "5 September 2014", "September 2014" or "2014", as precisely as Spotify knows the date. */
export function releaseDateWords(date: string | null | undefined, precision: string | null | undefined): string | undefined {
  if (!date) return undefined;
  const [year, month, day] = date.split('-').map(Number);
  if (precision === 'YEAR' || !month) return String(year);
  const when = new Date(Date.UTC(year, month - 1, day || 1));
  const options: Intl.DateTimeFormatOptions =
    precision === 'MONTH' || !day ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat('en-GB', options).format(when);
}

/** A track's length: "3:07". */
export function clockDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A long length: "1 hr 12 min", "48 min". */
export function longDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} hr ${minutes % 60} min` : `${minutes} min`;
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
