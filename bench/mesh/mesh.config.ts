// GraphQL Mesh's composition of Spotify's OpenAPI spec: the supergraph the Hive Gateway
// comparator serves. Spotify's base URL and the caller's token are filled in per request by the
// gateway (see bench/servers/hive-mesh.mjs), so the composed file names neither.
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('Spotify', {
        // Beside the repository, relative to its root, where `npm run bench` runs.
        source: process.env.SPOTIFY_OPENAPI_SPEC ?? '../shared/spotify/openapi.yml',
        operationHeaders: { Authorization: '{context.headers.authorization}' },
      }),
    },
  ],
});
