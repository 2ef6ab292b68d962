import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot, startNode, waitForOutput, type Started } from '../helpers/processes.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = existsSync(CHROMIUM) ? undefined : `Chromium is not installed at ${CHROMIUM} (install the chromium package, or set CHROMIUM_PATH)`;
if (missing) console.warn(`skipping the GraphiQL browser test: ${missing}`);

describe.skipIf(missing !== undefined)('GraphiQL in a real browser (demo mode)', () => {
  let server: Started;
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}/graphql`;
    server = startNode('src/server.ts', { PORT: String(port), SPOTIFY_CLIENT_ID: '', SPOTIFY_CLIENT_SECRET: '' });
    await waitForOutput(server, (text) => text.includes('ready at'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'
      ],
      // Playwright gives every launch a fresh, empty profile of its own.
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
  });

  it('opens on the seeds\' query, runs it, and shows BTS', async () => {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    // The default tab holds the seeds' search.
    // Monaco renders spaces as no-break spaces.
    const text = async (selector: string) => (await page.locator(selector).first().innerText()).replace(/\u00a0/g, ' ');
    await expect.poll(() => text('.graphiql-query-editor .view-lines'), { timeout: 15_000 }).toContain('search(query: "BTS")');
    await page.click('.graphiql-execute-button');
    await expect.poll(() => text('.graphiql-response .view-lines'), { timeout: 20_000 }).toContain('"name": "BTS"');
    const outDir = join(repoRoot, 'test-output');
    mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: join(outDir, 'graphiql-bts.png'), fullPage: true });
    expect(existsSync(join(outDir, 'graphiql-bts.png'))).toBe(true);
  }, 90_000);
});
