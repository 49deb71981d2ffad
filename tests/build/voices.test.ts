/**
 * Readers quote, so they must tell our words from the translation's: every summary is labelled as
 * ours, every passage of the translation as the translation's, and every title as the source's
 * heading or the editors'. A recommendation's summary leads as its heading, so its label follows it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/build-site';
import { readPage, textOf } from '../support/dist';

const dist = inject('siteDir');
const recommendations = readdirSync(join(projectRoot, 'content/recommendations'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(join(projectRoot, 'content/recommendations', f), 'utf8');
    return {
      id: f
        .split('/')
        .pop()!
        .replace(/\.mdx$/, ''),
      briefing: f.split('/')[0]!,
      fromHeading: /^titleFrom: heading$/m.test(text),
      printed: /^sourceHeading: (.*)$/m.exec(text)?.[1],
      title: /^title: (.*)$/m.exec(text)![1]!,
    };
  });

describe('whose words', () => {
  it('labels each recommendation page: our summary, the translation, and whose the title is', () => {
    for (const rec of recommendations) {
      const page = readPage(dist, `/recommendations/${rec.id}/`);
      const voices = [...page.querySelectorAll('article [data-voice]')].map((el) => el.getAttribute('data-voice'));
      expect(voices, rec.id).toEqual(['ours', rec.fromHeading ? 'heading' : 'editorsTitle', 'translation']);
      const title = textOf(page.querySelector('[data-voice="heading"], [data-voice="editorsTitle"]'));
      // The site curls the file's straight apostrophes.
      expect(title, rec.id).toBe(
        (rec.fromHeading
          ? rec.printed
            ? `Source heading, mended: “${rec.title}” (the translation reads “${rec.printed}”)`
            : `Source heading: “${rec.title}”`
          : `Our title: “${rec.title}”`
        ).replace(/'/g, '’'),
      );
    }
  });

  it("labels the same on each briefing page, and the briefing's own summary and narrative", () => {
    for (const briefing of new Set(recommendations.map((r) => r.briefing))) {
      const page = readPage(dist, `/briefings/${briefing}/`);
      expect(textOf(page.querySelector('header [data-voice="ours"]'))).toBe('Our summary');
      expect(textOf(page.querySelector('[data-voice="translation"]'))).toBe('From the translation, mended as noted see the editor’s notes');
      for (const rec of recommendations.filter((r) => r.briefing === briefing)) {
        const section = page.getElementById(rec.id)!;
        expect(
          [...section.querySelectorAll('[data-voice]')].map((el) => el.getAttribute('data-voice')),
          rec.id,
        ).toEqual(['ours', rec.fromHeading ? 'heading' : 'editorsTitle', 'translation']);
      }
    }
  });
});

describe('mended passages', () => {
  it('carry a marker where they are printed, linking to the note that says what the translation reads', () => {
    const page = readPage(dist, '/recommendations/use-leverage-sanctions-and-strikes/');
    const marker = [...page.querySelectorAll('sup[data-mend] a')].find((a) =>
      (a.parentElement?.previousSibling?.textContent ?? '').endsWith('painful strikes against militia leaders'),
    );
    expect(marker, 'a marker after the mended words').toBeDefined();
    const note = page.getElementById(marker!.getAttribute('href')!.slice(1));
    expect(textOf(note)).toContain('wounding strikes against militia leaders');
    expect(marker!.getAttribute('aria-label')).toMatch(/^Editor’s note 3\.\d: the translation reads “wounding strikes against militia leaders”$/);
  });

  it('link only to notes on the same page, on every briefing and recommendation page', () => {
    const pages = [...new Set(recommendations.map((r) => `/briefings/${r.briefing}/`)), ...recommendations.map((r) => `/recommendations/${r.id}/`)];
    let count = 0;
    for (const path of pages) {
      const page = readPage(dist, path);
      for (const a of page.querySelectorAll('sup[data-mend] a')) {
        count++;
        expect(page.getElementById(a.getAttribute('href')!.slice(1)), `${path} ${a.getAttribute('href')}`).not.toBeNull();
      }
    }
    expect(count).toBeGreaterThan(10);
  });
});
