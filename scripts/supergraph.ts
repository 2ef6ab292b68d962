// The supergraph docker-compose.yml's Hive Gateway serves: the committed subgraph SDL, composed
// with the address the compose file gives the gateway replicas.
import { readFileSync } from 'node:fs';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

/** Where the compose file mounts it from. */
export const supergraphFile = new URL('../deploy/supergraph.graphql', import.meta.url);

/** The replicas' service in docker-compose.yml, on the port the image listens on. */
export const subgraphUrl = 'http://spotify-gateway:4000/graphql';

export function composeSupergraph(): string {
  const sdl = readFileSync(new URL('../schema/subgraph.graphql', import.meta.url), 'utf8');
  const composed = composeServices([{ name: 'spotify', typeDefs: parse(sdl), url: subgraphUrl }]);
  if (!composed.supergraphSdl) throw new Error(`composition failed: ${composed.errors?.map((error) => error.message).join('; ')}`);
  return composed.supergraphSdl;
}
