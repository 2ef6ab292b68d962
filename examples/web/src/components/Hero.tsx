import type { ComponentProps, ReactNode } from 'react';
import { Picture } from './Picture';
import { SpotifyLink } from './SpotifyLink';

interface HeroProps {
  /** "Artist", "Album", …: said above the name. */
  kind: string;
  name: string;
  images: ComponentProps<typeof Picture>['images'];
  spotifyUrl?: string | null;
  /** Lines under the name (artists, dates, lengths). */
  children?: ReactNode;
  /** Buttons: save, follow, add to playlist. */
  actions?: ReactNode;
  round?: boolean;
}

/** The top of an item's screen: its picture, its one h1, its details and what one can do with it. */
export function Hero({ kind, name, images, spotifyUrl, children, actions, round }: HeroProps) {
  return (
    <section className={round ? 'hero round' : 'hero'}>
      <Picture images={images} size={240} alt="" />
      <div>
        <p className="kind">{kind}</p>
        <h1>{name}</h1>
        {children}
        <div className="actions">
          {actions}
          <SpotifyLink url={spotifyUrl} />
        </div>
      </div>
    </section>
  );
}
