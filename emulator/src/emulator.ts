// What the emulator looks like from outside: its options, its call log records and the
// Emulator interface. Kept apart from server.ts so the control API can speak of an Emulator
// without importing the server that imports it.

import type { AppMode } from './wire-types.js';
import type { Catalog } from './catalog.js';
import type { FaultController, Host } from './faults.js';
import type { Users } from './users/users.js';

export interface EmulatorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  /** Default 'development'. */
  mode?: AppMode;
  /** Default 'demo-client-id'. */
  clientId?: string;
  /** Default 'demo-client-secret'. */
  clientSecret?: string;
  /** Default 3600. */
  tokenLifetimeSeconds?: number;
  /** Added to every call (e.g. 50 to emulate a distant upstream). Default 0. */
  latencyMs?: number;
  /** Catalog seed; the default catalog is the one the fixtures describe. */
  seed?: number;
  /** Seed of fault probabilities for rules without their own seed. Default 1. */
  faultSeed?: number;
  /** How many recent calls `calls` keeps (counts stay exact beyond it). Default 200000. */
  callLogLimit?: number;
  /**
   * Spotify's real untidiness (null items, short pages, images without sizes, coarse
   * release dates), sprinkled deterministically; see quirks.ts. Default false.
   */
  quirks?: boolean;
}

export interface CallRecord {
  at: number;
  method: string;
  path: string;
  /** Normalised, e.g. 'GET /v1/artists/{id}'; unknown paths keep their raw path. */
  endpoint: string;
  host: Host;
  query: Record<string, string>;
  /** 0 when the call was dropped (or is still being answered). */
  status: number;
  /** Ids asked for, by single-item and several-items calls. */
  ids?: string[];
}

export interface CallFilter {
  endpoint?: string;
  host?: Host;
}

export interface Emulator {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  /** Same as url: the token endpoint is `${accountsUrl}/api/token`. */
  readonly accountsUrl: string;
  /** `${url}/v1` */
  readonly apiUrl: string;
  readonly mode: AppMode;
  setMode(mode: AppMode): void;
  /** Whether the quirks are on (fixed at start). */
  readonly quirks: boolean;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly catalog: Catalog;
  readonly faults: FaultController;
  /** Demo users: their libraries, grants, and `mintToken` for tests that skip the browser. */
  readonly users: Users;
  /** Every call received, in order (the most recent `callLogLimit` of them). */
  readonly calls: CallRecord[];
  countCalls(filter?: CallFilter): number;
  resetCalls(): void;
  /** Lifetime of tokens issued from now on. */
  setTokenLifetime(seconds: number): void;
  /** Tokens issued so far now answer 401 "The access token expired". */
  expireAllTokens(): void;
  /** Every access token issued so far, so tests can check none of them leaks. */
  issuedTokens(): string[];
  /** Closes the server and every socket, keep-alive ones included. */
  close(): Promise<void>;
}
