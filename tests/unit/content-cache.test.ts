import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetMovedFiles, rememberFiles } from '../../scripts/build/content-cache';

/** A cache folder as Astro leaves it after a build, with the build's record of the files it read. */
async function warmCache(files: string[]): Promise<string> {
  const cache = mkdtempSync(join(tmpdir(), 'br-cache-'));
  writeFileSync(join(cache, 'data-store.json'), '{}');
  await rememberFiles(cache, files);
  return cache;
}

describe("Astro's content data store across builds", () => {
  it('is dropped when a file the last build read has moved or been renamed', async () => {
    const cache = await warmCache(['recommendations/a/x.mdx', 'briefings/a.mdx']);
    await forgetMovedFiles(cache, ['recommendations/b/x.mdx', 'briefings/a.mdx']);
    expect(existsSync(join(cache, 'data-store.json'))).toBe(false);
  });

  it('is kept when files were only added or edited in place', async () => {
    const cache = await warmCache(['briefings/a.mdx']);
    await forgetMovedFiles(cache, ['briefings/a.mdx', 'briefings/b.mdx']);
    expect(existsSync(join(cache, 'data-store.json'))).toBe(true);
  });

  it('is dropped when no record says which files it holds', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'br-cache-'));
    writeFileSync(join(cache, 'data-store.json'), '{}');
    await forgetMovedFiles(cache, ['briefings/a.mdx']);
    expect(existsSync(join(cache, 'data-store.json'))).toBe(false);
  });
});
