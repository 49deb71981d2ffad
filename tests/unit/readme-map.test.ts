/** The README's "Where things are" map is how a newcomer finds their way: it must match the tree. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const block = /## Where things are\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

/** Each entry of the map as a path: an indented name sits inside the last folder above it. */
function mappedPaths(): string[] {
  const parents: string[] = [];
  const paths: string[] = [];
  for (const line of block.split('\n')) {
    const match = /^( *)([\w.-]+\/?)(?= {2,}|$)/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 2;
    parents.length = depth;
    const path = [...parents, match[2]!].join('');
    paths.push(path);
    if (match[2]!.endsWith('/')) parents[depth] = match[2]!;
  }
  return paths;
}

const folders = (dir: string) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}/${entry.name}/`);

describe("the README's map", () => {
  it('names only paths that exist', () => {
    const paths = mappedPaths();
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it('names every folder of src/, scripts/ and tests/', () => {
    const paths = new Set(mappedPaths());
    const missing = ['src', 'scripts', 'tests'].flatMap(folders).filter((folder) => !paths.has(folder));
    expect(missing).toEqual([]);
  });
});
