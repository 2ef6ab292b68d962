import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { assetResponse, EncodedAsset } from './encoded-asset.js';

/**
 * The web app's build (`npm run build`), found from this module: src/http/ (under tsx) and
 * dist/http/ (compiled) are both two levels below the repository root.
 */
const APP_DIR = fileURLToPath(new URL('../../examples/web/dist/', import.meta.url));

/** The kinds of file a Vite build holds; anything else is served as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

// Vite names what it builds under assets/ by a hash of its content, so such a name never
// changes content: browsers may keep it for good. index.html (and the favicon) name no hash,
// so browsers revalidate them each time, with the ETag.
const cacheControlFor = (path: string) => (path.startsWith(`${APP_DIR}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');

/**
 * The app's own screens, whose paths mirror open.spotify.com's (`/album/<id>`, `/search/<text>`):
 * each is answered with index.html, so a link to one opens it and a reload keeps it.
 */
const APP_PATH = /^\/(?:(?:artist|album|track|playlist|show|episode|audiobook)\/[^/]+|search(?:\/[^/]*(?:\/[a-z]+)?)?|collection(?:\/[a-z]+)?|top|callback)\/?$/;

/** The file a path names inside the build, or undefined when it names none (or points outside). */
function fileFor(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return undefined;
  }
  const path = resolve(APP_DIR, `.${decoded}`);
  return decoded.includes('\0') || !path.startsWith(APP_DIR) ? undefined : path;
}

/**
 * The build's files, each compressed once per coding: keyed by path, size and modification time, so a
 * rebuild while the gateway runs is served fresh. A build is a handful of files.
 */
class BuiltFiles {
  private readonly encoded = new Map<string, { version: string; asset: Promise<EncodedAsset> }>();

  get(path: string, version: string): Promise<EncodedAsset> {
    const kept = this.encoded.get(path);
    if (kept?.version === version) return kept.asset;
    const asset = readFile(path).then((bytes) => new EncodedAsset(bytes, CONTENT_TYPES[extname(path)] ?? 'application/octet-stream'));
    this.encoded.set(path, { version, asset });
    asset.catch(() => this.encoded.delete(path));
    return asset;
  }
}

/**
 * Serves the web app (examples/web) at /: index.html there and at the app's screen paths,
 * and any path naming a file (one with an extension) from the build, 404 when there is none,
 * compressed by Accept-Encoding and revalidated by ETag. Other paths without an extension are
 * left to the gateway (/graphql with GraphiQL, /health, /ready, /metrics).
 */
export function useWebApp(): Plugin {
  const files = new BuiltFiles();
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const screen = APP_PATH.test(url.pathname);
      if (!screen && url.pathname !== '/' && extname(url.pathname) === '') return;
      const path = fileFor(screen ? '/' : url.pathname);
      const found = path ? await stat(path).catch(() => undefined) : undefined;
      if (!path || !found?.isFile()) {
        const hint = url.pathname === '/' ? 'The web app is not built: run `npm run build`.' : 'Not found';
        return endResponse(new fetchAPI.Response(hint, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
      }
      const asset = await files.get(path, `${found.size}:${found.mtimeMs}`);
      return endResponse(await assetResponse(asset, request, cacheControlFor(path), fetchAPI));
    },
  };
}
