/**
 * Nothing moves while a page loads (CLS 0): what the script adds or reveals (the theme button,
 * the folds it opens beside the text) has its place before the first paint, and the header keeps
 * its size however early Chromium paints it (a busy machine's parser yields to paint mid-header).
 * Shifts in the text while the parser is still adding it (a paint between two lines of a long
 * paragraph on a loaded machine) are the browser's, not the page's, and are not counted.
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
    await page.addInitScript(() => {
      const shifts: { at: number; inHeader: boolean; what: string }[] = [];
      (window as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; startTime: number; sources: { node?: Node }[] }[]) {
          const nodes = entry.sources.map((source) => source.node).filter((node): node is Node => !!node);
          shifts.push({
            at: entry.startTime,
            inHeader: nodes.some((node) => !!(node instanceof Element ? node : node.parentElement)?.closest('body > header')),
            what: `${entry.value.toFixed(4)} ${nodes.map((node) => (node instanceof Element ? node.outerHTML : node.textContent)?.slice(0, 80)).join(' | ')}`,
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL(path.replace(/^\//, ''), session.site.url).href, { waitUntil: 'load' });
    // The page script has run (it shows the theme button) before the shifts are read.
    await page.locator('[data-theme-toggle]:not([hidden])').waitFor();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shifts = await page.evaluate(() => {
      const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart;
      const all = (window as unknown as { shifts: { at: number; inHeader: boolean; what: string }[] }).shifts;
      return all.filter((shift) => shift.inHeader || shift.at >= parsed).map((shift) => shift.what);
    });
    expect(shifts).toEqual([]);
    await context.close();
  });
});
