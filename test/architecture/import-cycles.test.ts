// No two modules import each other, directly or around a loop: every folder (the emulator's
// included) can be read from its leaves up.
import madge from 'madge';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('imports', () => {
  it('form no circle anywhere in src, scripts, bench or the emulator package', async () => {
    const graph = await madge(['src', 'scripts', 'bench', 'emulator/src', 'emulator/scripts'].map((dir) => resolve(root, dir)), {
      baseDir: root,
      fileExtensions: ['ts', 'mjs'],
      tsConfig: resolve(root, 'tsconfig.json'),
      detectiveOptions: { ts: { skipTypeImports: false } },
    });
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(50);
    expect(graph.circular()).toEqual([]);
  });
});
