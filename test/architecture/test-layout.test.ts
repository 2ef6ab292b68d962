// test/ mirrors src/: every folder of tests is a folder of src/ (the tests of what it holds),
// one of the cross-cutting suites ARCHITECTURE.md names, or under examples/ a client the project
// ships (test/examples/client tests examples/client).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const CROSS_CUTTING = ['architecture', 'browser', 'contract', 'ecosystem', 'helpers', 'performance', 'resilience', 'scale'];

function* folders(dir: string, path = ''): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const child = path ? `${path}/${entry.name}` : entry.name;
    yield child;
    if (!CROSS_CUTTING.includes(child)) yield* folders(join(dir, entry.name), child);
  }
}

const isFolder = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

describe('test/', () => {
  it('mirrors src/, apart from the cross-cutting suites', () => {
    const found = [...folders(join(root, 'test'))];
    expect(found).toContain('spotify/upstream');
    const mirrors = (path: string) => (path === 'examples' || path.startsWith('examples/') ? isFolder(join(root, path)) : isFolder(join(root, 'src', path)));
    expect(found.filter((path) => !CROSS_CUTTING.includes(path) && !mirrors(path))).toEqual([]);
  });

  it('has its cross-cutting suites named in ARCHITECTURE.md', () => {
    const architecture = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
    expect(CROSS_CUTTING.filter((suite) => !architecture.includes(`\`${suite}/\``))).toEqual([]);
  });
});
