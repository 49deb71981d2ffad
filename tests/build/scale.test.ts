/** The scale benchmark's generator makes content an editor could have written: it validates. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench-scale';
import { projectRoot, testBuildsDir } from '../support/build-site';

describe('the scale generator', () => {
  it('makes N briefings of 6 recommendations each, with a registry, that pass npm run validate', () => {
    const dir = join(testBuildsDir, 'scale-generator', 'content');
    generateContent(dir, 4);
    expect(readdirSync(join(dir, 'briefings'))).toHaveLength(4);
    expect(readdirSync(join(dir, 'recommendations', 'synthetic-3'))).toHaveLength(6);
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/validate.ts')], { cwd: projectRoot, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toContain('The content is valid: 4 briefings, 24 recommendations');
    expect(result.status).toBe(0);
  });
});
