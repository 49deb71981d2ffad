import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { parse, stringify } from 'yaml';
import { buildSite, projectRoot, testBuildsDir } from './build-site';

/**
 * The second build: the real content deployed under a sub-path, with one alias added to the actor
 * data and one recommendation given a former id (as if renamed), so its old URL must redirect, and
 * lists cut into pages of 3 so that pagination is built, link-checked and validated.
 */
export const VARIANT = {
  base: '/sub-path/',
  pageSize: 3,
  actor: 'mustafa-al-kadhimi',
  alias: 'Kadhemy',
  renamed: { briefing: 'alaaldin-brookings-2020', id: 'engage-pmf-splinter-factions', formerId: 'splinter-factions' },
} as const;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site (the real content) that build and browser tests read. */
    siteDir: string;
    /** The real content with VARIANT's alias and former id, built under VARIANT.base. */
    variantDir: string;
    /** This run of the suite: builds shared between test files are reused within it only. */
    runId: string;
  }
}

async function variantContent(): Promise<string> {
  const dir = join(testBuildsDir, 'site-variant', 'content');
  await rm(dir, { recursive: true, force: true });
  await cp(join(projectRoot, 'content'), dir, { recursive: true });
  const file = join(dir, 'actors.yaml');
  const actors = parse(await readFile(file, 'utf8')) as { id: string; aliases: string[] }[];
  // The variant's edits must take: tests that compare against them would otherwise compare nothing.
  const actor = actors.find((a) => a.id === VARIANT.actor);
  if (!actor) throw new Error(`The variant needs the actor "${VARIANT.actor}" in content/actors.yaml.`);
  actor.aliases.push(VARIANT.alias);
  await writeFile(file, stringify(actors));
  const { briefing, id, formerId } = VARIANT.renamed;
  const rec = join(dir, 'recommendations', briefing, `${id}.mdx`);
  const text = await readFile(rec, 'utf8');
  if (!/^proposer: /m.test(text)) throw new Error(`The variant needs a proposer line in ${rec}.`);
  await writeFile(rec, text.replace(/^proposer: (.*)$/m, `proposer: $1\nformerIds: [${formerId}]`));
  return dir;
}

// The build and browser projects both need the sites: build them once per run, one after the
// other (Astro keeps per-project state in .astro/).
const shared = globalThis as { siteBuilds?: Promise<{ siteDir: string; variantDir: string }>; runId?: string };

async function buildBoth() {
  const site = await buildSite('site');
  if (!site.ok) throw new Error(`The site did not build:\n${site.output}`);
  const variant = await buildSite('site-variant', { CONTENT_DIR: await variantContent(), BASE_PATH: VARIANT.base, LIST_PAGE_SIZE: String(VARIANT.pageSize) });
  if (!variant.ok) throw new Error(`The variant site did not build:\n${variant.output}`);
  return { siteDir: site.outDir, variantDir: variant.outDir };
}

export default async function setup(project: TestProject) {
  shared.runId ??= `${process.pid}-${Date.now()}`;
  project.provide('runId', shared.runId);
  shared.siteBuilds ??= buildBoth();
  const { siteDir, variantDir } = await shared.siteBuilds;
  project.provide('siteDir', siteDir);
  project.provide('variantDir', variantDir);
}
