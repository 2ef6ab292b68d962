import { isMarket, isSpotifyId } from '../spotify/catalog/ids.js';
import { badUserInput } from './errors.js';

/** Checks a Spotify id locally, so a malformed one costs no upstream call. */
export function spotifyId(value: string, argument = 'id'): string {
  if (!isSpotifyId(value)) throw badUserInput(`"${argument}" must be a Spotify id (22 letters and digits), got "${value.slice(0, 40)}"`);
  return value;
}

export function market(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!isMarket(value)) throw badUserInput(`"market" must be an ISO 3166-1 alpha-2 country code such as "US", got "${value.slice(0, 40)}"`);
  return value;
}
