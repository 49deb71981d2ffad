/**
 * A renamed briefing, built from the base fixture: its old URL redirects keeping the query and
 * fragment (by page.ts; tests/browser/sharing.test.ts follows a redirect in Chromium), its
 * recommendations' old anchors still land, and shared preview images keep working.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureContent, type BuildResult } from '../support/build-site';
import { readPage } from '../support/dist';

/** The base fixture with first-briefing renamed to first-briefing-revised, and its recommendation renamed too. */
async function renamedBriefing(build: string): Promise<string> {
  const dir = await fixtureContent('base', build);
  const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
  await rename(join(dir, 'briefings/first-briefing.mdx'), join(dir, 'briefings/first-briefing-revised.mdx'));
  edit(join(dir, 'briefings/first-briefing-revised.mdx'), (text) => text.replace(/^summary: /m, 'formerIds: [first-briefing]\nsummary: '));
  await mkdir(join(dir, 'recommendations/first-briefing-revised'));
  await rename(join(dir, 'recommendations/first-briefing/first-rec.mdx'), join(dir, 'recommendations/first-briefing-revised/first-rec.mdx'));
  await rm(join(dir, 'recommendations/first-briefing'), { recursive: true });
  edit(join(dir, 'recommendations/first-briefing-revised/first-rec.mdx'), (text) =>
    text
      .replace('briefing: first-briefing', 'briefing: first-briefing-revised')
      .replace(/^proposer: (.*)$/m, 'proposer: $1\nformerIds: [first-recommendation]'),
  );
  edit(join(dir, 'permalinks.json'), (text) =>
    JSON.stringify([...JSON.parse(text), '/briefings/first-briefing-revised/', '/recommendations/first-recommendation/'].sort()),
  );
  return dir;
}

describe('a renamed briefing', () => {
  let result: BuildResult;
  beforeAll(async () => {
    // At the root: the variant build covers the sub-path.
    result = await buildSite('renamed-briefing', { CONTENT_DIR: await renamedBriefing('renamed-briefing') });
  });

  it('builds', () => {
    expect(result.output).not.toMatch(/content has/);
    expect(result.ok, result.output).toBe(true);
  });

  it('redirects from its old URL to the new one, by script first and by a meta refresh without JavaScript', () => {
    const page = readPage(result.outDir, '/briefings/first-briefing/');
    const to = '/briefings/first-briefing-revised/';
    expect(page.querySelector('main a[data-moved-to]')?.getAttribute('href')).toBe(to);
    expect(page.querySelector('head > noscript > meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${to}`);
    expect(page.querySelectorAll('meta[http-equiv="refresh"]')).toHaveLength(1);
    expect(page.querySelector('script[type="module"][src]'), 'the page script, which follows the link').not.toBeNull();
  });

  it('keeps the old anchor of a renamed recommendation on the new briefing page', () => {
    const briefing = readPage(result.outDir, '/briefings/first-briefing-revised/');
    expect(briefing.getElementById('first-recommendation')?.closest('section')?.id).toBe('first-rec');
  });

  it('publishes the preview images under the old ids too, the same images', () => {
    const image = (path: string) => readFileSync(join(result.outDir, 'og', path));
    expect(image('briefings/first-briefing.png').equals(image('briefings/first-briefing-revised.png'))).toBe(true);
    expect(image('recommendations/first-recommendation.png').equals(image('recommendations/first-rec.png'))).toBe(true);
    expect(image('briefings/first-briefing.png').equals(image('briefings/second-briefing.png'))).toBe(false);
  });
});
