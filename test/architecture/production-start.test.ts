// `npm ci --omit=dev && npm start`, the way a production host installs, must start from the
// built dist/ alone. This checks it without a network install: the start script runs node on
// dist/server.js (no compiler), and every package the server's modules import, statically or
// dynamically (demo mode's emulator included), is a production dependency or part of Node.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/processes.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

/** The package a bare specifier names ('@scope/name/sub' → '@scope/name'). */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Every bare specifier imported by the modules reachable from `entry`, with the file importing it. */
function importedPackages(entry: string): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (fileName.startsWith('.')) {
        const target = resolve(dirname(file), fileName);
        if (target.endsWith('.js')) visit(target.replace(/\.js$/, '.ts'));
      } else if (!packages.has(fileName)) {
        packages.set(fileName, file.slice(repoRoot.length));
      }
    }
  };
  visit(join(repoRoot, entry));
  expect(seen.size).toBeGreaterThan(50);
  return packages;
}

describe('a production install starts', () => {
  it('starts with node on the built dist/, compiling nothing', () => {
    expect(pkg.scripts.start).toMatch(/^node (--[\w-]+=\S+ )*dist\/server\.js$/);
    expect(pkg.scripts.prestart).toBeUndefined();
  });

  it("needs no dev dependency: the server's modules import only production dependencies and Node's own", () => {
    const builtins = new Set(builtinModules);
    const imported = importedPackages('src/server.ts');
    expect([...imported.keys()]).toEqual(expect.arrayContaining(['graphql-yoga', 'negotiator', '@graphql-yoga/render-graphiql/graphiql']));
    const outside = [...imported]
      .filter(([specifier]) => !specifier.startsWith('node:') && !builtins.has(specifier) && !(packageOf(specifier) in pkg.dependencies))
      .map(([specifier, file]) => `${specifier} (imported by ${file})`);
    expect(outside).toEqual([]);
  });

  it('ships what the runtime image needs', () => {
    const dockerfile = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('npm ci --omit=dev');
    expect(dockerfile).toMatch(/COPY --from=build \/app\/dist \.\/dist/);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/examples\/web\/dist \.\/examples\/web\/dist/);
  });
});
