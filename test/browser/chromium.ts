import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Why the browser tests cannot run here, or undefined when they can. In CI a missing browser
 * is a failure, never a skip: .ci/run installs Debian's chromium.
 */
export function chromiumMissing(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const reason = `Chromium is not installed at ${CHROMIUM} (install the chromium package, or set CHROMIUM_PATH)`;
  if (process.env.CI && process.env.CI !== 'false') throw new Error(`browser tests cannot run in CI: ${reason}`);
  console.warn(`skipping the web app's browser tests: ${reason}`);
  return reason;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync',
    ],
    // Playwright gives every launch a fresh, empty profile (user data dir) of its own.
  });
}
