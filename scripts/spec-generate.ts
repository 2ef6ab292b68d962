// Rewrites src/spotify/upstream/spec/openapi.ts and schemas.json from Spotify's OpenAPI description
// (npm run spec:generate). test/contract/spec-files.test.ts fails while they are stale.
import { writeFileSync } from 'node:fs';
import { gatewayView, loadSpec, renderSchemas, renderTypes, schemasFile, typesFile } from './spec/extract.js';

const view = gatewayView(loadSpec());
writeFileSync(typesFile, await renderTypes(view));
console.log(`wrote ${typesFile}`);
writeFileSync(schemasFile, renderSchemas(view));
console.log(`wrote ${schemasFile}`);
