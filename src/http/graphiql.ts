import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

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
 * The page is large (several MB) and the same every time: it is rendered once.
 */
export function renderOfflineGraphiQL(options: GraphiQLOptions): string {
  const key = JSON.stringify(options);
  if (rendered?.key !== key) rendered = { key, html: renderGraphiQL(options) };
  return rendered.html;
}
