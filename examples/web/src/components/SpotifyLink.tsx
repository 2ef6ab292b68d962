import { appSettings } from '../settings';

/** "Open in Spotify", except in demo mode: the emulator's ids are made up, Spotify has none of them. */
export function SpotifyLink({ url }: { url: string | null | undefined }) {
  if (!url || appSettings().demo) return null;
  return (
    <a className="spotify-link" href={url} target="_blank" rel="noreferrer">
      Open in Spotify
    </a>
  );
}
