/**
 * The build as editors run it, including the ways it goes wrong: an output folder that is not the
 * build's to replace, two builds at once, a build killed halfway through replacing the site.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_LOCK } from '../../scripts/build/build-lock';
import { BUILD_MARKER, swapFolders } from '../../scripts/build/output-folder';
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
  it('runs them one after the other: the second says which build it waits for, and both succeed', async () => {
    const build = 'concurrent';
    const env = { CONTENT_DIR: await fixtureContent('base', build) };
    const first = buildSite(build, env);
    // The lock is taken before Astro starts: wait for it, then start the second build.
    await expect.poll(() => existsSync(BUILD_LOCK), { timeout: 20_000, interval: 20 }).toBe(true);
    const second = await buildSite(build, env);
    expect(second.output).toMatch(/Another build \(PID \d+\) is running in this project; waiting for it to finish…/);
    expect(second.output).not.toMatch(/ENOENT|ENOTEMPTY|\n\s+at /);
    expect(second.ok).toBe(true);
    expect((await first).ok).toBe(true);
    expect(existsSync(BUILD_LOCK)).toBe(false);
  });

  it('gives up after BUILD_LOCK_WAIT seconds, naming the build that holds the lock', async () => {
    const build = 'impatient';
    const env = { CONTENT_DIR: await fixtureContent('base', build) };
    const first = buildSite(build, env);
    await expect.poll(() => existsSync(BUILD_LOCK), { timeout: 20_000, interval: 20 }).toBe(true);
    const second = await buildSite(build, { ...env, BUILD_LOCK_WAIT: '0' });
    expect(second.ok).toBe(false);
    expect(second.output).toMatch(/Build refused: Another build \(PID \d+\) is running in this project and did not finish in time\. Fix: wait for it, or stop it \(kill \d+\), then build again\./);
    expect((await first).ok).toBe(true);
  });

  it('ends its Astro child when the build script is killed, and the next build takes the stale lock', async () => {
    const build = 'killed';
    const content = await fixtureContent('base', build);
    const dir = join(testBuildsDir, build);
    const child = spawn(process.execPath, [join(projectRoot, 'scripts/build/build.ts')], {
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

describe('moving content files between builds', () => {
  it('reports a file moved into the wrong folder as content, and builds once it is moved back, on a warm cache', async () => {
    const build = 'moved';
    const content = await fixtureContent('base', build);
    expect((await buildSite(build, { CONTENT_DIR: content })).ok).toBe(true);
    const right = join(content, 'recommendations/first-briefing/first-rec.mdx');
    const wrong = join(content, 'recommendations/second-briefing/first-rec.mdx');

    renameSync(right, wrong);
    const misplaced = await buildSite(build, { CONTENT_DIR: content });
    expect(misplaced.ok).toBe(false);
    expect(misplaced.output).toContain('recommendations/second-briefing/first-rec.mdx: field "briefing": the file sits in the folder "second-briefing" but belongs to the briefing "first-briefing".');
    expect(misplaced.output).not.toMatch(/Rolldown|content-layer-deferred-module|\n\s+at /);

    renameSync(wrong, right);
    const back = await buildSite(build, { CONTENT_DIR: content });
    expect(back.output).not.toMatch(/Rolldown|content-layer-deferred-module/);
    expect(back.ok).toBe(true);
    expect(readFileSync(join(back.outDir, 'recommendations/first-rec/index.html'), 'utf8')).toContain('The first recommendation');
  });

  it('builds an unchanged file moved to a deeper folder that the checker accepts, on a warm cache', async () => {
    // Astro's glob loader keeps an unchanged entry's old path; only a fresh data store reads the new one.
    const build = 'moved-deeper';
    const content = await fixtureContent('base', build);
    expect((await buildSite(build, { CONTENT_DIR: content })).ok).toBe(true);
    mkdirSync(join(content, 'recommendations/2020/first-briefing'), { recursive: true });
    renameSync(join(content, 'recommendations/first-briefing/first-rec.mdx'), join(content, 'recommendations/2020/first-briefing/first-rec.mdx'));
    const moved = await buildSite(build, { CONTENT_DIR: content });
    expect(moved.output).not.toMatch(/Rolldown|content-layer-deferred-module/);
    expect(moved.ok).toBe(true);
    expect(readFileSync(join(moved.outDir, 'recommendations/first-rec/index.html'), 'utf8')).toContain('The first recommendation');
  });

  it('builds a renamed file (with its old id kept) on the next build, on a warm cache', async () => {
    const build = 'renamed';
    const content = await fixtureContent('base', build);
    expect((await buildSite(build, { CONTENT_DIR: content })).ok).toBe(true);
    const old = join(content, 'recommendations/second-briefing/second-rec.mdx');
    const text = readFileSync(old, 'utf8').replace(/^proposer: (.*)$/m, 'proposer: $1\nformerIds: [second-rec]');
    writeFileSync(join(content, 'recommendations/second-briefing/the-second.mdx'), text);
    rmSync(old);
    const result = await buildSite(build, { CONTENT_DIR: content });
    expect(result.output).not.toMatch(/Rolldown|content-layer-deferred-module|problem/);
    expect(result.ok).toBe(true);
    expect(existsSync(join(result.outDir, 'recommendations/the-second/index.html'))).toBe(true);
    expect(existsSync(join(result.outDir, 'recommendations/second-rec/index.html'))).toBe(true);
  });
});

describe('the registry of published URLs', () => {
  /** The base content with one recommendation that the registry does not list yet. */
  async function withNewRecommendation(build: string): Promise<string> {
    const content = await fixtureContent('base', build);
    const text = readFileSync(join(content, 'recommendations/first-briefing/first-rec.mdx'), 'utf8').replace('order: 1', 'order: 2').replace('title: The first recommendation', 'title: A newer recommendation');
    writeFileSync(join(content, 'recommendations/first-briefing/newer-rec.mdx'), text);
    return content;
  }

  it('refuses to deploy a page it does not list, and validate says the same; a local build only reminds', async () => {
    const build = 'unrecorded';
    const content = await withNewRecommendation(build);
    const line = '- .cache/test-builds/unrecorded/content/permalinks.json: field "(list)": /recommendations/newer-rec/ would be published but is not recorded, so a later rename could break it unnoticed.';
    const deploy = await buildSite(build, { CONTENT_DIR: content, SITE_URL: 'https://briefings.example' });
    expect(deploy.ok).toBe(false);
    expect(deploy.output).toContain(line);
    expect(deploy.output).toContain('  Fix: run npm run permalinks:update and commit .cache/test-builds/unrecorded/content/permalinks.json with the content.');
    const validated = spawnSync(process.execPath, [join(projectRoot, 'scripts/editor/validate.ts')], { cwd: projectRoot, env: { ...process.env, CONTENT_DIR: content, SITE_URL: 'https://briefings.example' }, encoding: 'utf8' });
    expect(validated.stderr).toContain(line);
    expect(validated.status).toBe(1);

    const local = await buildSite(build, { CONTENT_DIR: content });
    expect(local.ok).toBe(true);
    expect(local.output).toContain('Note: 1 page(s) are not yet in the registry of published URLs (/recommendations/newer-rec/).');
  });

  it('is never rewritten by permalinks:update while it cannot be read', async () => {
    const content = await fixtureContent('corrupt-permalinks', 'corrupt-registry');
    const before = readFileSync(join(content, 'permalinks.json'), 'utf8');
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/editor/permalinks-update.ts')], { cwd: projectRoot, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/permalinks\.json: field "\(whole file\)": cannot be read as JSON: .*\n  Fix: mend the JSON/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(content, 'permalinks.json'), 'utf8')).toBe(before);
  });
});
