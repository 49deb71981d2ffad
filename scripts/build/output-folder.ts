/**
 * The build's output folder is replaced whole on every build, so it must be a folder the build
 * owns: never the project, its content or code, or a folder of someone else's files. And the swap
 * that replaces it (two renames) must recover on the next run if it was ever stopped halfway.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';

/** Written into every finished build: a folder without it was not written by this build. */
export const BUILD_MARKER = '.briefing-room-build';

/** Folders of the project that hold work an output folder must never replace or contain. */
export const PROTECTED = ['content', 'src', 'public', 'tests', 'scripts', '.git', 'node_modules'];

const inside = (folder: string, parent: string) => folder === parent || folder.startsWith(parent + sep);

/** Why `target` cannot be the output folder of the project at `root`, or undefined when it can. */
export function outputFolderProblem(root: string, target: string): string | undefined {
  const rel = relative(root, target);
  const shown = rel.startsWith('..') ? target : rel || '.';
  if (inside(root, target)) return `OUT_DIR=${shown} is the project folder or one of its parents; building there would replace the whole project.`;
  for (const name of PROTECTED) {
    const folder = join(root, name);
    if (inside(target, folder)) return `OUT_DIR=${shown} is inside ${name}/, which holds the project's own files; building there would replace them.`;
  }
  if (!existsSync(target)) return undefined;
  if (!statSync(target).isDirectory()) return `OUT_DIR=${shown} is a file, not a folder.`;
  const names = readdirSync(target);
  const held = PROTECTED.filter((name) => names.includes(name));
  if (held.length > 0) return `OUT_DIR=${shown} holds ${held.map((n) => `${n}/`).join(', ')}; building there would replace them.`;
  // Builds from before the marker are recognised by what every build writes.
  const earlierBuild = names.includes(BUILD_MARKER) || ['index.html', 'pagefind', '_headers'].every((name) => names.includes(name));
  if (names.length > 0 && !earlierBuild) {
    return `OUT_DIR=${shown} holds files this build did not write (it has no ${BUILD_MARKER} marker); building there would delete them.`;
  }
  return undefined;
}

/** The folders the swap uses beside the output folder. */
export function swapFolders(target: string) {
  return { staging: join(dirname(target), `.${basename(target)}.staging`), retired: join(dirname(target), `.${basename(target)}.previous`) };
}

/**
 * Finishes what a stopped build left: the previous site set aside but the new one never moved in
 * is put back; a leftover retired copy beside a complete site is removed. Says what it did.
 */
export async function recoverSwap(target: string): Promise<string | undefined> {
  const { retired } = swapFolders(target);
  if (!existsSync(retired)) return undefined;
  if (!existsSync(target)) {
    await rename(retired, target);
    return `An earlier build was stopped while it replaced ${basename(target)}/; the site it had published is back in place.`;
  }
  await rm(retired, { recursive: true, force: true });
  return undefined;
}

/** Marks the staged build as finished, then replaces the output folder with it. */
export async function swapIn(target: string): Promise<void> {
  const { staging, retired } = swapFolders(target);
  await writeFile(join(staging, BUILD_MARKER), 'Written by "npm run build" (Briefing Room). The next build replaces this whole folder.\n');
  await rm(retired, { recursive: true, force: true });
  if (existsSync(target)) await rename(target, retired);
  await rename(staging, target);
  await rm(retired, { recursive: true, force: true });
}
