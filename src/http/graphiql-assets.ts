import { EncodedAsset } from './encoded-asset.js';

/** Where GraphiQL's files are served; each name carries its content's hash. */
export const ASSET_PREFIX = '/graphiql/';

const JS = 'text/javascript; charset=utf-8';

/** GraphiQL's bundle, its styles and Monaco's three workers, each compressed once and named by hash. */
export interface GraphiQLAssets {
  /** File name (under ASSET_PREFIX) → file. */
  files: ReadonlyMap<string, EncodedAsset>;
  script: string;
  stylesheet: string;
  /** Monaco's worker label → the worker's URL. */
  workers: Record<'editorWorkerService' | 'json' | 'graphql', string>;
}

/**
 * Loaded on the first GraphiQL visit only: the bundle is ~9 MB of JavaScript strings, which a
 * gateway nobody browses never holds. Yoga's renderer inlines all of it into one page; served
 * as files instead, each is downloaded once, compressed, and kept by the browser for good.
 */
async function loadAssets(): Promise<GraphiQLAssets> {
  const bundle = await import('@graphql-yoga/render-graphiql/graphiql');
  const sources = {
    graphiql: { content: bundle.js, type: JS, ext: 'js' },
    style: { content: bundle.css, type: 'text/css; charset=utf-8', ext: 'css' },
    'editor-worker': { content: bundle.editorWorkerService, type: JS, ext: 'js' },
    'json-worker': { content: bundle.jsonWorker, type: JS, ext: 'js' },
    'graphql-worker': { content: bundle.graphqlWorker, type: JS, ext: 'js' },
  };
  const files = new Map<string, EncodedAsset>();
  const names: Record<string, string> = {};
  for (const [name, { content, type, ext }] of Object.entries(sources)) {
    const asset = new EncodedAsset(content, type);
    const file = `${name}-${asset.hash}.${ext}`;
    files.set(file, asset);
    names[name] = `${ASSET_PREFIX}${file}`;
  }
  return {
    files,
    script: names.graphiql,
    stylesheet: names.style,
    workers: { editorWorkerService: names['editor-worker'], json: names['json-worker'], graphql: names['graphql-worker'] },
  };
}

let loading: Promise<GraphiQLAssets> | undefined;

export function graphiqlAssets(): Promise<GraphiQLAssets> {
  loading ??= loadAssets();
  loading.catch(() => (loading = undefined));
  return loading;
}
