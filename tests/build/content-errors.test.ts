/**
 * An editor's mistakes stop the build with a message that names the file and the field, and a
 * failed build leaves the site that was there before untouched. One fixture folder per mistake.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtureContent, projectRoot } from '../support/build-site';

const fixtures = join(projectRoot, 'tests/fixtures');
/** Fixtures that must build: the base, and a rename that keeps its old URL. */
const valid = ['base', 'renamed-recommendation'];
/** Mistakes the build must stop at: fixtures that say which error the build gives. */
const mistakes = readdirSync(fixtures).filter((name) => !valid.includes(name) && existsSync(join(fixtures, name, 'expected-error.txt')));

/** Each fixture's expected-error.txt: lines that must all appear in the build output. */
function expectedLines(mistake: string): string[] {
  return readFileSync(join(fixtures, mistake, 'expected-error.txt'), 'utf8').split('\n').filter(Boolean);
}

describe('bad content', () => {
  it('has a fixture for each mistake the issue names, each saying what the build must print', () => {
    expect([...mistakes].sort()).toEqual(['broken-related', 'duplicate-id', 'invalid-mdx', 'malformed-yaml', 'missing-field', 'missing-permalink', 'unknown-actor', 'unknown-tag']);
  });

  it('builds the valid base fixture (the control)', async () => {
    const result = await buildSite('base', { CONTENT_DIR: await fixtureContent('base', 'base') });
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
  });

  // Tests in a file run one after another, as they must: builds share Astro's .astro/ folder.
  for (const mistake of mistakes) {
    it(`${mistake}: stops the build, naming the file and the field, and keeps the previous site`, async () => {
      const build = `mistake-${mistake}`;
      const before = await buildSite(build, { CONTENT_DIR: await fixtureContent('base', build) });
      expect(before.ok).toBe(true);
      const published = readFileSync(join(before.outDir, 'index.html'), 'utf8');

      const result = await buildSite(build, { CONTENT_DIR: await fixtureContent(mistake, build) });
      expect(result.ok).toBe(false);
      for (const line of expectedLines(mistake)) expect(result.output).toContain(line);
      expect(result.output).toContain('The previous site');
      expect(readFileSync(join(result.outDir, 'index.html'), 'utf8')).toBe(published);
      expect(readdirSync(join(result.outDir, '..')).filter((name) => name.includes('staging'))).toEqual([]);
    });
  }

  it('keeps a renamed recommendation\'s published URL as a redirect page to the new one', async () => {
    const result = await buildSite('renamed-recommendation', { CONTENT_DIR: await fixtureContent('renamed-recommendation', 'renamed-recommendation') });
    expect(result.output).not.toMatch(/content has/);
    expect(result.ok).toBe(true);
    const { document } = parseHTML(readFileSync(join(result.outDir, 'recommendations/first-recommendation/index.html'), 'utf8'));
    expect(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/recommendations/first-rec/');
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/recommendations\/first-rec\/$/);
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(document.querySelector('main a[href="/recommendations/first-rec/"]')?.textContent).toBe('The first recommendation');
    // The old anchor in the briefing still lands on the section.
    const briefing = parseHTML(readFileSync(join(result.outDir, 'briefings/first-briefing/index.html'), 'utf8')).document;
    expect(briefing.getElementById('first-recommendation')?.closest('section')?.id).toBe('first-rec');
  });
});
