import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { freePort, startNode, waitForOutput, type Started } from '../test/helpers/processes.js';

export interface Service {
  url: string;
  pid: number;
  /** What it prints to standard output, as it comes. */
  stdout: Readable;
  stop(): Promise<void>;
}

/** Ready when its first line is out, or (with a path) when that path answers 200. */
export type Readiness = ((text: string) => boolean) | { path: string };

async function pollUntilOk(url: string, started: Started): Promise<void> {
  const until = Date.now() + 30_000;
  for (;;) {
    if (started.child.exitCode !== null || Date.now() > until) throw new Error(`not ready at ${url}:\n${started.output()}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts a script as its own process (so the load generator never shares its event loop). */
export async function startService(script: string, env: Record<string, string>, ready: Readiness, nodeArgs: string[] = []): Promise<Service> {
  const port = await freePort();
  // Its start and its last words are all the benchmark reads of what it prints.
  const started: Started = startNode(script, { PORT: String(port), ...env }, nodeArgs, { keepChars: 1_000_000 });
  if (typeof ready === 'function') await waitForOutput(started, ready, 30_000);
  else await pollUntilOk(`http://127.0.0.1:${port}${ready.path}`, started);
  return {
    url: `http://127.0.0.1:${port}`,
    pid: started.child.pid!,
    stdout: started.child.stdout!,
    stop: async () => {
      started.child.kill('SIGTERM');
      await started.exited;
    },
  };
}

/** Resident memory of a process, in MB. */
export function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** Clock ticks per second of /proc's CPU times. */
const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/**
 * CPU time a process has used so far (user + system), in milliseconds. Per request, it is the
 * overhead figure least disturbed by the load generator and other processes sharing the cores.
 */
export function cpuMs(pid: number): number {
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}
