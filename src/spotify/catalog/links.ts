import { isSpotifyId } from './ids.js';
import { linkKinds, type LinkKind } from './kinds.js';

export interface SpotifyLink {
  kind: LinkKind;
  id: string;
}

const HOSTS: readonly string[] = ['open.spotify.com', 'play.spotify.com'];
/** open.spotify.com/intl-de/…, /intl-pt-br/…: the locale Spotify's share menu adds. */
const LOCALE = /^intl-[a-z]{2}(-[a-z]{2,4})?$/i;

const named = (kind: string, id: string): SpotifyLink | undefined =>
  (linkKinds as readonly string[]).includes(kind) && isSpotifyId(id) ? { kind: kind as LinkKind, id } : undefined;

/** `spotify:album:<id>`, or the older `spotify:user:<user>:playlist:<id>`. */
function fromUri(text: string): SpotifyLink | undefined {
  const parts = text.split(':');
  if (parts.length === 3) return named(parts[1], parts[2]);
  if (parts.length === 5 && parts[1] === 'user' && parts[3] === 'playlist') return named('playlist', parts[4]);
  return undefined;
}

/**
 * An open.spotify.com link as people paste it: with or without https://, an `intl-xx/`
 * locale, an `embed/` player prefix, a `?si=` share query, a `#` fragment, a trailing slash,
 * or the older /user/<user>/playlist/<id> form.
 */
function fromUrl(text: string): SpotifyLink | undefined {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  if (!HOSTS.includes(url.hostname.toLowerCase()) || url.username || url.password || url.port) return undefined;
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  if (segments[0] && LOCALE.test(segments[0])) segments.shift();
  if (segments[0] === 'embed') segments.shift();
  if (segments.length === 4 && segments[0] === 'user' && segments[2] === 'playlist') return named('playlist', segments[3]);
  return segments.length === 2 ? named(segments[0], segments[1]) : undefined;
}

/** The kind and id a Spotify URI or open.spotify.com link names, or undefined when it is neither. */
export function parseSpotifyLink(link: string): SpotifyLink | undefined {
  const text = link.trim();
  if (text === '' || text.length > 2048) return undefined;
  return /^spotify:/i.test(text) ? fromUri(text) : fromUrl(text);
}
