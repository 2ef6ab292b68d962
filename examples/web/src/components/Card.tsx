import type { ComponentProps } from 'react';
import { Picture } from './Picture';

interface CardProps {
  to: string;
  images: ComponentProps<typeof Picture>['images'];
  title: string;
  detail?: string;
  /** Artists' pictures are round, as in Spotify's apps. */
  round?: boolean;
}

/** A picture, a name and a line under it, linking to the item's screen. */
export function Card({ to, images, title, detail, round }: CardProps) {
  return (
    <a className={round ? 'card round' : 'card'} href={to}>
      <Picture images={images} size={180} alt="" />
      <span className="card-title">{title}</span>
      {detail && <span className="card-detail">{detail}</span>}
    </a>
  );
}
