import { ImageRef } from './refs.js';

ImageRef.implement({
  description: 'A picture of an artist or an album cover, as Spotify hosts it. Sizes are in pixels and may be unknown.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where the image is served.' }),
    width: t.int({ nullable: true, resolve: (image) => image.width, description: 'Width in pixels, if known.' }),
    height: t.int({ nullable: true, resolve: (image) => image.height, description: 'Height in pixels, if known.' }),
  }),
});
