/**
 * `npm run build`: builds the whole site into a staging folder beside the output folder and
 * swaps it in only when every step succeeded, so a failed build never leaves a half-written
 * site behind and the previously published one stays untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR, OUT_DIR } from '../src/site.config.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, OUT_DIR);
const staging = join(dirname(target), `.${basename(target)}.staging`);
const retired = join(dirname(target), `.${basename(target)}.previous`);

function run(step: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${step} failed`);
}

await rm(staging, { recursive: true, force: true });
try {
  run('astro build', [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { ...process.env, OUT_DIR: staging });
  await rm(retired, { recursive: true, force: true });
  if (existsSync(target)) await rename(target, retired);
  await rename(staging, target);
  await rm(retired, { recursive: true, force: true });
  console.log(`\nThe site is in ${target}`);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  // A failed build may have rendered pages into the incremental cache that its record does not
  // describe; forget the record so the next build renders every page afresh.
  await rm(join(resolve(root, CACHE_DIR), 'incremental-build.json'), { force: true });
  console.error(`\nBuild failed: ${(error as Error).message}. ${existsSync(target) ? `The previous site in ${target} is untouched.` : 'Nothing was written.'}`);
  process.exit(1);
}
