import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { appendVary, matchesETag, preferredCoding, type Coding } from './content-encoding.js';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Past this size brotli's best quality costs seconds (GraphiQL's bundle); quality 5 is a tenth of that for ~5% more bytes. */
const BEST_QUALITY_UP_TO = 1 << 20;

/**
 * A file served as is, with br and gzip versions made once (off the event loop, on zlib's
 * threads) when it is first asked for, never per request.
 */
export interface EncodedAsset {
  contentType: string;
  /** Strong validator of the bytes as they are; each coding's tag derives from it. */
  etag: string;
  /** A short content hash, for names that change when the content does. */
  hash: string;
  bytes: Buffer;
  encoded: Record<Coding, Buffer>;
}

export async function encodeAsset(content: string | Uint8Array, contentType: string): Promise<EncodedAsset> {
  const bytes = Buffer.from(content);
  const digest = createHash('sha256').update(bytes).digest('base64url');
  const quality = bytes.length <= BEST_QUALITY_UP_TO ? constants.BROTLI_MAX_QUALITY : 5;
  const [br, gz] = await Promise.all([
    brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    gzipped(bytes, { level: 9 }),
  ]);
  // A coding that does not make the file smaller (a tiny file) is not offered.
  return { contentType, etag: `"${digest}"`, hash: digest.slice(0, 12), bytes, encoded: { br, gzip: gz } };
}

/**
 * The answer to a GET or HEAD of an asset: the coding Accept-Encoding prefers, with an ETag
 * per coding (a strong tag names one byte sequence), 304 when If-None-Match holds it.
 */
export function assetResponse(asset: EncodedAsset, request: Request, cacheControl: string, fetchAPI: { Response: typeof Response }): Response {
  const preferred = preferredCoding(request);
  const coding = preferred && asset.encoded[preferred].length < asset.bytes.length ? preferred : undefined;
  const body = coding ? asset.encoded[coding] : asset.bytes;
  const etag = coding ? `${asset.etag.slice(0, -1)}-${coding}"` : asset.etag;
  const headers = new Headers({ 'content-type': asset.contentType, 'cache-control': cacheControl, etag, 'x-content-type-options': 'nosniff' });
  appendVary(headers, ['Accept-Encoding']);
  if (matchesETag(request.headers.get('if-none-match'), etag)) return new fetchAPI.Response(null, { status: 304, headers });
  if (coding) headers.set('content-encoding', coding);
  headers.set('content-length', String(body.length));
  return new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
