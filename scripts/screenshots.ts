// Screenshots of the web app's main screens for the README (docs/screenshots/*.png): a demo
// gateway on a free port, headless Chromium, a demo user signed in for the library.
//   npm run screenshots            (builds nothing: run `npm run build:web` first)
//   GATEWAY_URL=http://127.0.0.1:4000 npm run screenshots   (an already running demo gateway)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Page } from 'playwright-core';

const root = new URL('../', import.meta.url).pathname;
const outDir = `${root}docs/screenshots`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function startGateway(): Promise<{ origin: string; stop: () => void }> {
  if (process.env.GATEWAY_URL) return { origin: process.env.GATEWAY_URL.replace(/\/$/, ''), stop: () => {} };
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), SPOTIFY_CLIENT_ID: '', SPOTIFY_CLIENT_SECRET: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if ((await fetch(`${origin}/health`).catch(() => undefined))?.ok) break;
    if (tries > 300 || child.exitCode !== null) throw new Error('the demo gateway did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { origin, stop: () => child.kill('SIGTERM') };
}

/** Waits until the screen has its h1 and nothing is loading, then keeps it. */
async function capture(page: Page, name: string) {
  await page.locator('h1').first().waitFor({ state: 'attached', timeout: 20_000 });
  await page.waitForFunction(() => !document.body.innerText.includes('Loading…'), undefined, { timeout: 20_000 });
  await page.waitForFunction(() => [...document.images].every((image) => image.complete || image.getBoundingClientRect().top > innerHeight), undefined, { timeout: 10_000 });
  await page.screenshot({ path: `${outDir}/${name}.png` });
  console.log(`${outDir}/${name}.png`);
}

async function firstId(origin: string, query: string): Promise<string> {
  const answer = await fetch(`${origin}/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json', 'x-graphql-csrf': '1' } });
  const text = JSON.stringify(await answer.json());
  return /"id":"([A-Za-z0-9]{22})"/.exec(text)![1];
}

const gateway = await startGateway();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 960, height: 600 } });
  const { origin } = gateway;
  await page.goto(`${origin}/search/BTS`);
  await capture(page, 'search');
  await page.goto(`${origin}/artist/${await firstId(origin, '{ search(query: "BTS") { artists(first: 1) { edges { node { id } } } } }')}`);
  await capture(page, 'artist');
  await page.goto(`${origin}/album/${await firstId(origin, '{ search(query: "BTS") { albums(first: 1) { edges { node { id } } } } }')}`);
  await capture(page, 'album');
  await page.goto(`${origin}/playlist/${await firstId(origin, '{ search(query: "BTS") { playlists(first: 1) { edges { node { id } } } } }')}`);
  await capture(page, 'playlist');
  await page.goto(`${origin}/audiobook/${await firstId(origin, '{ search(query: "a") { audiobooks(first: 1) { edges { node { id } } } } }')}`);
  await capture(page, 'audiobook');
  // Signed in as a demo user, through the emulator's consent page.
  await page.goto(`${origin}/collection/tracks`);
  await page.getByRole('button', { name: 'Sign in' }).first().click();
  await page.click('button[name="user"][value="minji"]');
  await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 20_000 });
  await capture(page, 'library');
} finally {
  await browser.close();
  gateway.stop();
}
