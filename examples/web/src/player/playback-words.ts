import { wordsFor } from '../error-words';

/**
 * What a person can do about a player error, from the gateway's stable `extensions.code`: the
 * player's own advice where it differs, else the app's sentence for the code (never the
 * developer message).
 */
export function playbackProblem(code: unknown): string {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 'Your sign-in has expired: sign in again to see what is playing.';
    case 'FORBIDDEN':
      return 'Spotify refused: sign in again and allow playback control, or pick another device.';
    case 'RATE_LIMITED':
      return 'Spotify asks the app to slow down: try again in a moment.';
    default:
      return wordsFor(code);
  }
}
