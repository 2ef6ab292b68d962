import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/processes.js';

const read = (path: string) => readFileSync(`${repoRoot}${path}`, 'utf8');

/** Every environment variable the gateway reads: its configuration, and the start script's own. */
function variablesRead(): string[] {
  const fromConfig = [...read('src/config.ts').matchAll(/env, '([A-Z0-9_]+)'/g)].map((match) => match[1]);
  const scripts = Object.values((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts).join('\n');
  const fromScripts = [...scripts.matchAll(/\$\{([A-Z0-9_]+)/g)].map((match) => match[1]);
  return [...new Set([...fromConfig, ...fromScripts])].sort();
}

/** The variables named in the first column of the README's configuration table. */
function variablesDocumented(): string[] {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Configuration'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| variable |')));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1].matchAll(/`([A-Z0-9_]+)`/g)].map((match) => match[1]));
}

describe('README configuration table', () => {
  it('names every variable the gateway reads, once', () => {
    const documented = variablesDocumented();
    expect(variablesRead().length).toBeGreaterThan(10);
    expect(variablesRead().filter((name) => !documented.includes(name))).toEqual([]);
    expect(documented.filter((name, i) => documented.indexOf(name) !== i)).toEqual([]);
  });
});
