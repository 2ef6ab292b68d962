import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { appendVary, matchesETag, preferredCoding, type Coding } from './content-encoding.js';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Past this size brotli's best quality costs seconds (GraphiQL's bundle); quality 5 is a tenth of that for ~5% more bytes. */
const BEST_QUALITY_UP_TO = 1 << 20;

/** Below this, compressing saves less than it costs (a packet holds ~1400 bytes). */
const MIN_BYTES = 1024;

const compress: Record<Coding, (bytes: Buffer) => Promise<Buffer>> = {
  br: (bytes) =>
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: bytes.length <= BEST_QUALITY_UP_TO ? constants.BROTLI_MAX_QUALITY : 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gzip: (bytes) => gzipped(bytes, { level: 6 }),
};

/**
 * A file served as is or compressed: each coding is made once, when first asked for (off the
 * event loop, on zlib's threads), and kept; never per request.
 */
export class EncodedAsset {
  /** Strong validator of the bytes as they are; each coding's tag derives from it. */
  readonly etag: string;
  /** A short content hash, for names that change when the content does. */
  readonly hash: string;
  readonly bytes: Buffer;
  private readonly encoded = new Map<Coding, Promise<Buffer>>();

  constructor(content: string | Uint8Array, readonly contentType: string) {
    this.bytes = Buffer.from(content);
    const digest = createHash('sha256').update(this.bytes).digest('base64url');
    this.etag = `"${digest}"`;
    this.hash = digest.slice(0, 12);
  }

  /** The coding this request gets: its preferred one of ours, none for a small file. */
  codingFor(request: Request): Coding | undefined {
    return this.bytes.length < MIN_BYTES ? undefined : preferredCoding(request);
  }

  body(coding: Coding | undefined): Promise<Buffer> {
    if (!coding) return Promise.resolve(this.bytes);
    let body = this.encoded.get(coding);
    if (!body) {
      body = compress[coding](this.bytes);
      this.encoded.set(coding, body);
      body.catch(() => this.encoded.delete(coding));
    }
    return body;
  }
}

/**
 * The answer to a GET or HEAD of an asset: the coding Accept-Encoding prefers, with an ETag
 * per coding (a strong tag names one byte sequence), 304 when If-None-Match holds it.
 */
export async function assetResponse(asset: EncodedAsset, request: Request, cacheControl: string, fetchAPI: { Response: typeof Response }): Promise<Response> {
  const coding = asset.codingFor(request);
  const etag = coding ? `${asset.etag.slice(0, -1)}-${coding}"` : asset.etag;
  const headers = new Headers({ 'content-type': asset.contentType, 'cache-control': cacheControl, etag, 'x-content-type-options': 'nosniff' });
  appendVary(headers, ['Accept-Encoding']);
  if (matchesETag(request.headers.get('if-none-match'), etag)) return new fetchAPI.Response(null, { status: 304, headers });
  const body = await asset.body(coding);
  if (coding) headers.set('content-encoding', coding);
  headers.set('content-length', String(body.length));
  return new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
