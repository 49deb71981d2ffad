/**
 * Scaffolds a valid entry with every field present and commented, for an editor to fill in:
 *   npm run new:briefing -- <briefing-id>
 *   npm run new:recommendation -- <briefing-id> <recommendation-id>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { idHint, isValidId } from '../../src/model/ids.ts';
import { CONTENT_DIR } from '../../src/site.config.ts';
import { indexContent } from '../content/content-reader.ts';
import { RECOMMENDATION_PLACEHOLDERS, briefingFile, recommendationFile } from '../content/skeleton.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function checkId(id: string | undefined, what: string): string {
  if (!id) fail(`Give the ${what} id, e.g. npm run new:briefing -- smith-carnegie-2021`);
  if (!isValidId(id)) fail(idHint(id));
  return id;
}

const [kind, ...args] = process.argv.slice(2);
const briefingsDir = join(CONTENT_DIR, 'briefings');
const content = indexContent(CONTENT_DIR);

if (kind === 'briefing') {
  const id = checkId(args[0], 'briefing');
  const file = join(briefingsDir, `${id}.mdx`);
  if (content.briefings.includes(id)) fail(`${relative(process.cwd(), file)} exists already: choose another id, or edit that file.`);
  mkdirSync(briefingsDir, { recursive: true });
  writeFileSync(file, briefingFile());
  mkdirSync(join(CONTENT_DIR, 'recommendations', id), { recursive: true });
  console.log(
    `Wrote ${relative(process.cwd(), file)}.\nNext: fill it in, add recommendations with npm run new:recommendation -- ${id} <id>, and run npm run validate.`,
  );
} else if (kind === 'recommendation') {
  const briefing = checkId(args[0], 'briefing');
  const id = checkId(args[1], 'recommendation');
  if (!content.briefings.includes(briefing)) fail(`No briefing has the id "${briefing}": create it first with npm run new:briefing -- ${briefing}`);
  const taken = content.recommendations.find((r) => r.id === id);
  if (taken)
    fail(`A recommendation with the id "${id}" exists already (${relative(process.cwd(), join(CONTENT_DIR, taken.path))}): ids are unique across the site.`);
  const dir = join(CONTENT_DIR, 'recommendations', briefing);
  mkdirSync(dir, { recursive: true });
  const order = content.recommendations.filter((r) => r.path.startsWith(`recommendations/${briefing}/`)).length + 1;
  const file = join(dir, `${id}.mdx`);
  writeFileSync(file, recommendationFile({ ...RECOMMENDATION_PLACEHOLDERS, briefing, order, tags: content.tags.slice(0, 1), knownTags: content.tags }));
  console.log(
    `Wrote ${relative(process.cwd(), file)}.\nNext: fill it in, place it in the briefing with <Recommendations proposer="..." /> if needed, and run npm run validate.`,
  );
} else {
  fail('Usage: npm run new:briefing -- <briefing-id>, or npm run new:recommendation -- <briefing-id> <recommendation-id>');
}
