// GET /images/{file}: the covers the payloads name (see images.ts). No token needed, as on
// Spotify's image host; browsers may keep them for a year, since a url never changes meaning.

import { coverSvg } from '../images.js';
import { errorReply, type Reply } from '../http.js';
import type { RouteContext } from './context.js';

export function image(ctx: RouteContext): Reply {
  const svg = coverSvg(ctx.id);
  if (svg === undefined) return errorReply(404, 'Resource not found');
  return { status: 200, body: svg, contentType: 'image/svg+xml', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } };
}
