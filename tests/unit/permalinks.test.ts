import { describe, expect, it } from 'vitest';
import { parsePermalink, producedPermalinks, updatedRegistry } from '../../src/model/permalinks';
import { findProblems } from '../../src/model/checks';
import { briefing, content, recommendation } from '../support/content';

describe('permalinks', () => {
  const renamed = content({
    briefings: [briefing('a', { formerIds: ['a-old'] }), briefing('b')],
    recommendations: [recommendation('a-one', 'a', { formerIds: ['first', 'premier'] }), recommendation('b-one', 'b')],
  });

  it('knows the pages the content produces and the redirects its former ids make', () => {
    const { pages, redirects } = producedPermalinks(renamed);
    expect(pages).toEqual(['/briefings/a/', '/briefings/b/', '/recommendations/a-one/', '/recommendations/b-one/']);
    expect([...redirects]).toEqual([
      ['/briefings/a-old/', '/briefings/a/'],
      ['/recommendations/first/', '/recommendations/a-one/'],
      ['/recommendations/premier/', '/recommendations/a-one/'],
    ]);
  });

  it('only ever adds to the registry', () => {
    expect(updatedRegistry(['/recommendations/gone/', '/briefings/a/'], renamed)).toEqual([
      '/briefings/a/',
      '/briefings/b/',
      '/recommendations/a-one/',
      '/recommendations/b-one/',
      '/recommendations/gone/',
    ]);
  });

  it('reads registry URLs', () => {
    expect(parsePermalink('/recommendations/x-y/')).toEqual({ kind: 'recommendation', id: 'x-y' });
    expect(parsePermalink('/briefings/b/')).toEqual({ kind: 'briefing', id: 'b' });
    expect(parsePermalink('/tags/x/')).toBeUndefined();
  });

  it('stops the build when a published URL would vanish, and says how to keep it', () => {
    const problems = findProblems({ ...renamed, permalinks: ['/recommendations/first/', '/briefings/a-old/', '/recommendations/gone/', '/about/'] });
    expect(problems).toEqual([
      {
        file: 'content/permalinks.json',
        field: '[2]',
        message: 'the published URL /recommendations/gone/ would no longer exist: no recommendation has the id "gone".',
        hint: 'if you renamed it, add "gone" to the renamed recommendation\'s formerIds so the old URL redirects; published URLs are never removed.',
      },
      expect.objectContaining({ field: '[3]', message: '"/about/" is not a briefing or recommendation URL.' }),
    ]);
  });

  it('refuses a former id that is a current id, or claimed twice', () => {
    const problems = findProblems(
      content({
        recommendations: [recommendation('a-one', 'a', { formerIds: ['b-one', 'old'] }), recommendation('b-one', 'b', { formerIds: ['old'] })],
      }),
    );
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      'content/recommendations/a/a-one.mdx formerIds[0]: "b-one" is the id of a current recommendation, so its URL cannot redirect here.',
      'content/recommendations/b/b-one.mdx formerIds[0]: "old" is also a former id of content/recommendations/a/a-one.mdx.',
    ]);
  });
});
