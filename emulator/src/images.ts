// The pictures the payloads name. Image urls point at the emulator itself
// (`<origin>/images/<24 hex>-<size>.svg`), so a browser shows covers offline: each one is a
// generated square SVG of exactly the size its payload states, coloured from its hash.

import type { SpotifyImage } from './wire-types.js';

export type ImageOwner = 'artist' | 'album' | 'playlist' | 'show' | 'episode' | 'audiobook' | 'chapter' | 'user';

/** Widest first, as Spotify lists them: artists 640/320/160, albums 640/300/64, playlist mosaics 640/300/60, profile pictures 300/64. */
const SIZES: Record<ImageOwner, number[]> = {
  artist: [640, 320, 160],
  album: [640, 300, 64],
  playlist: [640, 300, 60],
  show: [640, 300, 64],
  episode: [640, 300, 64],
  audiobook: [640, 300, 64],
  chapter: [640, 300, 64],
  user: [300, 64],
};

function imageUrl(origin: string, hash: string, size: number): string {
  return `${origin}/images/${hash}-${size}.svg`;
}

/** The image list of an entity; `sizeless` gives Spotify's single image without width/height. */
export function imageSet(origin: string, hash: string, owner: ImageOwner, sizeless: boolean): SpotifyImage[] {
  if (sizeless) return [{ url: imageUrl(origin, hash, 640), height: null, width: null }];
  return SIZES[owner].map((size) => ({ url: imageUrl(origin, hash, size), height: size, width: size }));
}

const FILE = /^([0-9a-f]{24})-([1-9]\d{0,3})\.svg$/;
const MAX_SIZE = 3000;

/** The SVG a file name of ours stands for, or undefined for names we never hand out. */
export function coverSvg(file: string): string | undefined {
  const match = FILE.exec(file);
  const size = match ? Number(match[2]) : 0;
  if (!match || size > MAX_SIZE) return undefined;
  const hash = match[1];
  const [back, front, band] = [hash.slice(0, 6), hash.slice(6, 12), hash.slice(12, 18)];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">` +
    `<rect width="100" height="100" fill="#${back}"/>` +
    `<path d="M0 70 L100 30 L100 55 L0 95 Z" fill="#${band}" opacity="0.7"/>` +
    `<circle cx="${30 + parseInt(hash[18], 16) * 3}" cy="38" r="22" fill="#${front}"/>` +
    `</svg>`
  );
}
