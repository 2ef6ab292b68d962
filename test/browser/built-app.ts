import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/processes.js';

const appRoot = join(repoRoot, 'examples/web');
const builtIndex = join(appRoot, 'dist/index.html');

/** The newest modification time among the app's sources (its folder less the build). */
function newestSource(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).filter((name) => name !== 'dist').map((name) => newestSource(join(path, name))));
}

/**
 * Fails the test file unless examples/web/dist holds a build of the current sources: `npm test`
 * builds it first (pretest); a file run on its own needs `npm run build:web` after changes.
 */
export function requireBuiltApp(): void {
  if (!existsSync(builtIndex)) throw new Error('the web app is not built: run `npm run build:web`');
  if (newestSource(appRoot) > statSync(builtIndex).mtimeMs) {
    throw new Error('the web app build is older than its sources: run `npm run build:web`');
  }
}
