// The Docker image installs the production dependencies only (`npm ci --omit=dev`): every
// package the server can load at run time, demo mode and GraphiQL included, must be one of them,
// and nothing more should be.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
  workspaces?: string[];
}
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
const manifest = manifestOf(root) as Manifest & { dependencies: Record<string, string> };
/** The workspace packages (the emulator) by name: their folders. */
const workspaces = new Map((manifest.workspaces ?? []).map((dir) => [manifestOf(join(root, dir)).name, join(root, dir)]));

// Static and dynamic imports and re-exports that load code; `import type` and `export type` do not.
const SPECIFIERS = /(?:^|\n)\s*(?:import|export)(?!\s+type\s)[^'"]*?from\s+'([^']+)'|(?:^|\n)\s*import\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g;

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** The packages reachable from `entry` through its imports, with the file that first needs each. */
function runtimePackages(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIERS)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
        expect(existsSync(target), `${file} imports ${specifier}`).toBe(true);
        queue.push(target);
      } else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) {
        if (!packages.has(packageOf(specifier))) packages.set(packageOf(specifier), file.slice(root.length + 1));
      }
    }
  }
  return packages;
}

/** Every .ts file below `dir`. */
function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

describe('the production install', () => {
  // `npm ci --omit=dev && npm start` has no compiler: starting runs the current dist/ (built
  // by `npm run build`) and nothing that needs a dev dependency (was: `npm run build` first,
  // "tsc: not found").
  it('starts with node on the built dist/, compiling nothing', () => {
    const { scripts } = manifest as unknown as { scripts: Record<string, string> };
    expect(scripts.start).toMatch(/^node (--[\w-]+(=\S+)? )*dist\/server\.js$/);
    expect(scripts.prestart).toBeUndefined();
  });

  it('holds every package the server loads', () => {
    const packages = runtimePackages(join(root, 'src/server.ts'));
    // The walk reaches what the server is made of: the schema, Yoga, undici, the demo emulator.
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['graphql-yoga', 'graphql', '@pothos/core', 'undici', 'dataloader']));
    const missing = [...packages].filter(([name]) => !(name in manifest.dependencies)).map(([name, file]) => `${name} (from ${file})`);
    expect(missing).toEqual([]);
  });

  it('holds nothing else: every production dependency is loaded, or required by one that is', () => {
    const packages = runtimePackages(join(root, 'src/server.ts'));
    const peersOfLoaded = new Set(
      [...packages.keys()].flatMap((name) => {
        const own = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { peerDependencies?: Record<string, string> };
        return Object.keys(own.peerDependencies ?? {});
      }),
    );
    const unused = Object.keys(manifest.dependencies).filter((name) => !packages.has(name) && !peersOfLoaded.has(name));
    expect(unused).toEqual([]);
  });

  it('holds what the workspace packages load: each lists its own, and the install links them', () => {
    expect([...workspaces.keys()]).toContain('spotify-emulator');
    for (const [name, dir] of workspaces) {
      const own = manifestOf(dir);
      const missing = [...runtimePackages(join(dir, 'src/index.ts'))].filter(([used]) => !(used in (own.dependencies ?? {})));
      expect(missing, name).toEqual([]);
      // The runtime stage installs with the package's manifest and copies what it was built to.
      const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
      const folder = dir.slice(root.length + 1);
      expect(dockerfile).toMatch(new RegExp(`^COPY ${folder}/package\\.json `, 'm'));
      expect(dockerfile).toMatch(new RegExp(`^COPY --from=\\S+ /app/${folder}/dist `, 'm'));
    }
  });

  it('loads the emulator only in demo mode: one dynamic import of the package, never its files', () => {
    const imports = [...walk(join(root, 'src'))].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(SPECIFIERS)].map((match) => ({ file, specifier: match[1] ?? match[2] ?? match[3], dynamic: match[3] !== undefined })));
    const ofEmulator = imports.filter(({ specifier }) => specifier.startsWith('spotify-emulator') || specifier.includes('emulator/'));
    expect(ofEmulator.map(({ file, specifier, dynamic }) => [file.slice(root.length + 1), specifier, dynamic])).toEqual([['src/server.ts', 'spotify-emulator', true]]);
    // The gateway's build compiles src/ alone, reading the package's declarations, not its sources.
    const build = JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8')) as { include: string[]; compilerOptions: { customConditions?: string[] } };
    expect(build.include).toEqual(['src']);
    expect(build.compilerOptions.customConditions).toEqual([]);
  });

  it('builds a dist/ that never reads from src/: what the server loads at run time is imported', () => {
    const reachesIntoSrc = [...walk(join(root, 'src'))].filter((file) => /['"`](\.\.\/)+src\//.test(readFileSync(file, 'utf8')));
    expect(reachesIntoSrc).toEqual([]);
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(\S+) /gm)].map((match) => match[1]);
    expect(copied.filter((path) => path.startsWith('src/') && path !== 'src')).toEqual([]);
    for (const path of copied) expect(existsSync(join(root, path)), path).toBe(true);
  });
});
