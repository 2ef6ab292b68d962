// `src/state/` offers storage (the app's token, pause, budgets, caches) and knows nothing of
// GraphQL: no import of graphql, Yoga or Pothos, and none of the schema or the HTTP layer. What
// a response cache keeps, and for whom, is decided in `src/http/response-cache.ts`.
import madge from 'madge';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const FORBIDDEN = /^(graphql|graphql-yoga|@graphql-yoga\/.*|@pothos\/.*|graphql-jit)$|^src\/(schema|http|execution)\//;

describe('src/state', () => {
  it('imports nothing from graphql or Yoga, nor the schema or the HTTP layer', async () => {
    const graph = await madge(resolve(root, 'src/state'), {
      baseDir: root,
      fileExtensions: ['ts'],
      tsConfig: resolve(root, 'tsconfig.json'),
      includeNpm: true,
      detectiveOptions: { ts: { skipTypeImports: false } },
    });
    const imports = Object.entries(graph.obj()).filter(([file]) => file.startsWith('src/state/'));
    expect(imports.length).toBeGreaterThan(5);
    const packageOf = (path: string) => path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? path;
    const offending = imports.flatMap(([file, deps]) => deps.map(packageOf).filter((dep) => FORBIDDEN.test(dep)).map((dep) => `${file} → ${dep}`));
    expect(offending).toEqual([]);
  });
});
