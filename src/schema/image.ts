import { ImageRef } from './refs.js';

ImageRef.implement({
  description: 'A picture of an artist or an album cover, hosted by Spotify (i.scdn.co). Use it directly as an <img> source; sizes are in pixels and may be unknown.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The address of the image, served by Spotify.' }),
    width: t.int({ nullable: true, resolve: (image) => image.width, description: 'Width in pixels; null when Spotify does not say.' }),
    height: t.int({ nullable: true, resolve: (image) => image.height, description: 'Height in pixels; null when Spotify does not say.' }),
  }),
});
