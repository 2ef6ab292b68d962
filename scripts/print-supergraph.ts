// Writes deploy/supergraph.graphql from schema/subgraph.graphql (npm run schema:print writes both).
import { writeFileSync } from 'node:fs';
import { composeSupergraph, supergraphFile } from './supergraph.js';

writeFileSync(supergraphFile, composeSupergraph());
console.log(`wrote ${supergraphFile.pathname}`);
