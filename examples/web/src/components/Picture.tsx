import { graphql, readFragment, type FragmentType } from '../gql';

const PictureFragment = graphql(`
  fragment Picture on Image {
    url
    width
    height
  }
`);

interface PictureProps {
  /** Null when the pictures could not be loaded (the field failed alone): shown as none. */
  images: readonly FragmentType<typeof PictureFragment>[] | null;
  /** How wide it is shown, in CSS pixels: the browser picks the file from the srcset. */
  size: number;
  alt: string;
}

/**
 * One of Spotify's sizes of a picture. Only images that state their width go into the srcset;
 * when none does, the first (Spotify lists the widest first) is the only source.
 */
export function Picture({ images, size, alt }: PictureProps) {
  const all = readFragment(PictureFragment, images ?? []);
  if (all.length === 0) return <div className="picture empty" aria-hidden="true" />;
  const sized = all.filter((image) => image.width != null).sort((a, b) => a.width! - b.width!);
  const fallback = sized.find((image) => image.width! >= size) ?? sized.at(-1) ?? all[0];
  return (
    <img
      className="picture"
      src={fallback.url}
      srcSet={sized.length > 0 ? sized.map((image) => `${image.url} ${image.width}w`).join(', ') : undefined}
      sizes={`${size}px`}
      alt={alt}
      loading="lazy"
    />
  );
}
