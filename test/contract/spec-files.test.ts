import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gatewayView, loadSpec, renderSchemas, renderTypes, schemasFile, typesFile } from '../../scripts/spec/extract.js';

describe('files generated from the spec', () => {
  const view = gatewayView(loadSpec());

  it('src/spotify/upstream/spec/openapi.ts is what npm run spec:generate writes', async () => {
    expect(readFileSync(typesFile, 'utf8') === (await renderTypes(view)), 'stale: run npm run spec:generate').toBe(true);
  });

  it('src/spotify/upstream/spec/schemas.json is what npm run spec:generate writes', () => {
    expect(readFileSync(schemasFile, 'utf8') === renderSchemas(view), 'stale: run npm run spec:generate').toBe(true);
  });
});
