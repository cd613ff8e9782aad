// Headless Debian Chromium for the report's screenshots and browser test, locked down: no
// network side channels, no GPU, a fresh throw-away profile per launch.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where the Debian package installs the browser (CI installs it with apt). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Launch flags: headless, no sandbox (containers), no GPU and no background network traffic. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** True when the browser binary exists. */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** A running browser context with its own profile directory; close() removes the profile. */
export interface ChromiumSession {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh --user-data-dir. Playwright takes the profile directory as the
 * first argument of launchPersistentContext (it refuses --user-data-dir in args).
 */
export async function launchChromium(viewport = { width: 1200, height: 900 }, deviceScaleFactor = 1): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'accsim-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, viewport, deviceScaleFactor, offline: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
