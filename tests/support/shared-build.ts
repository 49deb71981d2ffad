import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildSite, fixtureContent, testBuildsDir, type BuildResult } from './build-site';

/**
 * The build of fixture content that tests only read, built once per test run: the first test file
 * to ask builds it, later ones (in this run) read the same output. Tests of building itself
 * (errors, safety, incremental) build for themselves instead.
 */
export async function sharedBuild(fixtures: string[]): Promise<BuildResult> {
  const name = `shared-${fixtures.join('+')}`;
  const record = join(testBuildsDir, name, 'build.json');
  const run = inject('runId');
  if (existsSync(record)) {
    const last = JSON.parse(readFileSync(record, 'utf8')) as BuildResult & { run: string };
    if (last.run === run) return { ok: last.ok, output: last.output, outDir: last.outDir };
  }
  const result = await buildSite(name, { CONTENT_DIR: await fixtureContent(fixtures, name) });
  await writeFile(record, JSON.stringify({ ...result, run }));
  return result;
}
