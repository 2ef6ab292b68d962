import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export const repoRoot = new URL('../../', import.meta.url).pathname;

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Started {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/**
 * Starts a script from the repository root with `env` added: TypeScript through tsx (workspace
 * packages from their sources too), built JavaScript with plain node and `nodeArgs`.
 */
export function startNode(script: string, env: Record<string, string | undefined>, nodeArgs: string[] = [], options: { keepChars?: number } = {}): Started {
  const args = script.endsWith('.ts') ? ['--import', 'tsx', '--conditions=source', ...nodeArgs, script] : [...nodeArgs, script];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  // With keepChars, only about the last that many characters are kept: a benchmark's server logs
  // a line per request for minutes, and all of it held here would weigh on the load generator.
  const keep = (chunk: Buffer) => {
    text += chunk;
    if (options.keepChars !== undefined && text.length > 2 * options.keepChars) text = text.slice(-options.keepChars);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  // 'close', not 'exit': by then its output has been read to the end, so tests see its last lines.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/** Waits until `predicate(output)` holds, or fails with what was printed. */
export async function waitForOutput(started: Started, predicate: (text: string) => boolean, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate(started.output())) {
    if (Date.now() > until || started.child.exitCode !== null) {
      throw new Error(`process did not become ready; it printed:\n${started.output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The environment that points a gateway process at an emulator, with its credentials. */
export function gatewayEnvFor(emulator: { clientId: string; clientSecret: string; accountsUrl: string; apiUrl: string }): Record<string, string> {
  return {
    SPOTIFY_CLIENT_ID: emulator.clientId,
    SPOTIFY_CLIENT_SECRET: emulator.clientSecret,
    SPOTIFY_ACCOUNTS_URL: emulator.accountsUrl,
    SPOTIFY_API_URL: emulator.apiUrl,
  };
}
