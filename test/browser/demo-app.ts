import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { freePort, repoRoot, startNode, waitForOutput, type Started } from '../helpers/processes.js';
import { launchChromium } from './chromium.js';

const outDir = join(repoRoot, 'test-output');

/** What a browser test of the web app has at hand: a demo gateway, its emulator, a fresh page per test. */
export interface DemoApp {
  /** The gateway's origin, as 127.0.0.1 (see `hostname`). */
  origin: string;
  emulatorUrl: string;
  page: Page;
  /** Every request to /graphql the current test's page made. */
  graphqlRequests: Request[];
  screenshot(name: string): Promise<unknown>;
  /** A query answered by the gateway for the test's own set-up (ids to open). */
  query(text: string): Promise<{ data: any; errors?: { extensions: { code: string } }[] }>;
}

/**
 * Starts a demo gateway (the emulator stands in for Spotify; `env` adds to its environment) and Chromium for the describe
 * block that calls it; each test gets a new page, and an exception the app did not handle
 * fails the test that caused it.
 */
export function demoApp(env: Record<string, string> = {}): DemoApp {
  let server: Started;
  let browser: Browser;
  let pageErrors: Error[];
  const app = { graphqlRequests: [] as Request[] } as unknown as DemoApp;
  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    const port = await freePort();
    app.origin = `http://127.0.0.1:${port}`;
    server = startNode('src/server.ts', { PORT: String(port), SPOTIFY_CLIENT_ID: '', SPOTIFY_CLIENT_SECRET: '', ...env });
    // Generous: on a busy machine tsx compiling the gateway takes a while.
    await waitForOutput(server, (text) => text.includes('ready at'), 50_000);
    app.emulatorUrl = /emulator at (\S+) stands in/.exec(server.output())![1];
    browser = await launchChromium();
  }, 60_000);
  beforeEach(async () => {
    app.page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    pageErrors = [];
    app.graphqlRequests = [];
    app.page.on('pageerror', (error) => pageErrors.push(error));
    app.page.on('request', (request) => void (new URL(request.url()).pathname === '/graphql' && app.graphqlRequests.push(request)));
    return async () => {
      expect(pageErrors).toEqual([]);
      await app.page.close();
    };
  });
  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
  });
  app.screenshot = (name) => app.page.screenshot({ path: join(outDir, `web-${name}.png`), fullPage: true });
  app.query = async (text) => {
    const answer = await fetch(`${app.origin}/graphql?query=${encodeURIComponent(text)}`, { headers: { accept: 'application/json', 'x-graphql-csrf': '1' } });
    return answer.json();
  };
  return app;
}

/** The id of the first result of one kind, for a search the emulator's catalog answers. */
export async function firstResultId(app: DemoApp, kind: string, query: string): Promise<string> {
  const answer = await app.query(`{ search(query: ${JSON.stringify(query)}) { ${kind}(first: 1) { edges { node { id } } } } }`);
  return answer.data.search[kind].edges[0].node.id;
}
