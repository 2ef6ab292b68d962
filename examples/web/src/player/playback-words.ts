/** What a person can do about a player error, from the gateway's stable `extensions.code`. */
export function playbackProblem(code: unknown, message: string): string {
  switch (code) {
    case 'NO_ACTIVE_DEVICE':
      return 'Open Spotify on a device to play here.';
    case 'PREMIUM_REQUIRED':
      return 'Playback control needs Spotify Premium.';
    case 'UNAUTHENTICATED':
      return 'Your sign-in has expired: sign in again to see what is playing.';
    case 'FORBIDDEN':
      return 'Spotify refused: sign in again and allow playback control, or pick another device.';
    case 'RATE_LIMITED':
      return 'Spotify asks the app to slow down: try again in a moment.';
    default:
      return message;
  }
}
