/** The scale benchmark's generator makes content an editor could have written: it validates. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/scale';
import { buildSite, projectRoot, testBuildsDir } from '../support/build-site';
import { htmlFiles, readPage, textOf } from '../support/dist';
import { COMPARE_BRIEFINGS, HOME_BRIEFINGS } from '../../src/site.config';

describe('the scale generator', () => {
  it('makes N briefings of 6 recommendations each, with a registry, that pass npm run validate', () => {
    const dir = join(testBuildsDir, 'scale-generator', 'content');
    generateContent(dir, 4);
    expect(readdirSync(join(dir, 'briefings'))).toHaveLength(4);
    expect(readdirSync(join(dir, 'recommendations', 'synthetic-3'))).toHaveLength(6);
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/editor/validate.ts')], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toContain('The content is valid: 4 briefings, 24 recommendations');
    expect(result.status).toBe(0);
  });
});

describe('a site with more briefings than a page shows', () => {
  it('puts the newest on the home page and /compare/, and every one in /briefings/, newest first', async () => {
    const count = HOME_BRIEFINGS + 3;
    const content = join(testBuildsDir, 'many-briefings', 'content');
    generateContent(content, count);
    const build = await buildSite('many-briefings', { CONTENT_DIR: content });
    expect(build.output).toContain('The site is in');
    // The generator dates briefing n in month n + 1 of 2020, so the newest have the highest numbers.
    const newestFirst = Array.from({ length: count }, (_, i) => `/briefings/synthetic-${count - 1 - i}/`);
    const cardLinks = (page: Document) => [...page.querySelectorAll('main article :is(h2, h3) a')].map((a) => a.getAttribute('href'));
    const home = readPage(build.outDir, '/');
    expect(cardLinks(home)).toEqual(newestFirst.slice(0, HOME_BRIEFINGS));
    const all = home.querySelector(`main a[href="/briefings/"]`);
    expect(textOf(all)).toBe(`All ${count} briefings →`);
    expect(cardLinks(readPage(build.outDir, '/briefings/'))).toEqual(newestFirst);
    const compare = readPage(build.outDir, '/compare/');
    const columns = [...compare.querySelectorAll('thead th a')].map((a) => a.getAttribute('href'));
    expect(columns).toEqual(newestFirst.slice(0, COMPARE_BRIEFINGS));
    // Only a briefing that /compare/ shows offers to compare it.
    const offersCompare = (path: string) => readPage(build.outDir, path).querySelector('main a[href="/compare/"]') !== null;
    expect(newestFirst.map(offersCompare)).toEqual(newestFirst.map((_, i) => i < COMPARE_BRIEFINGS));
    expect(textOf(compare.querySelector('main header'))).toContain(`The ${COMPARE_BRIEFINGS} newest of ${count} briefings`);
    expect(htmlFiles(build.outDir).length).toBeGreaterThan(count * 7);
  });
});
