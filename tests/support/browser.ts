/**
 * Launches Debian's Chromium through playwright-core (no browser download works on these
 * machines). CHROME_PATH overrides the location. A missing browser fails loudly, never skips.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
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
      "No Chromium found for the browser tests. Install Debian's Chromium with " +
        '"sudo apt-get update && sudo apt-get install -y chromium", or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

/** `args` adds switches, e.g. a remote-debugging port for Lighthouse (scripts/bench/pages.ts). */
export function launchChromium(args: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...args],
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

/** A page of the served site in a fresh context: a viewport width, the system's colour scheme, and a theme the reader chose earlier. */
export async function openPage(
  session: { browser: Browser; site: StaticServer },
  path: string,
  options: { width?: number; colorScheme?: 'light' | 'dark'; theme?: 'light' | 'dark' | null } = {},
): Promise<Page> {
  const context = await session.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
  });
  // As the theme toggle stores it.
  if (options.theme) await context.addInitScript((theme) => localStorage.setItem('theme', theme), options.theme);
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), session.site.url).href);
  return page;
}
