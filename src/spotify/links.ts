import { isSpotifyId } from './ids.js';

/** The kinds of Spotify item a link can name. */
export type LinkKind = 'track' | 'album' | 'artist' | 'playlist' | 'show' | 'episode' | 'audiobook' | 'user';

export interface SpotifyLink {
  kind: LinkKind;
  id: string;
  /** `spotify:<kind>:<id>`, the form Spotify's library endpoints take. */
  uri: string;
}

const KINDS: ReadonlySet<string> = new Set<LinkKind>(['track', 'album', 'artist', 'playlist', 'show', 'episode', 'audiobook', 'user']);
const URI = /^spotify:([a-z]+):([^:/?#\s]+)$/;
/** open.spotify.com/<kind>/<id>, with an optional `intl-xx/` locale and any query (`?si=…`). */
const URL_PATH = /^\/(?:intl-[a-z]{2}(?:-[A-Za-z]{2})?\/)?([a-z]+)\/([^/?#\s]+)\/?$/;
/** User ids are not base62: letters, digits and `._-`, as Spotify's accounts allow. */
const USER_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * A Spotify URI (`spotify:track:<id>`) or an open.spotify.com link (what "Share → Copy link"
 * gives) as kind, id and URI; undefined when it is neither or its id is malformed, so a bad
 * link costs no call.
 */
export function parseSpotifyLink(text: string): SpotifyLink | undefined {
  const value = text.trim();
  let kind: string | undefined;
  let id: string | undefined;
  const uri = URI.exec(value);
  if (uri) [, kind, id] = uri;
  else if (/^https:\/\/open\.spotify\.com\//.test(value)) {
    const path = URL_PATH.exec(new URL(value).pathname);
    if (path) [, kind, id] = path;
  }
  if (kind === undefined || id === undefined || !KINDS.has(kind)) return undefined;
  if (kind === 'user' ? !USER_ID.test(id) : !isSpotifyId(id)) return undefined;
  return { kind: kind as LinkKind, id, uri: `spotify:${kind}:${id}` };
}
