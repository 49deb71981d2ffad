/** A briefing on a phone: Contents and Provenance folded until asked for, so the narrative follows the header; whole on wide screens and paper. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowserAndSite } from '../support/browser';
import { serveBuiltSite } from '../support/site-server';

const session = useBrowserAndSite(serveBuiltSite);

const BRIEFINGS = ['/briefings/alaaldin-brookings-2020/', '/briefings/hannah-foreign-policy-2020/'];
const PHONE = { width: 390, height: 844 };

async function open(path: string, width: number): Promise<Page> {
  const page = await openPage(session, path, { width });
  await page.setViewportSize({ width, height: PHONE.height });
  return page;
}

const boxes = (page: Page) => ({
  contents: page.locator('nav[data-contents] details'),
  provenance: page.locator('aside[aria-labelledby="provenance"] details'),
});
/** Something inside each box, to tell whether its content is shown. */
const firstLink = { contents: 'nav[data-contents] ol a', provenance: 'aside[aria-labelledby="provenance"] dl dt' };

describe.each(BRIEFINGS)('%s', (path) => {
  // The header's own height on a phone is phone-start.test.ts's: here, that the boxes add little after it.
  it('starts the narrative within a third of a 390×844 screen below the header', async () => {
    const page = await open(path, PHONE.width);
    const header = await page.locator('article > header').evaluate((h) => h.getBoundingClientRect().bottom);
    const first = await page
      .locator('article .prose p')
      .first()
      .evaluate((p) => p.getBoundingClientRect().top);
    expect(first - header).toBeLessThan(PHONE.height / 3);
    await page.context().close();
  });

  it('folds Contents and Provenance on a phone, and opens each by click or Enter on its summary', async () => {
    const page = await open(path, PHONE.width);
    const { contents, provenance } = boxes(page);
    for (const [name, box] of [
      ['contents', contents],
      ['provenance', provenance],
    ] as const) {
      expect(await box.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      expect(await page.locator(firstLink[name]).first().isVisible()).toBe(false);
      expect(await box.locator('summary [data-fold-hint]').isVisible()).toBe(true);
    }
    await contents.locator('summary').click();
    expect(await contents.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    expect(await page.locator(firstLink.contents).first().isVisible()).toBe(true);
    await provenance.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await provenance.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    expect(await page.locator(firstLink.provenance).first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows both boxes open at 1280 px', async () => {
    const page = await open(path, 1280);
    for (const selector of Object.values(firstLink)) expect(await page.locator(selector).first().isVisible()).toBe(true);
    // No fold control on a wide screen (the standfirst's, Contents', Provenance's): the summary reads as the box's heading there.
    expect(await page.locator('summary [data-fold-hint]').evaluateAll((hints) => hints.map((h) => h.getBoundingClientRect().width))).toEqual([0, 0, 0]);
    // Shown is also what assistive technology hears: the boxes are open, not 'collapsed'.
    await expect
      .poll(() => page.locator('details.fold').evaluateAll((folds) => folds.map((fold) => (fold as HTMLDetailsElement).open)))
      .toEqual([true, true, true]);
    // Back on a narrow window they fold again.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(() => page.locator('details.fold').evaluateAll((folds) => folds.map((fold) => (fold as HTMLDetailsElement).open)))
      .toEqual([false, false, false]);
    await page.context().close();
  });

  it('prints the provenance whole on a phone', async () => {
    const page = await open(path, PHONE.width);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(firstLink.provenance).first().isVisible()).toBe(true);
    expect(await page.locator('aside[aria-labelledby="provenance"] dl').evaluate((dl) => dl.getBoundingClientRect().height)).toBeGreaterThan(100);
    await page.context().close();
  });
});
