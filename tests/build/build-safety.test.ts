/**
 * The build as editors run it, including the ways it goes wrong: an output folder that is not the
 * build's to replace, two builds at once, a build killed halfway through replacing the site. Most
 * tests are one editor's day in one folder, in order, each build on the cache the last one left.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_LOCK } from '../../scripts/build/build-lock';
import { BUILD_MARKER, swapFolders } from '../../scripts/build/output-folder';
import { buildSite, fixtureContent, projectRoot, testBuildsDir } from '../support/build-site';

describe('the output folder', () => {
  // The project's own folders are refused too (tests/unit/output-folder.test.ts, on a scratch
  // project): trying them here would wipe the real project if the guard ever broke.
  it('refuses a folder of files it did not write', async () => {
    const foreign = join(testBuildsDir, 'foreign', 'dist');
    mkdirSync(foreign, { recursive: true });
    writeFileSync(join(foreign, 'notes.txt'), 'an editor keeps notes here');
    const refused = await buildSite('foreign', { CONTENT_DIR: await fixtureContent('base', 'foreign') });
    expect(refused.ok).toBe(false);
    expect(refused.output).toContain(
      `Build refused: OUT_DIR=.cache/test-builds/foreign/dist holds files this build did not write (it has no ${BUILD_MARKER} marker); building there would delete them.`,
    );
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('an editor keeps notes here');
  });
});

describe('two builds at once', () => {
  it('runs them one after the other: one that waits says which build it waits for and succeeds, one told not to wait gives up naming it', async () => {
    const build = 'concurrent';
    const env = { CONTENT_DIR: await fixtureContent('base', build) };
    const pids: number[] = [];
    const first = buildSite(build, env, (pid) => pids.push(pid));
    // The lock is taken before Astro starts (other builds of the project may come first): wait until the first build holds it.
    const holder = () => (existsSync(BUILD_LOCK) ? Number(readFileSync(BUILD_LOCK, 'utf8')) : undefined);
    await expect.poll(holder, { timeout: 150_000, interval: 20 }).toBe(pids[0]);
    const [impatient, second] = await Promise.all([
      buildSite(build, { ...env, BUILD_LOCK_WAIT: '0' }, (pid) => pids.push(pid)),
      buildSite(build, env, (pid) => pids.push(pid)),
    ]);
    expect(impatient.ok).toBe(false);
    expect(impatient.output).toContain(
      `Build refused: Another build (PID ${pids[0]}) is running in this project and did not finish in time. Fix: wait for it, or stop it (kill ${pids[0]}), then build again.`,
    );
    expect(second.output).toContain(`Another build (PID ${pids[0]}) is running in this project; waiting for it to finish…`);
    expect(second.output).not.toMatch(/ENOENT|ENOTEMPTY|\n\s+at /);
    expect(second.ok).toBe(true);
    expect((await first).ok).toBe(true);
    // None of the three still holds the lock (another build of the project may, by now).
    expect(pids).not.toContain(holder());
  });
});

describe('one folder, build after build, as an editor works', () => {
  const build = 'editing';
  let content = '';
  let outDir = '';
  const rebuild = (env: Record<string, string> = {}) => buildSite(build, { CONTENT_DIR: content, ...env });

  beforeAll(async () => {
    rmSync(join(testBuildsDir, build), { recursive: true, force: true });
    content = await fixtureContent('base', build);
    const first = await rebuild();
    expect(first.ok, first.output).toBe(true);
    outDir = first.outDir;
  });

  it('marks the folder as its own, and builds into it again', () => {
    // Every later build in this folder replaces the site the one before wrote.
    expect(existsSync(join(outDir, BUILD_MARKER))).toBe(true);
  });

  it('reports a file moved into the wrong folder as content, and builds once it is moved back, on a warm cache', async () => {
    const right = join(content, 'recommendations/first-briefing/first-rec.mdx');
    const wrong = join(content, 'recommendations/second-briefing/first-rec.mdx');

    renameSync(right, wrong);
    const misplaced = await rebuild();
    expect(misplaced.ok).toBe(false);
    expect(misplaced.output).toContain(
      'recommendations/second-briefing/first-rec.mdx: field "briefing": the file sits in the folder "second-briefing" but belongs to the briefing "first-briefing".',
    );
    expect(misplaced.output).not.toMatch(/Rolldown|content-layer-deferred-module|\n\s+at /);

    renameSync(wrong, right);
    const back = await rebuild();
    expect(back.output).not.toMatch(/Rolldown|content-layer-deferred-module/);
    expect(back.ok).toBe(true);
    expect(existsSync(join(outDir, BUILD_MARKER))).toBe(true);
    expect(readFileSync(join(back.outDir, 'recommendations/first-rec/index.html'), 'utf8')).toContain('The first recommendation');
  });

  it('builds an unchanged file moved to a deeper folder that the checker accepts, on a warm cache', async () => {
    // Astro's glob loader keeps an unchanged entry's old path; only a fresh data store reads the new one.
    mkdirSync(join(content, 'recommendations/2020/first-briefing'), { recursive: true });
    renameSync(join(content, 'recommendations/first-briefing/first-rec.mdx'), join(content, 'recommendations/2020/first-briefing/first-rec.mdx'));
    const moved = await rebuild();
    expect(moved.output).not.toMatch(/Rolldown|content-layer-deferred-module/);
    expect(moved.ok).toBe(true);
    expect(readFileSync(join(moved.outDir, 'recommendations/first-rec/index.html'), 'utf8')).toContain('The first recommendation');
  });

  it('builds a renamed file (with its old id kept) on the next build, on a warm cache', async () => {
    const old = join(content, 'recommendations/second-briefing/second-rec.mdx');
    const text = readFileSync(old, 'utf8').replace(/^proposer: (.*)$/m, 'proposer: $1\nformerIds: [second-rec]');
    writeFileSync(join(content, 'recommendations/second-briefing/the-second.mdx'), text);
    rmSync(old);
    const result = await rebuild();
    expect(result.output).not.toMatch(/Rolldown|content-layer-deferred-module|problem/);
    expect(result.ok).toBe(true);
    expect(existsSync(join(result.outDir, 'recommendations/the-second/index.html'))).toBe(true);
    expect(existsSync(join(result.outDir, 'recommendations/second-rec/index.html'))).toBe(true);
    // As the build's note asks: the new URL goes into the registry of published URLs.
    expect(result.output).toContain('Note: 1 page(s) are not yet in the registry of published URLs (/recommendations/the-second/).');
    const recorded = spawnSync(process.execPath, [join(projectRoot, 'scripts/editor/permalinks-update.ts')], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(recorded.stdout).toContain('Added 1 URL(s)');
    expect(recorded.stdout).toContain('  /recommendations/the-second/');
  });

  it('refuses to deploy a page the registry of published URLs does not list, and validate says the same; a local build only reminds', async () => {
    // A recommendation the registry does not list yet.
    const text = readFileSync(join(content, 'recommendations/2020/first-briefing/first-rec.mdx'), 'utf8')
      .replace('order: 1', 'order: 2')
      .replace('title: The first recommendation', 'title: A newer recommendation');
    writeFileSync(join(content, 'recommendations/first-briefing/newer-rec.mdx'), text);
    const registry = `.cache/test-builds/${build}/content/permalinks.json`;
    const line = `- ${registry}: field "(list)": /recommendations/newer-rec/ would be published but is not recorded, so a later rename could break it unnoticed.`;
    const deploy = await rebuild({ SITE_URL: 'https://briefings.example' });
    expect(deploy.ok).toBe(false);
    expect(deploy.output).toContain(line);
    expect(deploy.output).toContain(`  Fix: run npm run permalinks:update and commit ${registry} with the content.`);
    const validated = spawnSync(process.execPath, [join(projectRoot, 'scripts/editor/validate.ts')], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: content, SITE_URL: 'https://briefings.example' },
      encoding: 'utf8',
    });
    expect(validated.stderr).toContain(line);
    expect(validated.status).toBe(1);

    const local = await rebuild();
    expect(local.ok).toBe(true);
    expect(local.output).toContain('Note: 1 page(s) are not yet in the registry of published URLs (/recommendations/newer-rec/).');
  });

  it('after a build stopped halfway, puts the published site back on the next build, even if that build fails', async () => {
    const published = readFileSync(join(outDir, 'index.html'), 'utf8');
    // As a kill between the swap's two renames leaves it: the site set aside, nothing in its place.
    renameSync(outDir, swapFolders(outDir).retired);
    const file = join(content, 'recommendations/second-briefing/the-second.mdx');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('tags: [militias]', 'tags: [no-such-tag]'));

    const next = await rebuild();
    expect(next.ok).toBe(false);
    expect(next.output).toContain('no tag has the id "no-such-tag"');
    expect(next.output).toContain('An earlier build was stopped while it replaced dist/; the site it had published is back in place.');
    expect(next.output).toContain('The previous site');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(published);
    expect(existsSync(swapFolders(outDir).retired)).toBe(false);
    writeFileSync(file, text);
  });

  it('ends its Astro child when the build script is killed, and the next build takes the stale lock', async () => {
    const dir = join(testBuildsDir, build);
    const child = spawn(process.execPath, [join(projectRoot, 'scripts/build/build.ts')], {
      cwd: projectRoot,
      env: { ...process.env, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache'), CONTENT_DIR: content },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    await expect.poll(() => output.includes('Syncing content'), { timeout: 150_000, interval: 50 }).toBe(true);
    const marker = `CACHE_DIR=${join(dir, 'cache')}\0`;
    const astro = pgrep(marker).filter((pid) => pid !== child.pid);
    expect(astro.length).toBeGreaterThan(0);
    child.kill('SIGKILL');
    await expect.poll(() => pgrep(marker).filter((pid) => astro.includes(pid)), { timeout: 10_000, interval: 100 }).toEqual([]);
    const next = await rebuild();
    expect(next.ok, next.output).toBe(true);
    expect(readFileSync(join(next.outDir, 'recommendations/the-second/index.html'), 'utf8')).toContain('The second recommendation');
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

describe('the registry of published URLs', () => {
  it('is never rewritten by permalinks:update while it cannot be read', async () => {
    const content = await fixtureContent('corrupt-permalinks', 'corrupt-registry');
    const before = readFileSync(join(content, 'permalinks.json'), 'utf8');
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/editor/permalinks-update.ts')], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/permalinks\.json: field "\(whole file\)": cannot be read as JSON: .*\n  Fix: mend the JSON/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(content, 'permalinks.json'), 'utf8')).toBe(before);
  });
});
