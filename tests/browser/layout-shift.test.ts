/**
 * Nothing moves while a page loads (CLS 0): what the script adds or reveals (the theme button,
 * the folds it opens beside the text) has its place before the first paint.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser';
import { PAGE_KINDS, serveBuiltSite } from '../support/site-server';

const session = useBrowserAndSite(serveBuiltSite);

describe.each([
  ['a phone', { width: 390, height: 844, isMobile: true, hasTouch: true }],
  ['a tablet', { width: 768, height: 1024, isMobile: false, hasTouch: false }],
  ['a desk', { width: 1280, height: 800, isMobile: false, hasTouch: false }],
] as const)('on %s', (_, device) => {
  it.each([PAGE_KINDS.home, PAGE_KINDS.briefing, PAGE_KINDS.recommendation, PAGE_KINDS.tag])('%s loads without a layout shift', async (path) => {
    const context = await session.browser.newContext({
      viewport: { width: device.width, height: device.height },
      isMobile: device.isMobile,
      hasTouch: device.hasTouch,
    });
    const page = await context.newPage();
    // A slow phone's parser yields to paint mid-header: what arrives later must not move what is painted.
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const shifts: string[] = [];
      (window as unknown as { shifts: string[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
          shifts.push(`${entry.value.toFixed(4)} ${entry.sources.map((source) => (source.node as Element | undefined)?.outerHTML?.slice(0, 80)).join(' | ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL(path.replace(/^\//, ''), session.site.url).href, { waitUntil: 'load' });
    // The page script has run (it shows the theme button) before the shifts are read.
    await page.locator('[data-theme-toggle]:not([hidden])').waitFor();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    await context.close();
  });
});
