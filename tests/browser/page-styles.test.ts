/**
 * Each page carries only its kind's cut of the stylesheet (src/integrations/page-styles.ts). Cut
 * or whole, a page must paint the same: every element's computed style is compared with the
 * whole stylesheet swapped in, on every kind of page, on a phone and a desk, light and dark, on
 * paper, and with what the scripts add (search results, highlights) on screen.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowserAndSite } from '../support/browser';
import { PAGE_KINDS, serveBuiltSite } from '../support/site-server';

const session = useBrowserAndSite(serveBuiltSite);
const whole = readFileSync(join(dirname(inject('siteDir')), 'cache/page-styles/full.css'), 'utf8');

/**
 * What a reader sees of an element: its box (a missing rule almost always moves or resizes
 * something), and how it is drawn. All ~350 computed properties of every element would take
 * minutes on a long page for little more.
 */
const PAINTED = [
  'display',
  'position',
  'top',
  'left',
  'z-index',
  'float',
  'width',
  'height',
  'margin',
  'padding',
  'border',
  'border-radius',
  'outline',
  'box-shadow',
  'color',
  'background-color',
  'background-image',
  'opacity',
  'visibility',
  'overflow',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-decoration',
  'text-transform',
  'white-space',
  'list-style',
  'content',
  'grid-template-columns',
  'flex-direction',
  'flex-wrap',
  'gap',
  'align-items',
  'justify-content',
  'vertical-align',
  'cursor',
  'break-inside',
  'color-scheme',
];

/** Every element of the body with what a reader sees of it (and of its ::before and ::after where they show), in document order. */
const paint = (page: Page) =>
  page.evaluate(
    (properties) =>
      [...document.body.querySelectorAll('*')].map((element) => {
        const style = (pseudo?: string) => {
          const computed = getComputedStyle(element, pseudo);
          if (pseudo && computed.content === 'none') return '';
          return properties.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
        };
        const path = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.getAttribute('class') ?? ''}`;
        return { path, style: `${style()}|${style('::before')}|${style('::after')}` };
      }),
    PAINTED,
  );

/** The first elements whose style differs, with the properties that differ. */
function differences(cut: { path: string; style: string }[], full: { path: string; style: string }[]) {
  const found: string[] = [];
  cut.forEach((element, i) => {
    if (element.style === full[i]!.style || found.length >= 5) return;
    const theirs = new Set(full[i]!.style.split(/[;|]/));
    found.push(
      `${element.path}: ${element.style
        .split(/[;|]/)
        .filter((declaration) => !theirs.has(declaration))
        .join('; ')}`,
    );
  });
  return found;
}

async function expectSamePaint(page: Page) {
  const cut = await paint(page);
  expect(cut.length).toBeGreaterThan(10);
  const size = await page.evaluate((css) => {
    const style = document.querySelector('head style')!;
    const before = style.textContent!.length;
    style.textContent = css;
    return { before, after: css.length };
  }, whole);
  // A cut that kept everything would pass without testing anything.
  expect(size.before).toBeLessThan(size.after);
  const full = await paint(page);
  expect(full.map((element) => element.path)).toEqual(cut.map((element) => element.path));
  expect(differences(cut, full)).toEqual([]);
  await page.context().close();
}

describe.each(Object.entries(PAGE_KINDS))('the %s page (%s)', (_, path) => {
  it('paints at 1280 px in light as with the whole stylesheet', async () => {
    await expectSamePaint(await openPage(session, path, { width: 1280 }));
  });

  it('paints on a phone in dark as with the whole stylesheet', async () => {
    await expectSamePaint(await openPage(session, path, { width: 390, colorScheme: 'dark' }));
  });
});

describe('what scripts and media add', () => {
  it('paints a briefing on paper, chosen dark on screen, as with the whole stylesheet', async () => {
    const printed = await openPage(session, PAGE_KINDS.briefing, { theme: 'dark' });
    await printed.emulateMedia({ media: 'print' });
    await expectSamePaint(printed);
    await expectSamePaint(await openPage(session, PAGE_KINDS.recommendation, { theme: 'dark' }));
  });

  it('paints the header search results and a landing highlight as with the whole stylesheet', async () => {
    const page = await openPage(session, PAGE_KINDS.briefing, { width: 390 });
    await page.locator('#site-search').fill('sanctions');
    await page.locator('#site-search-panel [data-search-result]').first().waitFor();
    await expectSamePaint(page);
    const landed = await openPage(session, `${PAGE_KINDS.briefing}?highlight=sanctions`);
    await landed.locator('mark.pagefind-highlight').first().waitFor();
    await expectSamePaint(landed);
  });
});
