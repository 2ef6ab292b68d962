// Writes the sorted SDL to schema/schema.graphql (npm run schema:print).
import { writeFileSync } from 'node:fs';
import { printSortedSchema } from '../src/schema/print.js';

const target = new URL('../schema/schema.graphql', import.meta.url);
writeFileSync(target, printSortedSchema());
console.log(`wrote ${target.pathname}`);
