/**
 * `npm run import -- <plain-text-file> <briefing-id>`: a draft briefing and one draft
 * recommendation per heading section, written into the content folder for an editor to finish.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { idHint, isValidId } from '../../src/model/ids.ts';
import { draftFiles, parseArticle } from './import-text.ts';
import { CONTENT_DIR } from '../../src/site.config.ts';
import { indexContent } from '../content/content-reader.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [source, briefingId] = process.argv.slice(2);
if (!source || !briefingId) fail('Usage: npm run import -- <plain-text-file> <briefing-id>');
if (!existsSync(source)) fail(`No file at ${source}.`);
if (!isValidId(briefingId)) fail(idHint(briefingId));
const content = indexContent(CONTENT_DIR);
const briefingFile = join(CONTENT_DIR, 'briefings', `${briefingId}.mdx`);
if (content.briefings.includes(briefingId)) fail(`${relative(process.cwd(), briefingFile)} exists already: choose another id.`);

const { briefing, recommendations } = draftFiles(parseArticle(readFileSync(source, 'utf8')), briefingId, content.tags[0] ?? '');
const recsRoot = join(CONTENT_DIR, 'recommendations');
const existing = new Set(content.recommendations.map((r) => r.id));
const clash = recommendations.find((r) => existing.has(r.id));
if (clash) fail(`A recommendation with the id "${clash.id}" exists already: rename that heading in the text, or import under another briefing id.`);

mkdirSync(join(CONTENT_DIR, 'briefings'), { recursive: true });
writeFileSync(briefingFile, briefing);
const dir = join(recsRoot, briefingId);
mkdirSync(dir, { recursive: true });
for (const { id, mdx } of recommendations) writeFileSync(join(dir, `${id}.mdx`), mdx);
console.log(
  `Drafted ${relative(process.cwd(), briefingFile)} and ${recommendations.length} recommendations in ${relative(process.cwd(), dir)}/:\n` +
    recommendations.map((r) => `  ${r.id}`).join('\n') +
    '\nEvery field says DRAFT or holds a placeholder: finish them, move narrative back into the briefing, then npm run validate.',
);
