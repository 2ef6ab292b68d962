import type { GraphiQLOptions } from 'graphql-yoga';
import { signInControl, type DemoSignIn } from './demo-sign-in.js';

const SEEDS_QUERY = `# Spotify's catalog over GraphQL.
# ▶ runs this query; the book icon opens the docs.
query SearchBTS {
  search(query: "BTS") {
    artists(first: 5) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node { id name images { url width height } }
      }
    }
  }
}
`;

const PAGINATION_QUERY = `# Cursor pagination: run, then copy endCursor
# into "after" below and run again for the next
# page ("last" and "before" page backwards).
query NextArtists($after: String) {
  search(query: "BTS") {
    artists(first: 2, after: $after) {
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { node { name } }
    }
  }
}
`;

/** GraphiQL opens on the seeds' search, with a second tab showing pagination. */
export const graphiqlOptions: GraphiQLOptions = {
  title: 'Spotify GraphQL gateway',
  defaultTabs: [
    { query: SEEDS_QUERY },
    { query: PAGINATION_QUERY, variables: JSON.stringify({ after: null }, null, 2) },
  ],
};

let rendered: { key: string; html: string } | undefined;

/**
 * GraphiQL with its scripts and styles inlined, so it works without reaching a CDN.
 * The page is large (several MB) and the same every time: it is rendered once. The bundle
 * is loaded on the first browser visit only, so a gateway nobody browses never holds it
 * (it would take tens of MB of a heap bounded for throughput).
 */
async function renderOfflineGraphiQL(options: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(options);
  if (rendered?.key !== key) {
    const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
    rendered = { key, html: renderGraphiQL(options) };
  }
  return rendered.html;
}

/**
 * The GraphiQL renderer: in demo mode the page also gets the sign-in control (before
 * GraphiQL's own script, so its requests carry the signed-in user's token).
 */
export function graphiqlRenderer(signIn: DemoSignIn | undefined): (options: GraphiQLOptions) => Promise<string> {
  if (!signIn) return renderOfflineGraphiQL;
  const control = signInControl(signIn);
  return async (options) => (await renderOfflineGraphiQL(options)).replace('<head>', `<head>${control}`);
}
