import { isSpotifyId } from '../spotify/catalog/ids.js';
import type { LinkKind } from '../spotify/catalog/kinds.js';
import { parseSpotifyLink, type SpotifyLink } from '../spotify/catalog/links.js';
import { signInNeeded } from '../spotify/upstream/errors.js';
import type { GatewayContext } from '../context.js';
import { badUserInput } from './errors.js';

/** Spotify's library endpoints take at most 40 URIs per call. */
export const MAX_LIBRARY_LINKS = 40;
/** Follow and unfollow take at most 50 ids per call. */
export const MAX_FOLLOW_IDS = 50;
/** Playlist item writes take at most 100 URIs per call. */
export const MAX_PLAYLIST_LINKS = 100;

/** A link as Spotify's write endpoints take it: `spotify:<kind>:<id>`. */
export interface LinkedItem extends SpotifyLink {
  uri: string;
}

/** Checked before any call: each link parses and is of a kind the call takes, and not too many. */
export function checkedLinks(values: readonly string[], kinds: readonly LinkKind[], max: number): LinkedItem[] {
  if (values.length === 0) throw badUserInput('"links" must name at least one item');
  if (values.length > max) throw badUserInput(`"links" takes at most ${max} items per call (Spotify's limit), got ${values.length}`);
  return values.map((value) => {
    const link = parseSpotifyLink(value);
    if (!link) throw badUserInput(`"${value.slice(0, 80)}" is not a Spotify URI (spotify:track:<id>) or open.spotify.com link`);
    if (!kinds.includes(link.kind)) throw badUserInput(`"${value.slice(0, 80)}" is a ${link.kind}; this takes ${kinds.join(', ')} links`);
    return { ...link, uri: `spotify:${link.kind}:${link.id}` };
  });
}

export function checkedIds(values: readonly string[], argument: string, max: number): string[] {
  if (values.length === 0) throw badUserInput(`"${argument}" must hold at least one id`);
  if (values.length > max) throw badUserInput(`"${argument}" takes at most ${max} ids per call (Spotify's limit), got ${values.length}`);
  for (const id of values) if (!isSpotifyId(id)) throw badUserInput(`"${argument}" must hold Spotify ids (22 letters and digits), got "${id.slice(0, 40)}"`);
  return [...values];
}

/** Fields of the signed-in user fail alone, with no call, when the request has no user token. */
export function requireSignedIn(ctx: GatewayContext): void {
  if (!ctx.spotify.signedIn) {
    throw signInNeeded();
  }
}
