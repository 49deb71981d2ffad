/**
 * `npm run permalinks:update`: adds the URL of every briefing and recommendation in the content to
 * content/permalinks.json. It never removes one (a published URL stays a promise), and it never
 * rewrites a registry it cannot read: the editor is told what is wrong with it instead.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY_FILE, updatedRegistry } from '../../src/model/permalinks.ts';
import { formatProblems } from '../../src/model/checks.ts';
import { CONTENT_DIR } from '../../src/site.config.ts';
import { checkContent } from '../content/content-check.ts';

const file = join(CONTENT_DIR, REGISTRY_FILE);
const { content, problems } = await checkContent(CONTENT_DIR);
const registryProblems = problems.filter((p) => p.file.endsWith(REGISTRY_FILE) && p.field === '(whole file)');
if (registryProblems.length > 0) {
  console.error(formatProblems(registryProblems, `${file} was left as it is`));
  process.exit(1);
}
const before = content.permalinks ?? [];
const after = updatedRegistry(before, content);
const added = after.filter((url) => !before.includes(url));
if (added.length > 0) writeFileSync(file, `${JSON.stringify(after, null, 2)}\n`);
console.log(added.length ? `Added ${added.length} URL(s) to ${file}:\n${added.map((u) => `  ${u}`).join('\n')}` : `${file} already lists every URL.`);
