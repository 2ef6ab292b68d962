// Writes the sorted SDL to schema/schema.graphql (npm run schema:print).
import { writeFileSync } from 'node:fs';
import { printSortedSchema, printSubgraphSdl } from '../src/schema/print.js';

const target = new URL('../schema/schema.graphql', import.meta.url);
writeFileSync(target, printSortedSchema());
console.log(`wrote ${target.pathname}`);

const subgraph = new URL('../schema/subgraph.graphql', import.meta.url);
writeFileSync(subgraph, printSubgraphSdl());
console.log(`wrote ${subgraph.pathname}`);
