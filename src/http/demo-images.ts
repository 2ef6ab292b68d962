import type { Plugin } from 'graphql-yoga';

const IMAGES = '/images/';

/**
 * Demo mode only: the emulator's covers under the gateway's own origin. The emulator started in
 * demo mode names them by path (`/images/…`), so a page the gateway serves finds them here
 * from any machine, where the emulator's loopback address would reach nothing. The answer is
 * passed on as the emulator gives it (an SVG, cacheable for good).
 */
export function useDemoImages(emulatorUrl: string): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(IMAGES) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const answer = await fetch(`${emulatorUrl}${url.pathname}`, { method: request.method, signal: request.signal });
      const headers = new fetchAPI.Headers({ 'x-content-type-options': 'nosniff' });
      for (const name of ['content-type', 'content-length', 'cache-control']) {
        const value = answer.headers.get(name);
        if (value !== null) headers.set(name, value);
      }
      return endResponse(new fetchAPI.Response(answer.body, { status: answer.status, headers }));
    },
  };
}
