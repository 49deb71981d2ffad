import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
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
  const built = (): BuildResult | undefined => {
    if (!existsSync(record)) return undefined;
    const last = JSON.parse(readFileSync(record, 'utf8')) as BuildResult & { run: string };
    return last.run === run ? { ok: last.ok, output: last.output, outDir: last.outDir } : undefined;
  };
  // Files run in parallel: the first to take this run's claim builds, the others wait for its record.
  const claim = join(testBuildsDir, `${name}.${run}.claim`);
  for (;;) {
    const done = built();
    if (done) return done;
    try {
      await mkdir(claim);
      break;
    } catch {
      await sleep(250);
    }
  }
  try {
    const done = built();
    if (done) return done;
    const result = await buildSite(name, { CONTENT_DIR: await fixtureContent(fixtures, name) });
    await writeFile(record, JSON.stringify({ ...result, run }));
    return result;
  } finally {
    await rm(claim, { recursive: true, force: true });
  }
}
