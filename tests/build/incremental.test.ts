/**
 * Astro's incremental build copies a briefing or recommendation page from the last build when its
 * cache key (src/graph/cache-keys.ts) is unchanged. A key that missed something a page shows would
 * publish a stale page, so: edit the content, rebuild on the cache, and compare the result file by
 * file with a clean build of the same content.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, testBuildsDir } from '../support/build-site';

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.includes('.'))
    .sort();

async function edit(dir: string, file: string, from: RegExp | string, to: string) {
  const path = join(dir, file);
  const text = await readFile(path, 'utf8');
  expect(text).toMatch(from);
  await writeFile(path, text.replace(from, to));
}

/** Builds `content` from scratch in a folder of its own, for comparison. */
async function cleanBuild(content: string): Promise<string> {
  const name = 'incremental-clean';
  const copy = join(testBuildsDir, name, 'content');
  await rm(join(testBuildsDir, name), { recursive: true, force: true });
  await cp(content, copy, { recursive: true });
  const build = await buildSite(name, { CONTENT_DIR: copy });
  expect(build.ok, build.output).toBe(true);
  return build.outDir;
}

function expectSameSite(incremental: string, clean: string) {
  expect(files(incremental)).toEqual(files(clean));
  const differ = files(clean).filter((file) => !readFileSync(join(incremental, file)).equals(readFileSync(join(clean, file))));
  expect(differ).toEqual([]);
}

const restored = (output: string) => (output.match(/\((?:restored|cached)\)/g) ?? []).length;
/** Whether the build copied this page rather than rendering it. */
const copied = (output: string, path: string) => new RegExp(`${path.replaceAll('/', '\\/')}index\\.html \\((?:restored|cached)\\)`).test(output);

describe('an incremental rebuild', () => {
  const content = join(testBuildsDir, 'incremental', 'content');
  const rebuild = () => buildSite('incremental', { CONTENT_DIR: content });

  beforeAll(async () => {
    await rm(join(testBuildsDir, 'incremental'), { recursive: true, force: true });
    await cp(join(projectRoot, 'content'), content, { recursive: true });
    expect((await rebuild()).ok).toBe(true);
  });

  it('copies every briefing and recommendation page when nothing changed, also after a mistake the checker stopped before Astro ran', async () => {
    const before = new Map(files(join(testBuildsDir, 'incremental', 'dist')).map((f) => [f, readFileSync(join(testBuildsDir, 'incremental', 'dist', f))]));
    const file = 'recommendations/hannah-foreign-policy-2020/make-limited-realistic-demands.mdx';
    await edit(content, file, 'tags: [expectations,', 'tags: [no-such-tag, expectations,');
    const failed = await rebuild();
    expect(failed.ok).toBe(false);
    expect(failed.output).toContain('no tag has the id "no-such-tag"');
    // Astro never ran, so nothing in its caches is in doubt: the next build copies again.
    expect(existsSync(join(testBuildsDir, 'incremental', 'cache', 'incremental-build.json'))).toBe(true);
    await edit(content, file, 'tags: [no-such-tag, expectations,', 'tags: [expectations,');

    const build = await rebuild();
    expect(build.ok, build.output).toBe(true);
    const entries =
      readdirSync(join(content, 'briefings')).length +
      readdirSync(join(content, 'recommendations'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).length;
    expect(restored(build.output)).toBe(entries);
    expect(files(build.outDir)).toEqual([...before.keys()]);
    expect(files(build.outDir).filter((f) => !readFileSync(join(build.outDir, f)).equals(before.get(f)!))).toEqual([]);
  });

  it('after a recommendation is retitled, equals a clean build, and still copies unaffected pages', async () => {
    await edit(
      content,
      'recommendations/hannah-foreign-policy-2020/make-limited-realistic-demands.mdx',
      /^title: .*$/m,
      'title: Demands that are limited and realistic',
    );
    await edit(content, 'briefings/hannah-foreign-policy-2020.mdx', 'John Hannah, writing in', 'Edited. John Hannah, writing in');
    const build = await rebuild();
    expect(build.ok, build.output).toBe(true);
    // The other briefing shows nothing of the edited one, so it is copied; the edited one is not.
    expect(copied(build.output, '/briefings/alaaldin-brookings-2020/')).toBe(true);
    expect(copied(build.output, '/briefings/hannah-foreign-policy-2020/')).toBe(false);
    expect(copied(build.output, '/recommendations/make-limited-realistic-demands/')).toBe(false);
    expectSameSite(build.outDir, await cleanBuild(content));
  });

  it('after a tag is relabelled and an actor gains a spelling, equals a clean build', async () => {
    await edit(content, 'tags.yaml', 'label: Militias and armed factions', 'label: Militias and other armed factions');
    await edit(content, 'actors.yaml', 'aliases: [Iranian-backed militias,', 'aliases: [Iran-aligned militias, Iranian-backed militias,');
    const build = await rebuild();
    expect(build.ok, build.output).toBe(true);
    expectSameSite(build.outDir, await cleanBuild(content));
  });
});
