// Rewrites src/spec/openapi.ts from Spotify's OpenAPI description (npm run spec:generate).
// test/spec-types.test.ts fails while it is stale.
import { writeFileSync } from 'node:fs';
import { renderTypes, typesFile } from './spec-types.js';

writeFileSync(typesFile, await renderTypes());
console.log(`wrote ${typesFile}`);
