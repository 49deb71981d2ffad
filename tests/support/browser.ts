/**
 * Launches Debian's Chromium through playwright-core (no browser download works on these
 * machines). CHROME_PATH overrides the location. A missing browser fails loudly, never skips.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { StaticServer } from '../../scripts/build/serve';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromePath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install Debian\'s Chromium with ' +
        '"sudo apt-get update && sudo apt-get install -y chromium", or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * For a browser test file: Chromium and the built site served on 127.0.0.1, started once before
 * the file's tests and stopped after them. Read `browser` and `site` inside tests.
 */
export function useBrowserAndSite(serve: () => Promise<StaticServer>): { browser: Browser; site: StaticServer } {
  const session = {} as { browser: Browser; site: StaticServer };
  beforeAll(async () => {
    [session.browser, session.site] = await Promise.all([launchChromium(), serve()]);
  });
  afterAll(async () => {
    await Promise.all([session.browser?.close(), session.site?.close()]);
  });
  return session;
}
