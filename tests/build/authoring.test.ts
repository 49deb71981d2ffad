/** Scaffolding and importing: new briefings and recommendations are valid entries with every field present, and build. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtureContent, projectRoot } from '../support/build-site';

function run(script: string, args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/editor', script), ...args], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('scaffolding and importing', () => {
  // One content folder, as an editor's: a scaffolded briefing and two imported articles, then one build.
  it('writes a briefing and a recommendation with every field present, imports articles of both shapes as drafts, and all of it validates and builds', async () => {
    const content = await fixtureContent('base', 'authoring');
    expect(run('new.ts', ['briefing', 'smith-carnegie-2021'], content)).toMatchObject({ status: 0 });
    expect(run('new.ts', ['recommendation', 'smith-carnegie-2021', 'lower-expectations'], content)).toMatchObject({ status: 0 });
    const briefing = readFileSync(join(content, 'briefings/smith-carnegie-2021.mdx'), 'utf8');
    for (const field of ['title', 'summary', 'analyst', 'original', 'published', 'reportedBy', 'outlet', 'citedSources', 'editorNotes', 'formerIds']) {
      expect(briefing, field).toMatch(new RegExp(`^\\s*${field}:`, 'm'));
    }
    const rec = readFileSync(join(content, 'recommendations/smith-carnegie-2021/lower-expectations.mdx'), 'utf8');
    for (const field of ['briefing', 'order', 'title', 'summary', 'tags', 'actors', 'proposer', 'related', 'editorNotes', 'formerIds']) {
      expect(rec, field).toMatch(new RegExp(`^${field}:`, 'm'));
    }
    expect(rec).toMatch(/^order: 1$/m);
    // The tags the base fixture's tags.yaml lists, read through the content reader.
    expect(rec).toMatch(/^# Topics, ids from content\/tags\.yaml: sanctions, militias$/m);

    for (const [file, id] of [
      ['summary-with-headings.txt', 'doe-centre-2021'],
      ['running-text.txt', 'roe-magazine-2021'],
    ] as const) {
      expect(run('import.ts', [join(projectRoot, 'tests/fixtures/import', file), id], content), file).toMatchObject({ status: 0 });
    }
    expect(run('import.ts', [join(projectRoot, 'tests/fixtures/import/running-text.txt'), 'roe-magazine-2021'], content)).toMatchObject({
      status: 1,
      output: expect.stringContaining('exists already'),
    });

    expect(run('validate.ts', [], content)).toMatchObject({ status: 0 });
    const built = await buildSite('authoring', { CONTENT_DIR: content });
    expect(built.ok, built.output).toBe(true);
    expect(readFileSync(join(built.outDir, 'recommendations/lower-expectations/index.html'), 'utf8')).toContain('Title of the recommendation');
    const page = readFileSync(join(built.outDir, 'briefings/doe-centre-2021/index.html'), 'utf8');
    for (const id of ['first-proposal', 'second-proposal', 'the-last-proposal']) expect(page).toContain(`id="${id}"`);
  });

  it('refuses an id that is taken, badly formed, or a briefing that does not exist, saying why', async () => {
    const content = await fixtureContent('base', 'scaffold-refusals');
    expect(run('new.ts', ['recommendation', 'first-briefing', 'second-rec'], content)).toMatchObject({
      status: 1,
      output: expect.stringContaining(
        'A recommendation with the id "second-rec" exists already (.cache/test-builds/scaffold-refusals/content/recommendations/second-briefing/second-rec.mdx)',
      ),
    });
    expect(run('new.ts', ['briefing', 'Bad Id'], content)).toMatchObject({ status: 1, output: expect.stringContaining('"bad-id"') });
    expect(run('new.ts', ['recommendation', 'no-such-briefing', 'x'], content)).toMatchObject({
      status: 1,
      output: expect.stringContaining('No briefing has the id "no-such-briefing"'),
    });
    expect(run('new.ts', ['briefing', 'first-briefing'], content)).toMatchObject({ status: 1, output: expect.stringContaining('exists already') });
  });
});
