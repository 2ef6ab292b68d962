// Demo mode's covers travel: the emulator names them by path and the gateway serves them from
// its own origin, so a browser that cannot reach the emulator's loopback port still sees them.
import { describe, expect, it } from 'vitest';
import { createGateway } from '../../src/gateway.js';
import { startHarness } from '../helpers/harness.js';

describe('demo covers through the gateway', () => {
  it('names images by path and answers them at the gateway', async () => {
    const harness = await startHarness({ emulator: { imageOrigin: '' } });
    try {
      const gateway = createGateway({ config: harness.config, demoImagesFrom: harness.emulator.url });
      const result = await gateway.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(query: "BTS") { artists(first: 1) { edges { node { images { url width } } } } } }' }),
      });
      const images = (await result.json()).data.search.artists.edges[0].node.images as { url: string }[];
      expect(images.length).toBeGreaterThan(0);
      for (const { url } of images) {
        expect(url).toMatch(/^\/images\/[0-9a-f]{24}-\d+\.svg$/);
        const image = await gateway.yoga.fetch(`http://gateway.test${url}`);
        expect(image.status, url).toBe(200);
        expect(image.headers.get('content-type')).toBe('image/svg+xml');
        expect(image.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        expect(await image.text()).toMatch(/^<svg /);
      }
      expect((await gateway.yoga.fetch('http://gateway.test/images/not-a-cover.svg')).status).toBe(404);
      await gateway.close();
    } finally {
      await harness.close();
    }
  });

  it("keeps absolute urls of the emulator's own origin by default, and serves no /images/ without demo mode", async () => {
    const harness = await startHarness();
    try {
      const result = await harness.gql('{ search(query: "BTS") { artists(first: 1) { edges { node { images { url } } } } } }');
      const [image] = (result.data as { search: { artists: { edges: { node: { images: { url: string }[] } }[] } } }).search.artists.edges[0].node.images;
      expect(image.url.startsWith(`${harness.emulator.url}/images/`)).toBe(true);
      expect((await harness.gateway.yoga.fetch(`http://gateway.test${new URL(image.url).pathname}`)).status).toBe(404);
    } finally {
      await harness.close();
    }
  });
});
