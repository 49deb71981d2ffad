/**
 * `npm run build`: builds the whole site into a staging folder beside the output folder and
 * swaps it in only when every step succeeded, so a failed build never leaves a half-written
 * site behind and the previously published one stays untouched. One build at a time; a build
 * stopped halfway is recovered by the next; the output folder must be one the build owns.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BASE_PATH, CACHE_DIR, CONTENT_DIR, OUT_DIR } from '../../src/site.config.ts';
import { unrecordedPermalinks } from '../../src/model/permalinks.ts';
import { formatProblems } from '../../src/model/checks.ts';
import { checkContent, type ContentCheck } from '../content/content-check.ts';
import { renderErrorHelp } from './render-errors.ts';
import { forgetContentCache, forgetMovedFiles, rememberFiles } from './content-cache.ts';
import { BUILD_LOCK, BuildRunning, takeLock } from './build-lock.ts';
import { outputFolderProblem, recoverSwap, swapFolders, swapIn } from './output-folder.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const target = resolve(root, OUT_DIR);
const cache = resolve(root, CACHE_DIR);
const { staging } = swapFolders(target);
const local = process.argv.includes('--local');

function fail(message: string): never {
  console.error(`\nBuild refused: ${message}`);
  process.exit(1);
}

const problem = outputFolderProblem(root, target);
if (problem) fail(`${problem} Fix: set OUT_DIR to a new folder, or to one an earlier build wrote (the default is dist).`);

if (!process.env.SITE_URL && !local) {
  console.warn(
    [
      '',
      'Warning: SITE_URL is not set, so this build names http://127.0.0.1:4321 as its address.',
      'Canonical URLs, Open Graph and JSON-LD, citations, the sitemap, the feed and robots.txt will all',
      "point at the reader's own machine. For a site you deploy, build with SITE_URL=https://your.host",
      '(and BASE_PATH=/sub-path/ if it lives under one); for local use, npm start.',
      '',
    ].join('\n'),
  );
}

// One lock for the project: every build shares .astro/ at its root, whatever OUT_DIR and CACHE_DIR
// say. A second build waits for the first (up to BUILD_LOCK_WAIT seconds), then builds.
async function lock(): Promise<() => void> {
  const deadline = Date.now() + Number(process.env.BUILD_LOCK_WAIT ?? 600) * 1000;
  mkdirSync(dirname(BUILD_LOCK), { recursive: true });
  let told = false;
  for (;;) {
    try {
      return takeLock(BUILD_LOCK);
    } catch (error) {
      if (!(error instanceof BuildRunning)) throw error;
      if (Date.now() > deadline)
        fail(
          `Another build (PID ${error.pid}) is running in this project and did not finish in time. Fix: wait for it, or stop it (kill ${error.pid}), then build again.`,
        );
      if (!told) console.log(`Another build (PID ${error.pid}) is running in this project; waiting for it to finish…`);
      told = true;
      await new Promise((done) => setTimeout(done, 250));
    }
  }
}
const release = await lock();

let child: ReturnType<typeof spawn> | undefined;
// Stopped by Ctrl+C or a kill: stop Astro too, and leave the previous site in place.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    child?.kill('SIGTERM');
    void rm(staging, { recursive: true, force: true }).finally(() => {
      release();
      console.error(`\nBuild stopped (${signal}). ${existsSync(target) ? `The previous site in ${relative(root, target)} is untouched.` : ''}`);
      process.exit(130);
    });
  });
}

/** Runs a step; its output passes through, and the tail of it is kept to explain a failure. */
function run(step: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, failed) => {
    child = spawn(process.execPath, ['--import', pathToFileURL(join(root, 'scripts/build/exit-with-parent.ts')).href, ...args], {
      cwd: root,
      env,
      stdio: ['inherit', 'pipe', 'pipe'],
    });
    let tail = '';
    const keep = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      stream.write(chunk);
      tail = (tail + chunk.toString()).slice(-200_000);
    };
    child.stdout?.on('data', keep(process.stdout));
    child.stderr?.on('data', keep(process.stderr));
    child.on('error', failed);
    child.on('close', (code) => (code === 0 ? done() : failed(Object.assign(new Error(`${step} failed`), { log: tail }))));
  });
}

const shownContentDir = relative(root, resolve(root, CONTENT_DIR)) || '.';
let checked: ContentCheck | undefined;
/** Whether Astro ran: only then can its caches hold anything a failure should make us distrust. */
let astroRan = false;
try {
  const recovered = await recoverSwap(target);
  if (recovered) console.log(recovered);
  // The same checks as npm run validate, before Astro: one message per mistake, in the editor's terms.
  checked = await checkContent(resolve(root, CONTENT_DIR), { shownDir: shownContentDir, publishing: Boolean(process.env.SITE_URL) });
  if (checked.problems.length > 0) {
    console.error(`\n${formatProblems(checked.problems)}`);
    throw new Error('the content has problems (listed above)');
  }
  const unrecorded = unrecordedPermalinks(checked.content.permalinks ?? [], checked.content);
  if (unrecorded.length > 0) {
    console.warn(
      `Note: ${unrecorded.length} page(s) are not yet in the registry of published URLs (${unrecorded.slice(0, 3).join(', ')}${unrecorded.length > 3 ? ', …' : ''}). A deploy build (SITE_URL set) refuses them until you run npm run permalinks:update and commit it.`,
    );
  }
  await forgetMovedFiles(cache, checked.files);
  await rm(staging, { recursive: true, force: true });
  astroRan = true;
  await run('astro build', [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { ...process.env, OUT_DIR: staging });
  await swapIn(target);
  await rememberFiles(cache, checked.files);
  console.log(`\nThe site is in ${target}`);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  // A failed Astro build may have rendered pages into the incremental cache that its record does
  // not describe, and recorded paths that no longer hold: forget both, so the next build starts
  // afresh. A build the checker stopped never reached Astro, and keeps its warm caches.
  if (astroRan) {
    await rm(join(cache, 'incremental-build.json'), { force: true });
    await forgetContentCache(cache);
  }
  const help = checked && renderErrorHelp((error as { log?: string }).log ?? '', checked.content, shownContentDir, BASE_PATH);
  if (help) console.error(`\n${help}`);
  console.error(`\nBuild failed: ${(error as Error).message}. ${existsSync(target) ? `The previous site in ${target} is untouched.` : 'Nothing was written.'}`);
  process.exitCode = 1;
} finally {
  release();
}
