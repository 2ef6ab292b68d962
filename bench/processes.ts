import { readFileSync } from 'node:fs';
import { freePort, startNode, waitForOutput, type Started } from '../test/helpers/processes.js';

export interface Service {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts a script as its own process (so the load generator never shares its event loop). */
export async function startService(script: string, env: Record<string, string>, ready: (text: string) => boolean, nodeArgs: string[] = []): Promise<Service> {
  const port = await freePort();
  const started: Started = startNode(script, { PORT: String(port), ...env }, nodeArgs);
  await waitForOutput(started, ready, 30_000);
  return {
    url: `http://127.0.0.1:${port}`,
    pid: started.child.pid!,
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
