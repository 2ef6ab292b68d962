// Deterministic randomness. The catalog and fault probabilities must come out the same on
// every run so tests and benchmarks are reproducible; nothing here touches Math.random.

export type Rng = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG that is good enough for generating fake data. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: turns a label such as "artist:17" into a seed, so each entity gets its own stream. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Integer in [min, max], both inclusive. */
export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)];
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789abcdef';

function draw(rng: Rng, alphabet: string, length: number): string {
  const codes = new Array<number>(length);
  for (let i = 0; i < length; i++) codes[i] = alphabet.charCodeAt(Math.floor(rng() * alphabet.length));
  return String.fromCharCode(...codes);
}

/** A Spotify-style id: 22 base62 characters, derived only from the label. */
export function base62Id(label: string): string {
  return draw(mulberry32(hashSeed(label)), BASE62, 22);
}

export function hex(rng: Rng, length: number): string {
  return draw(rng, HEX, length);
}

const ID_PATTERN = /^[0-9A-Za-z]{22}$/;

/** What Spotify accepts as an id; anything else is answered with "Invalid base62 id". */
export function isBase62Id(value: string): boolean {
  return ID_PATTERN.test(value);
}
