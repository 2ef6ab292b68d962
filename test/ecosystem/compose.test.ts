// There is no Docker engine in CI: docker-compose.yml is parsed, and everything it refers to
// (variables, files, services, the supergraph it mounts) is checked against the repository.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeSupergraph, subgraphUrl, supergraphFile } from '../../scripts/supergraph.js';
import { repoRoot } from '../helpers/processes.js';
import { documentedVariables } from '../helpers/readme.js';

interface Service {
  build?: string;
  image?: string;
  command?: string[];
  deploy?: { replicas?: number };
  environment?: Record<string, string>;
  healthcheck?: { test?: string[]; disable?: boolean };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  ports?: string[];
}

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service> };
const services = compose.services;
const named = (predicate: (service: Service) => boolean) => Object.keys(services).find((name) => predicate(services[name]))!;

const gatewayName = named((service) => service.deploy?.replicas !== undefined);
const gateway = services[gatewayName];
const redisName = named((service) => service.image?.startsWith('redis:') === true);
const hiveName = named((service) => service.image?.startsWith('ghcr.io/graphql-hive/gateway:') === true);
const hive = services[hiveName];
const emulatorName = named((service) => service.command?.includes('emulator/dist/main.js') === true);

/** `${NAME:-fallback}` → fallback; a plain value as it is. */
const fallbackOf = (value: string) => /^\$\{[A-Z0-9_]+:-(.*)\}$/.exec(value)?.[1] ?? value;

describe('docker-compose.yml', () => {
  it('runs three gateway replicas built from the Dockerfile, Redis, Hive Gateway and the emulator', () => {
    expect(gateway.build).toBe('.');
    expect(existsSync(join(repoRoot, gateway.build!, 'Dockerfile'))).toBe(true);
    expect(gateway.deploy!.replicas).toBe(3);
    expect([redisName, hiveName, emulatorName].every(Boolean)).toBe(true);
  });

  it('sets only variables the gateway reads and the README documents', () => {
    const fromConfig = new Set([...read('src/config.ts').matchAll(/env, '([A-Z0-9_]+)'/g)].map((match) => match[1]));
    const documented = documentedVariables();
    const names = Object.keys(gateway.environment!);
    expect(names.length).toBeGreaterThan(3);
    expect(names.filter((name) => !fromConfig.has(name))).toEqual([]);
    expect(names.filter((name) => !documented.includes(name))).toEqual([]);
    // The emulator's variables are the ones its entry point reads.
    const emulatorMain = read('emulator/src/main.ts');
    const emulatorReads = new Set([...emulatorMain.matchAll(/process\.env\.([A-Z0-9_]+)|numberFromEnv\('([A-Z0-9_]+)'\)/g)].map((match) => match[1] ?? match[2]));
    expect(Object.keys(services[emulatorName].environment!).filter((name) => !emulatorReads.has(name))).toEqual([]);
    for (const name of [redisName, hiveName]) expect(services[name].environment, name).toBeUndefined();
  });

  it('gives every replica the same Redis, the compose Redis service, and serves them as a subgraph', () => {
    // One service definition with `replicas: 3`: its environment is every replica's.
    const redisUrl = new URL(gateway.environment!.REDIS_URL);
    expect(redisUrl.protocol).toBe('redis:');
    expect(redisUrl.hostname).toBe(redisName);
    expect(gateway.environment!.FEDERATION_SUBGRAPH).toBe('true');
    expect(gateway.depends_on![redisName].condition).toBe('service_healthy');
  });

  it('points the replicas at the emulator unless real Spotify is configured', () => {
    const emulator = services[emulatorName].environment!;
    const base = `http://${emulatorName}:${emulator.PORT}`;
    expect(fallbackOf(gateway.environment!.SPOTIFY_ACCOUNTS_URL)).toBe(base);
    expect(fallbackOf(gateway.environment!.SPOTIFY_API_URL)).toBe(`${base}/v1`);
    expect(emulator.HOST).toBe('0.0.0.0');
    // Its default credentials, and the app mode the replicas assume.
    const server = read('emulator/src/server.ts');
    expect(server).toContain(`'${fallbackOf(gateway.environment!.SPOTIFY_CLIENT_ID)}'`);
    expect(server).toContain(`'${fallbackOf(gateway.environment!.SPOTIFY_CLIENT_SECRET)}'`);
    expect(emulator.EMULATOR_MODE).toBe(gateway.environment!.SPOTIFY_APP_MODE);
  });

  it('checks each replica on /ready, and starts Hive Gateway once they are healthy', () => {
    expect(gateway.healthcheck!.test!.join(' ')).toContain('127.0.0.1:4000/ready');
    expect(hive.depends_on![gatewayName].condition).toBe('service_healthy');
    expect(hive.healthcheck!.test!.join(' ')).toContain('/readiness');
    for (const [name, service] of Object.entries(services)) {
      for (const dependency of Object.keys(service.depends_on ?? {})) expect(services[dependency], `${name} depends on ${dependency}`).toBeDefined();
    }
  });

  it('mounts files that exist, among them the supergraph Hive Gateway serves', () => {
    const mounts = Object.values(services).flatMap((service) => service.volumes ?? []);
    expect(mounts.length).toBeGreaterThan(0);
    for (const mount of mounts) {
      const [source] = mount.split(':');
      expect(existsSync(join(repoRoot, source)), source).toBe(true);
    }
    const mounted = hive.volumes!.map((mount) => mount.split(':')).find(([, target]) => hive.command!.includes(target));
    expect(mounted).toBeDefined();
    expect(join(repoRoot, mounted![0])).toBe(supergraphFile.pathname);
  });

  it('mounts the supergraph of the committed subgraph SDL, routed to the replicas (run `npm run schema:print`)', () => {
    expect(new URL(subgraphUrl).hostname).toBe(gatewayName);
    expect(readFileSync(supergraphFile, 'utf8')).toBe(composeSupergraph());
    expect(composeSupergraph()).toContain(`url: "${subgraphUrl}"`);
  });
});
