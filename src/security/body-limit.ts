import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../error-codes.js';

/** A length Node's HTTP parser holds the body to; anything else (chunked, malformed) is read here. */
const DECLARED_LENGTH = /^\d+$/;

function tooLarge(maxBytes: number) {
  return new GraphQLError(`Request body is over the limit of ${maxBytes} bytes`, {
    extensions: { code: 'PAYLOAD_TOO_LARGE' satisfies ErrorCode, http: { status: 413 } },
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
 * The one body-size limit. A body that declares its length is judged by it before anything is
 * read: Node's HTTP parser never delivers more than the declared bytes. Only bodies that do
 * not declare one (chunked uploads) are counted as they arrive.
 *
 * Yoga's own limit pipes every body through a counting stream, which cost more than half of a
 * cached answer's time, so it is turned off (`maxRequestBodySize: false`) in favour of this.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared === null || !DECLARED_LENGTH.test(declared) || Number(declared) <= maxBytes) return;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message: tooLarge(maxBytes).message, extensions: { code: 'PAYLOAD_TOO_LARGE' satisfies ErrorCode } }] }), {
          status: 413,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null && DECLARED_LENGTH.test(declared)) return;
      if (!requestParser || request.body === null) return;
      setRequestParser(async (req) => requestParser(await bounded(req, maxBytes, fetchAPI)));
    },
  };
}
