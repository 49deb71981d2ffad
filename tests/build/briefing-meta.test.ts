/**
 * Issue 15, item 10: a briefing's count says whose its recommendations are (Alaaldin's "six options"
 * are 8 recommendations, 2 of them a cited report's), and its meta lines name a publisher once.
 */
import { describe, expect, inject, it } from 'vitest';
import { readPage, textOf } from '../support/dist';

const dist = inject('siteDir');

// Facts of the sources: who proposes what in each briefing.
const COUNTS = {
  'alaaldin-brookings-2020': '8 recommendations: 6 by Ranj Alaaldin, 2 from the Atlantic Council report',
  'hannah-foreign-policy-2020': '6 recommendations',
} as const;

const cardOf = (page: Document, id: string) => page.querySelector(`a[href="/briefings/${id}/"]`)?.closest('article');

describe('briefing cards', () => {
  for (const list of ['/', '/briefings/']) {
    it(`say whose the recommendations are, on ${list}`, () => {
      const page = readPage(dist, list);
      for (const [id, count] of Object.entries(COUNTS)) {
        const lines = [...(cardOf(page, id)?.querySelectorAll('p') ?? [])].map(textOf);
        expect(lines, id).toContain(count);
      }
    });

    it(`name the Brookings Institution once in Alaaldin's meta line, and Foreign Policy beside Hannah's affiliation, on ${list}`, () => {
      const page = readPage(dist, list);
      const meta = (id: string) => textOf(cardOf(page, id)?.querySelector('h2 + p, h3 + p'));
      expect(meta('alaaldin-brookings-2020').match(/Brookings Institution/g)).toHaveLength(1);
      expect(meta('alaaldin-brookings-2020')).toMatch(/^Ranj Alaaldin, Visiting fellow, Brookings Institution .* · May 2020/);
      expect(meta('hannah-foreign-policy-2020')).toMatch(/ · Foreign Policy, May 2020/);
    });
  }
});

describe('a briefing page', () => {
  it('says in its contents whose the numbered recommendations are', () => {
    for (const [id, count] of Object.entries(COUNTS)) {
      const page = readPage(dist, `/briefings/${id}/`);
      expect(textOf(page.querySelector('nav[data-contents] details > p')), id).toBe(count);
    }
  });
});
