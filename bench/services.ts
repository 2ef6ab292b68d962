// The processes the benchmark starts: the emulator, the gateway (as the Docker image runs it)
// and the two comparators a user might run instead, all as their own processes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../test/helpers/processes.js';
import { log } from './measure.js';
import { startService, type Service } from './processes.js';
import { DEMO_CLIENT } from './upstream.js';

export function build(): void {
  log('building…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
}

/** As the Docker image runs the gateway; graphql-js skips its development-only checks. */
export const PRODUCTION = { NODE_ENV: 'production' };

export const startEmulator = (env: Record<string, string>) => startService('emulator/dist/main.js', env, (t) => t.includes('Spotify emulator'));

const upstreamEnv = (emulator: Service) => ({
  SPOTIFY_CLIENT_ID: DEMO_CLIENT.id,
  SPOTIFY_CLIENT_SECRET: DEMO_CLIENT.secret,
  SPOTIFY_ACCOUNTS_URL: emulator.url,
  SPOTIFY_API_URL: `${emulator.url}/v1`,
});

/**
 * Node's heap flags as `npm start` (and the Docker image, which a test holds to the same
 * default) passes them when GATEWAY_MAX_HEAP_MB is not set: read from package.json, so the
 * benchmark runs the gateway with whatever default the project ships.
 */
export function startHeapArgs(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const flags = /node (.*) dist\/server\.js/.exec(scripts.start)?.[1];
  if (!flags?.includes('${GATEWAY_MAX_HEAP_MB:-')) throw new Error('package.json: the start script no longer reads GATEWAY_MAX_HEAP_MB');
  return flags.replace(/\$\{GATEWAY_MAX_HEAP_MB:-(\d+)\}/, '$1').split(' ');
}

export const startGateway = (emulator: Service, env: Record<string, string>, nodeArgs: string[] = []) =>
  startService(
    'dist/server.js',
    {
      ...PRODUCTION,
      ...upstreamEnv(emulator),
      // One info line per request would measure the log pipe, not the gateway.
      LOG_LEVEL: 'warn',
      ...env,
    },
    { path: '/health' },
    // The same heap bound as `npm start` and the Docker image.
    [...startHeapArgs(), ...nodeArgs],
  );

/** Apollo Server + RESTDataSource, with the app's own credentials (bench/servers/apollo-rest.mjs). */
export const startApollo = (emulator: Service, env: Record<string, string> = {}, nodeArgs: string[] = []) =>
  startService('bench/servers/apollo-rest.mjs', { ...PRODUCTION, ...upstreamEnv(emulator), ...env }, (t) => t.includes('ready'), nodeArgs);

/** Hive Gateway over Mesh's supergraph (bench/servers/hive-mesh.mjs); callers send their token. */
export const startHiveMesh = (emulator: Service, supergraph: string) =>
  startService('bench/servers/hive-mesh.mjs', { ...PRODUCTION, SUPERGRAPH: supergraph, SPOTIFY_API_URL: `${emulator.url}/v1` }, (t) => t.includes('ready'));

/** Composes Mesh's supergraph from Spotify's OpenAPI spec (bench/mesh/mesh.config.ts) into a temporary file. */
export function composeSupergraph(): string {
  const output = join(mkdtempSync(join(tmpdir(), 'mesh-')), 'supergraph.graphql');
  // From the repository root: the config finds the spec beside the repository from there.
  const result = spawnSync('npx', ['mesh-compose', '-c', 'bench/mesh/mesh.config.ts', '-o', output], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`mesh-compose failed:\n${result.stdout}${result.stderr}`);
  return output;
}
