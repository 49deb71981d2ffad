/**
 * `npm run permalinks:update`: adds the URL of every briefing and recommendation in the content to
 * content/permalinks.json. It never removes one: a published URL stays a promise.
 */
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { idFromPath } from '../src/lib/ids.ts';
import { REGISTRY_FILE, updatedRegistry } from '../src/lib/permalinks.ts';
import { CONTENT_DIR } from '../src/site.config.ts';

const mdxIds = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => ({ id: idFromPath(f), data: { formerIds: [] } }))
    : [];

const file = join(CONTENT_DIR, REGISTRY_FILE);
const before: string[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
const after = updatedRegistry(before, {
  briefings: mdxIds(join(CONTENT_DIR, 'briefings')),
  recommendations: mdxIds(join(CONTENT_DIR, 'recommendations')),
});
writeFileSync(file, `${JSON.stringify(after, null, 2)}\n`);
const added = after.filter((url) => !before.includes(url));
console.log(added.length ? `Added ${added.length} URL(s) to ${file}:\n${added.map((u) => `  ${u}`).join('\n')}` : `${file} already lists every URL.`);
