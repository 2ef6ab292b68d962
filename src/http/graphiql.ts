import { shouldRenderGraphiQL, type GraphiQLOptions, type Plugin } from 'graphql-yoga';
import { CSRF_HEADER } from './browser-protection.js';
import { assetResponse, EncodedAsset } from './encoded-asset.js';
import { ASSET_PREFIX, graphiqlAssets, type GraphiQLAssets } from './graphiql-assets.js';
import { EXAMPLE_TABS } from './graphiql-tabs.js';
import { signInControl, type DemoSignIn } from './demo-sign-in.js';

/** GraphiQL opens on the example tabs; its queries go as GET, so the schema's introspection is cached and revalidated. */
export const graphiqlOptions: GraphiQLOptions = {
  title: 'Spotify GraphQL gateway',
  favicon: '/favicon.svg',
  defaultTabs: EXAMPLE_TABS,
  useGETForQueries: true,
  // GETs pass the CSRF prevention with its header (POSTs of JSON need none).
  additionalHeaders: { [CSRF_HEADER]: '1' },
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The page: links to the hashed files, then the start script.
 *
 * GraphiQL's tabs are framer-motion Reorder items, which animate any change of their layout
 * through their draggable x value. Rendered before GraphiQL's own fonts (Roboto, data URLs
 * with font-display: swap) are in, each tab is measured in a fallback font; the swap then
 * changes every width, and the tabs are left offset by translateX from where they were
 * (a reload, with the fonts cached, is not). A mouse-down starts a drag from that offset and
 * the tab jumps away. So the start script loads the fonts before it renders.
 *
 * GraphiQL keeps its tabs in
 * localStorage and, on each load, adds a tab unless one stored tab equals the page's initial
 * query and variables: with none given, that is a new empty "<untitled>" tab on every reload
 * (and after the sign-in's round trip). The start script therefore opens on the tab that was
 * active, which GraphiQL then finds among the stored ones.
 */
function page(options: GraphiQLOptions, assets: GraphiQLAssets, signIn: DemoSignIn | undefined): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${options.title}</title>
<link rel="icon" href="${options.favicon}">
<link rel="stylesheet" href="${assets.stylesheet}">
${signIn ? signInControl(signIn) : ''}
</head>
<body id="body" class="no-focus-outline">
<noscript>You need to enable JavaScript to run GraphiQL.</noscript>
<div id="root"></div>
<script>
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (moduleId, label) => (${json(assets.workers)})[label] };
</script>
<script src="${assets.script}"></script>
<script>
(() => {
  const options = ${json(options)};
  try {
    const stored = JSON.parse(localStorage.getItem('graphiql:tabState') || 'null');
    // GraphiQL also writes the open tab's query into the address (?query=): a reload then
    // names that tab, whose variables must come with it.
    const named = new URLSearchParams(location.search).get('query');
    const tabs = (stored && stored.tabs) || [];
    const open = named === null ? tabs[stored.activeTabIndex] : tabs.find((tab) => tab.query === named);
    if (open) {
      options.query = open.query;
      options.variables = open.variables;
      // The match compares headers too, taken from their own key, which GraphiQL saves apart
      // from (and not always with) the tabs: it must be the open tab's.
      if (open.headers == null) localStorage.removeItem('graphiql:headers');
      else localStorage.setItem('graphiql:headers', open.headers);
    }
  } catch {}
  const render = () => YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), options);
  // GraphiQL's fonts (font-display: swap) first, so the tabs are measured once, at their final widths.
  Promise.all(['400 1em Roboto', '500 1em Roboto', '1em "Fira Code"'].map((font) => document.fonts.load(font))).then(render, render);
})();
</script>
</body>
</html>
`;
}

/**
 * GraphiQL at /graphql (for a browser's GET asking for HTML), as a small page revalidated by
 * ETag plus its hashed files under /graphiql/, compressed once and cached for good. Replaces
 * Yoga's built-in page, which inlines ~9 MB into every visit.
 */
export function useGraphiQL(options: GraphiQLOptions, signIn: DemoSignIn | undefined): Plugin {
  let rendered: EncodedAsset | undefined;
  const pageFor = async () => {
    const assets = await graphiqlAssets();
    rendered ??= new EncodedAsset(page(options, assets, signIn), 'text/html; charset=utf-8');
    return rendered;
  };
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === '/graphql' && shouldRenderGraphiQL(request)) {
        return endResponse(await assetResponse(await pageFor(), request, 'no-cache', fetchAPI));
      }
      if (!url.pathname.startsWith(ASSET_PREFIX)) return;
      const file = (await graphiqlAssets()).files.get(url.pathname.slice(ASSET_PREFIX.length));
      if (!file) return endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
      return endResponse(await assetResponse(file, request, IMMUTABLE, fetchAPI));
    },
  };
}
