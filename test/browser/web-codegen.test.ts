import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../examples/web/codegen.js';
import { repoRoot } from '../helpers/processes.js';

describe("the web app's generated documents", () => {
  it('are up to date with the schema and the components (run `npm run codegen`)', async () => {
    const files: { filename: string; content: string }[] = await generate({ ...config, cwd: repoRoot, silent: true }, false);
    expect(files.map((file) => file.filename).sort()).toEqual(
      ['fragment-masking.ts', 'gql.ts', 'graphql.ts', 'index.ts', 'persisted-documents.json'].map((name) => join('examples/web/src/gql', name)),
    );
    for (const file of files) {
      expect(readFileSync(join(repoRoot, file.filename), 'utf8'), file.filename).toBe(file.content);
    }
  });
});
