/**
 * Builds a site for tests with the real build script, each build in its own folder inside the
 * project (Astro keeps intermediate files beside outDir only when it is inside the project).
 * Astro shares `.astro/` per project, so tests run builds one after another, never at once.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const testBuildsDir = join(projectRoot, '.cache/test-builds');

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together, as an editor would read them (without colour codes). */
  output: string;
  outDir: string;
}

/** The environment an editor's shell has: without what Vitest sets for its workers (BASE_URL, MODE…), which Astro would read. */
function editorEnv(): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = process.env;
  return rest;
}

/** `started` is told the build script's PID, e.g. to find it in the build lock. */
export async function buildSite(name: string, env: Record<string, string> = {}, started?: (pid: number) => void): Promise<BuildResult> {
  const dir = join(testBuildsDir, name);
  const outDir = join(dir, 'dist');
  const child = spawn(process.execPath, [join(projectRoot, 'scripts/build/build.ts')], {
    cwd: projectRoot,
    env: { ...editorEnv(), OUT_DIR: outDir, CACHE_DIR: join(dir, 'cache'), ...env },
  });
  if (child.pid) started?.(child.pid);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  // Astro colours its output on some terminals and under CI; compare the plain text.
  return { ok: code === 0, output: stripVTControlCharacters(output), outDir };
}

/**
 * A content folder made of the valid base fixture with one mistake's files laid over it, inside
 * the named build's folder: Astro's cache expects a site's content to stay where it was.
 */
export async function fixtureContent(mistake: string | string[], build: string): Promise<string> {
  const dir = join(testBuildsDir, build, 'content');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(join(projectRoot, 'tests/fixtures/base'), dir, { recursive: true });
  for (const layer of [mistake].flat()) if (layer !== 'base') await cp(join(projectRoot, 'tests/fixtures', layer), dir, { recursive: true });
  return dir;
}
