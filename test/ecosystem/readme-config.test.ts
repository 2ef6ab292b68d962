import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/processes.js';
import { documentedVariables } from '../helpers/readme.js';

const read = (path: string) => readFileSync(`${repoRoot}${path}`, 'utf8');

/** Every environment variable the gateway reads: its configuration, and the start script's own. */
function variablesRead(): string[] {
  const fromConfig = [...read('src/config.ts').matchAll(/env, '([A-Z0-9_]+)'/g)].map((match) => match[1]);
  const scripts = Object.values((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts).join('\n');
  const fromScripts = [...scripts.matchAll(/\$\{([A-Z0-9_]+)/g)].map((match) => match[1]);
  return [...new Set([...fromConfig, ...fromScripts])].sort();
}

describe('README configuration table', () => {
  it('names every variable the gateway reads, once', () => {
    const documented = documentedVariables();
    expect(variablesRead().length).toBeGreaterThan(10);
    expect(variablesRead().filter((name) => !documented.includes(name))).toEqual([]);
    expect(documented.filter((name, i) => documented.indexOf(name) !== i)).toEqual([]);
  });
});
