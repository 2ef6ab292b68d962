// Comparator: Hive Gateway serving GraphQL Mesh's supergraph of Spotify's OpenAPI spec (composed
// by bench/mesh/compose.ts into SUPERGRAPH). The caller sends its own Spotify token as the
// Authorization header, which the supergraph forwards; SPOTIFY_API_URL replaces the spec's
// server so the calls reach the same upstream as the gateway's.
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';

const gateway = createGatewayRuntime({
  supergraph: process.env.SUPERGRAPH,
  transportEntries: { Spotify: { location: process.env.SPOTIFY_API_URL } },
  logging: false,
  graphiql: false,
  landingPage: false,
});
const server = createServer(gateway).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
// The runtime's own termination handling takes seconds to let go; the benchmark needs no drain.
process.once('SIGTERM', () => {
  server.closeAllConnections();
  process.exit(0);
});
