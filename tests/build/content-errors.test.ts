/**
 * An editor's mistakes stop the build with a message that names the file and the field, and a
 * failed build leaves the site that was there before untouched. One fixture folder per mistake.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtureContent, projectRoot, testBuildsDir } from '../support/build-site';
import { sharedBuild } from '../support/shared-build';

const fixtures = join(projectRoot, 'tests/fixtures');
/** Fixtures that must build: the base, a rename that keeps its old URL, YAML's own dates, a byte-order mark. */
const valid = ['base', 'renamed-recommendation', 'yaml-dates', 'byte-order-mark'];
/** Mistakes the build must stop at: fixtures that say which error the build gives. */
const mistakes = readdirSync(fixtures).filter((name) => !valid.includes(name) && existsSync(join(fixtures, name, 'expected-error.txt')));

/** Each fixture's expected-error.txt: lines that must all appear in the build output. */
function expectedLines(mistake: string): string[] {
  return readFileSync(join(fixtures, mistake, 'expected-error.txt'), 'utf8')
    .split('\n')
    .filter(Boolean);
}

/** The problems a run printed ("- file: field …" and its "Fix:" line), with the content folder's prefix cut. */
function problemLines(output: string, contentDir: string): string[] {
  const prefix = `${contentDir.slice(projectRoot.length + 1)}/`;
  return output
    .split('\n')
    .filter((line) => /^(- |  Fix: )/.test(line))
    .map((line) => line.replace(prefix, ''));
}

async function validate(contentDir: string): Promise<string> {
  const result = await promisify(execFile)(process.execPath, [join(projectRoot, 'scripts/editor/validate.ts')], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  }).catch((failed: { stdout: string; stderr: string }) => failed);
  return stripVTControlCharacters(result.stdout + result.stderr);
}

/** A hash of every file under a folder, to show a failed build left the site byte for byte as it was. */
function digest(dir: string): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()) {
    hash.update(entry.slice(dir.length)).update(readFileSync(entry));
  }
  return hash.digest('hex');
}

describe('bad content', () => {
  it('has a fixture for each mistake the issues name, each saying what the build must print', () => {
    expect([...mistakes].sort()).toEqual([
      'alias-bomb',
      'briefing-in-subfolder',
      'broken-related',
      'corrupt-permalinks',
      'duplicate-id',
      'event-handler',
      'expression-in-content',
      'iframe-in-content',
      'import-in-content',
      'impossible-date',
      'invalid-mdx',
      'javascript-url',
      'malformed-yaml',
      'markdown-extension',
      'missing-field',
      'missing-permalink',
      'misspelt-key',
      'script-in-content',
      'style-in-content',
      'unknown-actor',
      'unknown-component',
      'unknown-tag',
    ]);
  });

  let built: ReturnType<typeof sharedBuild> | undefined;
  const control = () => (built ??= sharedBuild(['base']));
  it('builds the valid base fixture (the control)', async () => {
    const result = await control();
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
  });

  // Builds take the project's lock in turn; what happens around them (starting Node, validate) overlaps.
  for (const mistake of mistakes) {
    it.concurrent(`${mistake}: validate and the build print the same problem, with file and field, and the previous site stays byte for byte`, async () => {
      const build = `mistake-${mistake}`;
      // The control's site stands in for the one published before the mistake.
      const outDir = join(testBuildsDir, build, 'dist');
      rmSync(outDir, { recursive: true, force: true });
      cpSync((await control()).outDir, outDir, { recursive: true });
      const published = digest(outDir);

      const content = await fixtureContent(mistake, build);
      const result = await buildSite(build, { CONTENT_DIR: content });
      expect(result.ok).toBe(false);
      for (const line of expectedLines(mistake)) expect(result.output).toContain(line);
      expect(result.output).toContain('The previous site');
      expect(result.output).not.toMatch(/\n\s+at |Rolldown|\[vite\]|Caught error/);
      expect(digest(outDir)).toBe(published);
      expect(readdirSync(join(outDir, '..')).filter((name) => name.includes('staging') || name.includes('previous'))).toEqual([]);

      const checked = await validate(content);
      expect(problemLines(checked, content)).toEqual(problemLines(result.output, content));
      expect(problemLines(checked, content).length).toBeGreaterThan(0);
    });
  }

  // Two valid quirks that touch different files, built together once.
  const quirks = () => sharedBuild(['yaml-dates', 'byte-order-mark']);

  it('builds YAML dates written without quotes as the dates they are', async () => {
    const result = await quirks();
    expect(result.output).not.toMatch(/content has|error/i);
    expect(result.ok).toBe(true);
    const first = readFileSync(join(result.outDir, 'briefings/first-briefing/index.html'), 'utf8');
    expect(first).toContain('12 May 2020');
    const second = readFileSync(join(result.outDir, 'briefings/second-briefing/index.html'), 'utf8');
    expect(second).toMatch(/>\s*2020[,<\s]/);
  });

  it('builds a file that starts with a byte-order mark, and validate accepts it too', async () => {
    const result = await quirks();
    expect(readFileSync(join(result.outDir, '../content/recommendations/first-briefing/first-rec.mdx'), 'utf8')).toMatch(/^\uFEFF---/);
    expect(await validate(join(result.outDir, '../content'))).toMatch(/^The content is valid/);
    expect(result.ok).toBe(true);
    expect(readFileSync(join(result.outDir, 'recommendations/first-rec/index.html'), 'utf8')).toContain('The first recommendation');
  });

  it("keeps a renamed recommendation's published URL as a redirect page to the new one", async () => {
    const result = await sharedBuild(['renamed-recommendation']);
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
