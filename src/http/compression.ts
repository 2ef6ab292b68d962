import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { appendVary, preferredCoding, type Coding } from './content-encoding.js';

const compressors: Record<Coding, (body: Uint8Array) => Promise<Buffer>> = {
  // Quality 4: most of brotli's gain on JSON for a fraction of its best quality's time, as
  // these answers are compressed on every request.
  br: (body) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => promisify(gzip)(body, { level: 6 }),
};

/** Below this, a compressed body saves less than its cost (a packet holds ~1400 bytes). */
const MIN_BYTES = 1024;

/** Whole JSON or HTML answers; never a stream (text/event-stream, multipart), whose parts must leave as they come. */
const COMPRESSIBLE = /^(application\/(graphql-response\+)?json|text\/(html|plain))\b/;

/**
 * Compresses the gateway's own answers (GraphQL results, GraphiQL's introspection among them)
 * by Accept-Encoding. Files served from a build come compressed already (encoded-asset.ts) and
 * are passed through. A strong ETag names exact bytes, so a compressed answer's tag becomes weak
 * (If-None-Match compares weakly, so revalidation still answers 304).
 * Registered last, so it sees the answer every other plugin has settled on.
 */
export function useCompression(): Plugin {
  return {
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (response.status !== 200 || !response.body || response.headers.has('content-encoding')) return;
      if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return;
      const length = response.headers.get('content-length');
      if (length !== null && Number(length) < MIN_BYTES) return;
      const coding = preferredCoding(request);
      appendVary(response.headers, ['Accept-Encoding']);
      if (!coding) return;
      return response.arrayBuffer().then(async (buffer) => {
        const headers = new fetchAPI.Headers(response.headers);
        let body = new Uint8Array(buffer);
        if (body.length >= MIN_BYTES) {
          body = new Uint8Array(await compressors[coding](body));
          headers.set('content-encoding', coding);
          const etag = headers.get('etag');
          if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
        }
        headers.set('content-length', String(body.length));
        setResponse(new fetchAPI.Response(body, { status: response.status, statusText: response.statusText, headers }));
      });
    },
  };
}
