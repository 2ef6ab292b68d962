import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const packageRoot = resolve(root, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []);
}

/** What a file imports by relative path (type-only imports too: a cycle of types is still a cycle of concepts). */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g)].map((m) => m[1]);
  return found.map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
}

const imports = (file: string) => relativeImports(file).filter((path) => path.startsWith(root));

describe('the emulator package', () => {
  it('imports nothing from outside itself: the gateway cannot bend it', () => {
    const files = ['src', 'test', 'scripts'].flatMap((dir) => sources(join(packageRoot, dir)));
    const outside = files.flatMap((file) => relativeImports(file).filter((path) => !path.startsWith(packageRoot + '/')).map((path) => `${relative(packageRoot, file)} > ${relative(packageRoot, path)}`));
    expect(files.length).toBeGreaterThan(50);
    expect(outside).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map(sources(root).map((file) => [file, imports(file)]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(root, f)).join(' > '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(graph.size).toBeGreaterThan(20);
    expect(cycles).toEqual([]);
  });
});
