// What the package offers the gateway (demo mode), its tests, benchmarks and scripts. The
// seeded random helpers are here so the gateway's tests can make payloads as reproducible as
// the emulator's own catalog.
export { startEmulator } from './server.js';
export type { CallRecord, Emulator, EmulatorOptions, FaultRule } from './server.js';
export type { CatalogFixtures } from './catalog.js';
export { DEMO_USER_IDS } from './users/demo-users.js';
export { chance, hashSeed, int, mulberry32, pick, type Rng } from './random.js';
