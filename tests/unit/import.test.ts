import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFiles, isHeadingLike, parseArticle } from '../../scripts/editor/import-text';
import { README_EXAMPLES } from '../../scripts/content/skeleton';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/import', name), 'utf8');

describe('importing a plain-text article', () => {
  it('finds the headline after a credit line, the intro, and a section per heading (like the Brookings summary)', () => {
    const draft = parseArticle(fixture('summary-with-headings.txt'));
    expect(draft.title).toBe('Three ways for the capital to "rethink its approach" to the region');
    expect(draft.intro).toEqual([
      'In Outlet, World',
      'The writer Jane Doe, in an analysis published on the website of a research centre, said that the capital has "an opportunity" to change course.',
      'The author made three proposals that she said could help.',
    ]);
    expect(draft.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      ['First proposal', 1],
      ['Second proposal', 1],
      ['The last proposal', 2],
    ]);
  });

  it('keeps an article that opens with a paragraph whole, with its run-in heading (like the Foreign Policy summary)', () => {
    const draft = parseArticle(fixture('running-text.txt'));
    expect(draft.title).toBe('Untitled draft');
    expect(draft.intro).toHaveLength(3);
    expect(draft.intro[2]).toMatch(/\(Agency\)$/);
    expect(draft.sections).toEqual([
      {
        heading: 'The opposite trend',
        paragraphs: [
          'and the writer says that this situation cannot continue, and that support must come with conditions.',
          'The writer says that in exchange for support, the capital must present limited and realistic demands.',
        ],
      },
    ]);
  });

  it('tells headings from sentences and captions', () => {
    expect(isHeadingLike('Kurdish paper')).toBe(true);
    expect(isHeadingLike('The new generation of Iraqi leaders')).toBe(true);
    expect(isHeadingLike('The author proposes talking to the factions.')).toBe(false);
    expect(isHeadingLike('and the writer says')).toBe(false);
    expect(isHeadingLike('The collapse in oil prices increases the need for support, according to the author (Reuters)')).toBe(false);
  });

  it('writes a draft briefing that places the recommendations, and one recommendation per section with an id from its heading', () => {
    const { briefing, recommendations } = draftFiles(parseArticle(fixture('summary-with-headings.txt')), 'doe-centre-2021', 'sanctions');
    expect(briefing).toContain('title: "Three ways for the capital to \\"rethink its approach\\" to the region"');
    expect(briefing).toMatch(/could help\.\n\n<Recommendations proposer="analyst" \/>\n$/);
    expect(recommendations.map((r) => r.id)).toEqual(['first-proposal', 'second-proposal', 'the-last-proposal']);
    expect(recommendations[2]!.mdx).toMatch(/^---\nbriefing: doe-centre-2021\n(#.*\n)*order: 3\n/);
    expect(recommendations[0]!.mdx).toContain('summary: "DRAFT: The author proposes talking to the factions, rather than demanding that they disband."');
    expect(recommendations[0]!.mdx).toMatch(/---\n\nThe author proposes talking to the factions, rather than demanding that they disband\.\n$/);
  });
});

describe('the frontmatter skeleton', () => {
  it('is what README.md shows under "Adding a briefing" and "Adding a recommendation"', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const example = (section: string) => /```mdx\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf(`## ${section}`)))?.[1];
    expect(example('Adding a briefing')).toBe(README_EXAMPLES.briefing);
    expect(example('Adding a recommendation')).toBe(README_EXAMPLES.recommendation);
  });
});
