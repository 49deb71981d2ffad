import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_MARKER, PROTECTED, outputFolderProblem, recoverSwap, swapFolders, swapIn } from '../../scripts/build/output-folder';

/** A scratch project with the folders a real one has. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'br-project-'));
  for (const name of PROTECTED) mkdirSync(join(root, name));
  writeFileSync(join(root, 'content', 'draft.mdx'), "an editor's draft");
  return root;
}

describe('which output folders the build may replace', () => {
  it('refuses the project, its parents, and every folder that holds its work', () => {
    const root = project();
    expect(outputFolderProblem(root, root)).toBe('OUT_DIR=. is the project folder or one of its parents; building there would replace the whole project.');
    expect(outputFolderProblem(root, join(root, '..'))).toMatch(/is the project folder or one of its parents/);
    for (const name of PROTECTED) {
      expect(outputFolderProblem(root, join(root, name))).toBe(
        `OUT_DIR=${name} is inside ${name}/, which holds the project's own files; building there would replace them.`,
      );
      expect(outputFolderProblem(root, join(root, name, 'out'))).toMatch(`is inside ${name}/`);
    }
  });

  it("refuses a folder that holds the project's folders or files the build did not write", () => {
    const root = project();
    const copy = join(root, 'backup');
    mkdirSync(join(copy, 'content'), { recursive: true });
    expect(outputFolderProblem(root, copy)).toBe('OUT_DIR=backup holds content/; building there would replace them.');
    const notes = join(root, 'notes');
    mkdirSync(notes);
    writeFileSync(join(notes, 'a.txt'), 'x');
    expect(outputFolderProblem(root, notes)).toBe(
      `OUT_DIR=notes holds files this build did not write (it has no ${BUILD_MARKER} marker); building there would delete them.`,
    );
  });

  it('accepts a new folder, an empty one, one it wrote, and an earlier build from before the marker', () => {
    const root = project();
    expect(outputFolderProblem(root, join(root, 'dist'))).toBeUndefined();
    mkdirSync(join(root, 'empty'));
    expect(outputFolderProblem(root, join(root, 'empty'))).toBeUndefined();
    mkdirSync(join(root, 'marked'));
    writeFileSync(join(root, 'marked', BUILD_MARKER), '');
    expect(outputFolderProblem(root, join(root, 'marked'))).toBeUndefined();
    mkdirSync(join(root, 'old', 'pagefind'), { recursive: true });
    writeFileSync(join(root, 'old', 'index.html'), '');
    writeFileSync(join(root, 'old', '_headers'), '');
    expect(outputFolderProblem(root, join(root, 'old'))).toBeUndefined();
  });
});

describe('the swap of the output folder', () => {
  const site = (dir: string, text: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), text);
  };

  it("replaces the site with the staged one and marks it as the build's", async () => {
    const target = join(project(), 'dist');
    site(target, 'old');
    site(swapFolders(target).staging, 'new');
    await swapIn(target);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(target, BUILD_MARKER))).toBe(true);
    expect(existsSync(swapFolders(target).staging) || existsSync(swapFolders(target).retired)).toBe(false);
  });

  it('puts the published site back when a swap was stopped between its two renames', async () => {
    const target = join(project(), 'dist');
    site(target, 'published');
    renameSync(target, swapFolders(target).retired);
    expect(await recoverSwap(target)).toBe('An earlier build was stopped while it replaced dist/; the site it had published is back in place.');
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('published');
  });

  it('removes a retired copy left beside a complete site, and does nothing when all is well', async () => {
    const target = join(project(), 'dist');
    site(target, 'current');
    site(swapFolders(target).retired, 'older');
    expect(await recoverSwap(target)).toBeUndefined();
    expect(existsSync(swapFolders(target).retired)).toBe(false);
    expect(await recoverSwap(target)).toBeUndefined();
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('current');
  });
});
