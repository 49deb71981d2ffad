/**
 * Recommendation cards and editor's notes in Chromium: what is recommended leads each card, set
 * larger than the translation under it and in full-contrast ink; the source's heading stays in
 * sight, labelled; every card ends the same way; the notes are compact and a marker's round trip
 * to its note and back works from the keyboard, each end marked on arrival.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openPage, useBrowserAndSite } from '../support/browser';
import { projectRoot } from '../support/build-site';
import { PAGE_KINDS, serveBuiltSite } from '../support/site-server';

const session = useBrowserAndSite(serveBuiltSite);

/** Each recommendation's summary and title, from its file: the cards must lead with the one and label the other. */
const content = new Map(
  readdirSync(join(projectRoot, 'content/recommendations'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const data = parse(readFileSync(join(projectRoot, 'content/recommendations', f), 'utf8').split(/^---$/m)[1]!) as { summary: string; title: string };
      return [f.replace(/^.*\/|\.mdx$/g, ''), data] as const;
    }),
);
/** For comparing the file's words with the page's: the site curls quotes and folds spaces. */
const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim();

/** WCAG contrast of two colours given as sRGB channels (0-255). */
function contrast(a: number[], b: number[]): number {
  const luminance = (color: number[]) => {
    const [r, g, b] = color.map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

interface CardReading {
  id: string;
  firstText: string;
  summary: { size: number; weight: number; color: number[] };
  background: number[];
  translation: { size: number; weight: number } | null;
  source: { text: string; visible: boolean; inViewport: boolean };
}

/** One card, scrolled to the top of the viewport: its first words after the number, their type, the translation's, and the source's heading. */
const readCard = (card: Locator): Promise<CardReading> =>
  card.evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    const heading = el.querySelector('h2, h3, h4')!;
    const link = heading.querySelector('a[href*="/recommendations/"]');
    const id = el.id || link!.getAttribute('href')!.split('/').at(-2)!;
    // The text a reader meets first, the order number aside.
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let firstText = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      if (text && !/^\d+\.$/.test(text)) {
        firstText = node.parentElement!.closest('h2, h3, h4') === heading ? text : `outside the heading: ${text}`;
        break;
      }
    }
    // Computed colours come as oklch(): a canvas pixel turns them into sRGB channels.
    const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgb = (color: string) => {
      pixel.clearRect(0, 0, 1, 1);
      pixel.fillStyle = color;
      pixel.fillRect(0, 0, 1, 1);
      return [...pixel.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const words = link ?? heading;
    const style = getComputedStyle(words);
    let background = 'rgba(0, 0, 0, 0)';
    for (let at: Element | null = words; at && /rgba\(0, 0, 0, 0\)|transparent/.test(background); at = at.parentElement)
      background = getComputedStyle(at).backgroundColor;
    const paragraph = el.querySelector('.prose p');
    const source = el.querySelector('[data-voice="heading"], [data-voice="editorsTitle"]') as HTMLElement;
    const box = source.getBoundingClientRect();
    return {
      id,
      firstText,
      summary: { size: parseFloat(style.fontSize), weight: Number(style.fontWeight), color: rgb(style.color) },
      background: rgb(background),
      translation: paragraph && { size: parseFloat(getComputedStyle(paragraph).fontSize), weight: Number(getComputedStyle(paragraph).fontWeight) },
      source: {
        text: source.parentElement!.textContent!.replace(/\s+/g, ' ').trim(),
        visible: source.checkVisibility() && box.width > 1 && box.height > 1,
        inViewport: box.top >= 0 && box.bottom <= innerHeight,
      },
    };
  });

function expectLeadsWithSummary(card: CardReading) {
  const rec = content.get(card.id)!;
  expect(rec, card.id).toBeDefined();
  expect(squash(rec.summary).startsWith(squash(card.firstText)), `${card.id} starts with "${card.firstText}"`).toBe(true);
  expect(card.summary.size, card.id).toBeGreaterThanOrEqual(16);
  expect(contrast(card.summary.color, card.background), card.id).toBeGreaterThanOrEqual(7);
  if (card.translation) {
    expect(card.summary.size, card.id).toBeGreaterThan(card.translation.size);
    expect(card.summary.weight, card.id).toBeGreaterThan(card.translation.weight);
  }
  expect(card.source.text, card.id).toMatch(/^Our summary · (Source heading(, mended)?|Our title): “/);
  expect(squash(card.source.text), card.id).toContain(squash(`“${rec.title}”`));
  expect(card.source, card.id).toMatchObject({ visible: true, inViewport: true });
}

const BRIEFING_CARDS = 'section.recommendation';
const LIST_CARDS = 'main article.card';

describe('a recommendation card', () => {
  for (const width of [1280, 390]) {
    it(`on a briefing leads with what is recommended, above the translation, and labels the source's heading (${width} px)`, async () => {
      const page = await openPage(session, PAGE_KINDS.briefing, { width });
      const cards = await page.locator(BRIEFING_CARDS).all();
      expect(cards.length).toBe(8);
      for (const card of cards) {
        const reading = await readCard(card);
        expect(reading.translation, reading.id).not.toBeNull();
        expectLeadsWithSummary(reading);
      }
      await page.context().close();
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`on the recommendations list leads with what is recommended, its own heading's source labelled (${colorScheme})`, async () => {
      const page = await openPage(session, PAGE_KINDS.recommendations, { colorScheme });
      const cards = await page.locator(LIST_CARDS).all();
      expect(cards.length).toBeGreaterThan(5);
      for (const card of cards) expectLeadsWithSummary(await readCard(card));
      await page.context().close();
    });
  }
});

/** Each footer's tag list and its line of links or meta: where they start and where each child of the line sits. */
const footers = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((cards) =>
    cards.map((card) => {
      const foot = card.querySelector(':scope > .card-foot');
      const [tags, line] = foot ? [...foot.children].filter((el) => el.checkVisibility()) : [];
      const box = (el: Element) => el.getBoundingClientRect();
      return {
        foot: !!foot,
        tagsFirst: tags?.tagName === 'UL' && tags.getAttribute('aria-label') === 'Tags',
        tagsLeft: tags && foot ? Math.round(box(tags).left - box(foot).left) : null,
        line: line && {
          left: Math.round(box(line).left - box(foot!).left),
          belowTags: box(line).top >= box(tags!).bottom,
          rows: Math.round(box(line).height / parseFloat(getComputedStyle(line).lineHeight)),
        },
      };
    }),
  );

describe('card footers', () => {
  for (const width of [1280, 390]) {
    it(`end every card the same way: the tags, then one line of links or meta under them, both from the left (${width} px)`, async () => {
      for (const [path, selector] of [
        [PAGE_KINDS.briefing, BRIEFING_CARDS],
        [PAGE_KINDS.recommendations, LIST_CARDS],
        [PAGE_KINDS.tag, LIST_CARDS],
      ] as const) {
        const page = await openPage(session, path, { width });
        const found = await footers(page, selector);
        expect(found.length, path).toBeGreaterThan(0);
        for (const foot of found) expect(foot, path).toMatchObject({ foot: true, tagsFirst: true, tagsLeft: 0 });
        const lines = found.flatMap((foot) => (foot.line ? [foot.line] : []));
        // Every briefing card has its links; on lists only a cited report's card has a meta line.
        if (selector === BRIEFING_CARDS) expect(lines).toHaveLength(found.length);
        for (const line of lines) expect(line, path).toEqual({ left: 0, belowTags: true, rows: 1 });
        await page.context().close();
      }
    });
  }
});

describe("editor's notes", () => {
  // Measured on the old markup (a bordered box of three labelled rows per note): 4,879 px at 390, 3,163 at 1280.
  const BEFORE = { 390: 4879, 1280: 3163 };
  for (const width of [390, 1280] as const) {
    it(`take under 70% of the height they took as cards (${width} px), in lines of at least 15 px`, async () => {
      const page = await openPage(session, PAGE_KINDS.briefing, { width });
      const notes = page.locator('section[aria-labelledby="editors-notes"]');
      const { height, count, smallest } = await notes.evaluate((section) => {
        const items = [...section.querySelectorAll('li[id^="note-"]')];
        return {
          height: section.getBoundingClientRect().height,
          count: items.length,
          smallest: Math.min(...items.map((li) => parseFloat(getComputedStyle(li).fontSize))),
        };
      });
      expect(count).toBe(19);
      expect(smallest).toBeGreaterThanOrEqual(15);
      expect(height).toBeLessThan(BEFORE[width] * 0.7);
      await page.context().close();
    });
  }

  it('are reached from a marker and lead back to it by keyboard, each end marked as the target', async () => {
    const page = await openPage(session, PAGE_KINDS.briefing);
    const marker = page.locator('#help-kadhimi-with-governance sup[data-mend] a').first();
    expect(await marker.textContent()).toBe('3.2');
    const note = page.locator('#note-help-kadhimi-with-governance-2');
    const marking = (el: Locator) => el.evaluate((e) => ({ target: e.matches(':target'), background: getComputedStyle(e).backgroundColor }));
    const unmarked = await marking(note);
    expect(unmarked.target).toBe(false);

    await marker.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#note-help-kadhimi-with-governance-2');
    const reached = await marking(note);
    expect(reached.target).toBe(true);
    expect(reached.background).not.toBe(unmarked.background);
    expect(await note.textContent()).toContain('Iraqi politicians do not They have consensus');

    // The next Tab starts from the note: its number is the link back.
    await page.keyboard.press('Tab');
    const back = note.getByRole('link', { name: 'Note 3.2: back to the text' });
    expect(await back.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#note-help-kadhimi-with-governance-2-ref');
    expect((await marking(marker)).target).toBe(true);
    expect(await marker.evaluate((a) => getComputedStyle(a).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await marker.evaluate((a) => a.getBoundingClientRect().top >= 0 && a.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await page.context().close();
  });
});
