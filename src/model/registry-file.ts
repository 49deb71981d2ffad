/**
 * The one reader of content/permalinks.json, for the build, `npm run validate` and
 * `npm run permalinks:update`: a broken file is a problem to report, never a crash or a file
 * overwritten with less than it held.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY_FILE } from './permalinks.ts';
import type { ContentProblem } from './checks.ts';

export function readRegistry(contentDir: string, shownDir = contentDir): { urls: string[]; problems: ContentProblem[] } {
  const file = join(contentDir, REGISTRY_FILE);
  if (!existsSync(file)) return { urls: [], problems: [] };
  const shown = `${shownDir}/${REGISTRY_FILE}`;
  try {
    const list: unknown = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    if (Array.isArray(list) && list.every((url) => typeof url === 'string')) return { urls: list, problems: [] };
    return {
      urls: [],
      problems: [
        {
          file: shown,
          field: '(whole file)',
          message: 'is not a JSON array of URL strings.',
          hint: 'write a JSON array of published URLs, e.g. ["/briefings/x/", "/recommendations/y/"]; git can restore the last good version.',
        },
      ],
    };
  } catch (error) {
    const message = (error as Error).message.replace(/^Unexpected/, 'unexpected');
    return {
      urls: [],
      problems: [
        {
          file: shown,
          field: '(whole file)',
          message: `cannot be read as JSON: ${message}.`,
          hint: 'mend the JSON (a missing comma or quote is the usual cause), or restore the file from git; it is never rewritten while broken.',
        },
      ],
    };
  }
}
