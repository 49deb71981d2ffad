/**
 * The build as editors run it, including the ways it goes wrong: an output folder that is not the
 * build's to replace, two builds at once, a build killed halfway through replacing the site.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_LOCK } from '../../scripts/lib/build-lock';
import { BUILD_MARKER, swapFolders } from '../../scripts/lib/output-folder';
import { buildSite, fixtureContent, projectRoot, testBuildsDir } from '../support/build-site';

describe('the output folder', () => {
  // The project's own folders are refused too (tests/unit/output-folder.test.ts, on a scratch
  // project): trying them here would wipe the real project if the guard ever broke.
  it('refuses a folder of files it did not write, and builds into one it wrote before', async () => {
    const foreign = join(testBuildsDir, 'foreign', 'dist');
    mkdirSync(foreign, { recursive: true });
    writeFileSync(join(foreign, 'notes.txt'), 'an editor keeps notes here');
    const refused = await buildSite('foreign', { CONTENT_DIR: await fixtureContent('base', 'foreign') });
    expect(refused.ok).toBe(false);
    expect(refused.output).toContain(`Build refused: OUT_DIR=.cache/test-builds/foreign/dist holds files this build did not write (it has no ${BUILD_MARKER} marker); building there would delete them.`);
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('an editor keeps notes here');

    const built = await buildSite('marked', { CONTENT_DIR: await fixtureContent('base', 'marked') });
    expect(built.ok).toBe(true);
    expect(existsSync(join(built.outDir, BUILD_MARKER))).toBe(true);
    expect((await buildSite('marked', { CONTENT_DIR: await fixtureContent('base', 'marked') })).ok).toBe(true);
  });
});

describe('a build stopped halfway', () => {
  it('is recovered by the next build: the published site comes back even if that build fails', async () => {
    const build = 'recover';
    const first = await buildSite(build, { CONTENT_DIR: await fixtureContent('base', build) });
    expect(first.ok).toBe(true);
    const published = readFileSync(join(first.outDir, 'index.html'), 'utf8');
    // As a kill between the swap's two renames leaves it: the site set aside, nothing in its place.
    renameSync(first.outDir, swapFolders(first.outDir).retired);

    const next = await buildSite(build, { CONTENT_DIR: await fixtureContent('unknown-tag', build) });
    expect(next.ok).toBe(false);
    expect(next.output).toContain('An earlier build was stopped while it replaced dist/; the site it had published is back in place.');
    expect(next.output).toContain('The previous site');
    expect(readFileSync(join(first.outDir, 'index.html'), 'utf8')).toBe(published);
    expect(existsSync(swapFolders(first.outDir).retired)).toBe(false);
  });
});

describe('two builds at once', () => {
  it('runs one; the other says which build is running and exits non-zero, and the first still succeeds', async () => {
    const build = 'concurrent';
    const content = await fixtureContent('base', build);
    const env = { CONTENT_DIR: content };
    const first = buildSite(build, env);
    // The lock is taken before Astro starts: wait for it, then start the second build.
    const lock = BUILD_LOCK;
    await expect.poll(() => existsSync(lock), { timeout: 20_000, interval: 20 }).toBe(true);
    const second = await buildSite(build, env);
    expect(second.ok).toBe(false);
    expect(second.output).toMatch(/Build refused: Another build \(PID \d+\) is running in this project\. Wait for it to finish, then build again\./);
    expect(second.output).not.toMatch(/ENOENT|ENOTEMPTY|\n\s+at /);
    expect((await first).ok).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('ends its Astro child when the build script is killed, and the next build takes the stale lock', async () => {
    const build = 'killed';
    const content = await fixtureContent('base', build);
    const dir = join(testBuildsDir, build);
    const child = spawn(process.execPath, [join(projectRoot, 'scripts/build.ts')], {
      cwd: projectRoot,
      env: { ...process.env, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache'), CONTENT_DIR: content },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    await expect.poll(() => output.includes('Syncing content'), { timeout: 30_000, interval: 50 }).toBe(true);
    const marker = `CACHE_DIR=${join(dir, 'cache')}\0`;
    const astro = pgrep(marker).filter((pid) => pid !== child.pid);
    expect(astro.length).toBeGreaterThan(0);
    child.kill('SIGKILL');
    await expect.poll(() => pgrep(marker).filter((pid) => astro.includes(pid)), { timeout: 10_000, interval: 100 }).toEqual([]);
    expect((await buildSite(build, { CONTENT_DIR: content })).ok).toBe(true);
  });
});

/** PIDs of the processes whose environment holds `needle` (Linux /proc). */
function pgrep(needle: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/environ`, 'utf8').includes(needle)) pids.push(Number(name));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}
