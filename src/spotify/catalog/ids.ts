/** Spotify ids are 22 characters of base62. */
const SPOTIFY_ID = /^[0-9A-Za-z]{22}$/;
/** ISO 3166-1 alpha-2 country code, as Spotify's `market` takes it. */
const MARKET = /^[A-Z]{2}$/;

export function isSpotifyId(value: string): boolean {
  return SPOTIFY_ID.test(value);
}

export function isMarket(value: string): boolean {
  return MARKET.test(value);
}
