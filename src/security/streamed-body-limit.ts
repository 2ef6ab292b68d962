import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** A length Node's HTTP parser holds the body to; anything else (chunked, malformed) is read here. */
const DECLARED_LENGTH = /^\d+$/;

function tooLarge(maxBytes: number) {
  return new GraphQLError(`Request body is over the limit of ${maxBytes} bytes`, {
    extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } },
  });
}

/** Reads the whole body, giving up as soon as it passes `maxBytes`. */
async function bounded(request: Request, maxBytes: number, fetchAPI: { Request: typeof Request }): Promise<Request> {
  const reader = request.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks) });
}

/**
 * The body-size limit for bodies that do not declare their length (chunked uploads).
 *
 * Yoga's own limit pipes every body through a counting stream, which cost more than half of a
 * cached answer's time; a body with a Content-Length needs none of that, because Node's HTTP
 * parser never delivers more than the declared bytes and the declared length is refused up
 * front when it is over the limit. So Yoga's limit is turned off (`maxRequestBodySize: false`)
 * and only undeclared bodies are counted, here.
 */
export function streamedBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null && DECLARED_LENGTH.test(declared)) {
        if (Number(declared) > maxBytes) throw tooLarge(maxBytes);
        return;
      }
      if (!requestParser || request.body === null) return;
      setRequestParser(async (req) => requestParser(await bounded(req, maxBytes, fetchAPI)));
    },
  };
}
