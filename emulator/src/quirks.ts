// Spotify's real untidiness, switched on with `startEmulator({ quirks: true })` (or
// EMULATOR_QUIRKS=1 for `npm run emulator`); off by default, so tests and demos see tidy
// payloads unless they ask. Every decision hashes a stable key (an id, a page's href) with
// the quirks seed, so the same call always comes out the same way:
//
//   - null items: about one item in 12 of a paging list (search pages of every type, an
//     artist's albums, an album's tracks, a show's episodes, an audiobook's chapters, a
//     playlist's items; embedded first pages included) is null in its place, as Spotify
//     sends for items it cannot serve.
//   - short pages: about one page in 5 that could be full holds one to three items fewer
//     than `limit` while `total` (and `next`) still count them: Spotify withholds items.
//   - images without sizes: about one artist, album, playlist, show, episode or audiobook
//     in 8 has a single image whose width and height are null.
//   - coarse release dates: about one day-precision album, episode or chapter in 10 has a
//     year-only date, one in 10 a month-only one, with release_date_precision to match (the
//     catalog holds some of both even without quirks, as Spotify's does).

import { hashSeed, mulberry32 } from './random.js';

export class Quirks {
  constructor(readonly enabled: boolean, private readonly seed = 1) {}

  /** A well-mixed number in [0, 1) for this key (FNV alone barely moves its high bits). */
  private roll(kind: string, key: string): number {
    return mulberry32(hashSeed(`${this.seed}:${kind}:${key}`))();
  }

  /** The page's items with quirks applied: some null, the last few withheld. `href` is origin-free. */
  page(href: string, items: readonly string[], limit: number, total: number, offset: number): string[] {
    if (!this.enabled) return items as string[];
    let out = items.map((item, k) => (this.roll('null', `${href}#${k}`) < 1 / 12 ? 'null' : item));
    const couldBeFull = items.length === limit && offset + limit <= total && limit > 1;
    if (couldBeFull && this.roll('short', href) < 1 / 5) {
      const withheld = Math.min(limit - 1, 1 + Math.floor(this.roll('withheld', href) * 3));
      out = out.slice(0, limit - withheld);
    }
    return out;
  }

  /** True when this entity's images come as one image without sizes. */
  sizelessImages(id: string): boolean {
    return this.enabled && this.roll('sizeless', id) < 1 / 8;
  }

  /** A day-precision date made coarser for this entity, or the date as it was. */
  releaseDate(id: string, date: string, precision: DatePrecision): { date: string; precision: DatePrecision } {
    if (!this.enabled || precision !== 'day') return { date, precision };
    const roll = this.roll('date', id);
    if (roll < 0.1) return { date: date.slice(0, 4), precision: 'year' };
    if (roll < 0.2) return { date: date.slice(0, 7), precision: 'month' };
    return { date, precision };
  }
}

type DatePrecision = 'year' | 'month' | 'day';
