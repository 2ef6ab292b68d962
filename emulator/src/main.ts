// Runs the emulator on its own (npm run emulator), e.g. for the chaos script or for trying
// the gateway by hand. Settings come from the environment:
//   PORT (default 4010), EMULATOR_MODE (development | extended),
//   EMULATOR_LATENCY_MS, EMULATOR_TOKEN_LIFETIME_SECONDS,
//   EMULATOR_QUIRKS=1 (or the --quirks flag) for Spotify's untidy payloads (see quirks.ts).

import type { AppMode } from './wire-types.js';
import { startEmulator } from './server.js';

function numberFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return n;
}

const emulator = await startEmulator({
  host: process.env.HOST ?? '127.0.0.1',
  port: numberFromEnv('PORT') ?? 4010,
  mode: (process.env.EMULATOR_MODE ?? 'development') as AppMode,
  latencyMs: numberFromEnv('EMULATOR_LATENCY_MS'),
  tokenLifetimeSeconds: numberFromEnv('EMULATOR_TOKEN_LIFETIME_SECONDS'),
  quirks: process.argv.includes('--quirks') || ['1', 'true'].includes(process.env.EMULATOR_QUIRKS ?? ''),
});

console.log(
  `Spotify emulator (${emulator.mode} mode${emulator.quirks ? ', quirks on' : ''}) on ${emulator.url}: token ${emulator.accountsUrl}/api/token, ` +
    `API ${emulator.apiUrl}, client id "${emulator.clientId}", secret "${emulator.clientSecret}"`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    emulator.close().then(() => process.exit(0));
  });
}
