/**
 * Astro's content cache (its data store) keeps an unchanged entry's old file path, so after a file
 * is moved or renamed every build fails to resolve the old path until the cache is deleted by hand
 * (the glob loader skips entries whose digest did not change). The build remembers which files it
 * read; when one of them is gone, the data store is dropped and Astro reads the content afresh.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const RECORD = 'content-files.json';
const DATA_STORE = 'data-store.json';

/** Files the last successful build read, or undefined when there is no usable record. */
function lastFiles(cache: string): string[] | undefined {
  try {
    const list: unknown = JSON.parse(readFileSync(join(cache, RECORD), 'utf8'));
    return Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string') : undefined;
  } catch {
    return undefined;
  }
}

/** Drops the data store when a file the last build read has moved, been renamed or removed. */
export async function forgetMovedFiles(cache: string, files: string[]): Promise<void> {
  const last = lastFiles(cache);
  const now = new Set(files);
  const gone = last === undefined ? existsSync(join(cache, DATA_STORE)) : last.some((file) => !now.has(file));
  if (gone) await forgetContentCache(cache);
}

export async function rememberFiles(cache: string, files: string[]): Promise<void> {
  await writeFile(join(cache, RECORD), `${JSON.stringify([...files].sort())}\n`);
}

/** After a failed build nothing vouches for the store: the next build reads the content afresh. */
export async function forgetContentCache(cache: string): Promise<void> {
  await Promise.all([rm(join(cache, DATA_STORE), { force: true }), rm(join(cache, RECORD), { force: true })]);
}
