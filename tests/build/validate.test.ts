/** `npm run validate`: the content checked without a build, every problem at once, with file and line. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixtureContent, projectRoot } from '../support/build-site';

function validate(contentDir?: string) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/editor/validate.ts')], {
    cwd: projectRoot,
    env: { ...process.env, ...(contentDir ? { CONTENT_DIR: contentDir } : {}) },
    encoding: 'utf8',
  });
  return { status: result.status, output: stripVTControlCharacters(result.stdout + result.stderr) };
}

const fixtures = join(projectRoot, 'tests/fixtures');
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

describe('npm run validate', () => {
  it('passes the real content', () => {
    const { status, output } = validate();
    expect(output).toMatch(/^The content is valid: 2 briefings, 14 recommendations, 11 tags, \d+ actors\.$/m);
    expect(status).toBe(0);
  });

  it('lists several problems at once, each with file, line and field, and only the ones that are there', async () => {
    const { status, output } = validate(await fixtureContent('several-mistakes', 'validate-several'));
    expect(status).toBe(1);
    for (const line of lines(join(fixtures, 'several-mistakes', 'expected-validate.txt'))) expect(output).toContain(line);
    expect(output.match(/^- /gm)).toHaveLength(3);
  });

  it.each(readdirSync(fixtures).filter((name) => existsSync(join(fixtures, name, 'expected-error.txt'))))(
    'fails on the %s fixture, naming the file',
    async (mistake) => {
      const { status, output } = validate(await fixtureContent(mistake, `validate-${mistake}`));
      expect(status).toBe(1);
      const file = lines(join(fixtures, mistake, 'expected-error.txt')).find((l) => /\.(mdx?|json|ya?ml)/.test(l))!;
      expect(output).toContain(/[\w/-]+\.(mdx?|json|ya?ml)/.exec(file)![0]);
    },
  );
});
