import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTypes, typesFile } from '../scripts/spec-types.js';

describe('the types generated from the spec', () => {
  it('src/spec/openapi.ts is what npm run spec:generate writes', async () => {
    expect(readFileSync(typesFile, 'utf8') === (await renderTypes()), 'stale: run npm run spec:generate').toBe(true);
  });
});
