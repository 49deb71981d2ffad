/** `npm run validate`: the content checked without a build, every problem at once, each with file, line, field, what is wrong and the fix. */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixtureContent, projectRoot } from '../support/build-site';

async function validate(contentDir?: string) {
  const result = await promisify(execFile)(process.execPath, [join(projectRoot, 'scripts/editor/validate.ts')], {
    cwd: projectRoot,
    env: { ...process.env, ...(contentDir ? { CONTENT_DIR: contentDir } : {}) },
    encoding: 'utf8',
  }).then(
    (done) => ({ ...done, code: 0 }),
    (failed: { stdout: string; stderr: string; code: number }) => failed,
  );
  return { status: result.code, output: stripVTControlCharacters(result.stdout + result.stderr) };
}

interface Problem {
  file: string;
  line?: number;
  field: string;
  message: string;
  fix: string;
}

/** Each "- file[:line[:column]]: field "…": message" item with its "  Fix: …" line; anything else in an item fails the test. */
function problems(output: string): Problem[] {
  return output
    .split(/^- /m)
    .slice(1)
    .map((item) => {
      const parts = /^([^\s:]+)(?::(\d+)(?::\d+)?)?: field "([^"]+)": ([\s\S]+?)\n {2}Fix: (.+)\n?$/.exec(item);
      expect(parts, `a whole problem: ${item}`).not.toBeNull();
      const [, file, line, field, message, fix] = parts!;
      return { file: file!, line: line ? Number(line) : undefined, field: field!, message: message!, fix: fix! };
    });
}

const fixtures = join(projectRoot, 'tests/fixtures');
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
const mistakes = readdirSync(fixtures).filter((name) => existsSync(join(fixtures, name, 'expected-error.txt')));

describe('npm run validate', () => {
  it('passes the real content, counting what is in the content folder', async () => {
    const { status, output } = await validate();
    const content = join(projectRoot, 'content');
    const briefings = readdirSync(join(content, 'briefings')).filter((f) => f.endsWith('.mdx')).length;
    const recommendations = readdirSync(join(content, 'recommendations'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).length;
    const tags = readFileSync(join(content, 'tags.yaml'), 'utf8').match(/^- id: /gm)!.length;
    expect(output).toMatch(new RegExp(`^The content is valid: ${briefings} briefings, ${recommendations} recommendations, ${tags} tags, \\d+ actors\\.$`, 'm'));
    expect(status).toBe(0);
  });

  it('lists several problems at once, each with file, line and field, and only the ones that are there', async () => {
    const { status, output } = await validate(await fixtureContent('several-mistakes', 'validate-several'));
    expect(status).toBe(1);
    for (const line of lines(join(fixtures, 'several-mistakes', 'expected-validate.txt'))) expect(output).toContain(line);
    expect(problems(output)).toHaveLength(3);
  });

  it.concurrent.each(mistakes)('fails on the %s fixture with whole messages: the file, the line in it, the field, what is wrong, the fix', async (mistake) => {
    const content = await fixtureContent(mistake, `validate-${mistake}`);
    const { status, output } = await validate(content);
    expect(status).toBe(1);
    expect(output).not.toMatch(/\n\s+at /);
    const found = problems(output);
    expect(output).toContain(`The content has ${found.length === 1 ? '1 problem' : `${found.length} problems`}.`);
    const shown = content.slice(projectRoot.length + 1);
    for (const problem of found) {
      // The file is named as the editor finds it, and the line is one of its lines.
      expect(problem.file.startsWith(`${shown}/`), problem.file).toBe(true);
      const path = join(projectRoot, problem.file);
      if (problem.line !== undefined) expect(problem.line).toBeLessThanOrEqual(readFileSync(path, 'utf8').split('\n').length);
      expect(problem.message.trim().length).toBeGreaterThan(10);
      expect(problem.fix.trim().length).toBeGreaterThan(5);
    }
    // What the fixture says the editor must read, word for word (its file, line, field, message, fix).
    for (const line of lines(join(fixtures, mistake, 'expected-error.txt'))) expect(output).toContain(line);
  });
});
