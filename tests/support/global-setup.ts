import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site (the real content) that build and browser tests read. */
    siteDir: string;
  }
}

// Both the build and the browser project need the site: build it once per test run.
const shared = globalThis as { siteBuild?: ReturnType<typeof buildSite> };

export default async function setup(project: TestProject) {
  shared.siteBuild ??= buildSite('site');
  const result = await shared.siteBuild;
  if (!result.ok) throw new Error(`The site did not build:\n${result.output}`);
  project.provide('siteDir', result.outDir);
}
