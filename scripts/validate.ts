/**
 * `npm run validate`: checks the content without building the site — every file against the
 * schema, then the links between entries and the permalink registry — and prints every problem at
 * once, each with its file, line, field and fix. Exits non-zero when there is any.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { mdxToMdast } from 'satteri';
import { LineCounter, parseDocument } from 'yaml';
import { duplicateIdMessage, idFromPath } from '../src/lib/ids.ts';
import { REGISTRY_FILE } from '../src/lib/permalinks.ts';
import { contentSchemas, type CollectionName } from '../src/lib/schemas.ts';
import type { ContentInput, Entry } from '../src/lib/types.ts';
import { findProblems, formatProblems, type ContentProblem } from '../src/lib/validate.ts';
import { CONTENT_DIR } from '../src/site.config.ts';

// Outside Astro a reference is just the id, shaped as Astro shapes it.
const schemas = contentSchemas((collection: CollectionName) => z.string().transform((id) => ({ id, collection })));
const problems: ContentProblem[] = [];
/** Ids of files that could not be read: problems that only follow from them are not repeated. */
const unreadable = new Set<string>();
const display = (path: string) => relative(process.cwd(), path) || path;

/** YAML with its line numbers; a syntax error becomes a problem naming the line. */
function parseYaml(text: string, file: string, firstLine: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  for (const error of doc.errors) {
    problems.push({ file: display(file), line: firstLine + (error.linePos?.[0]?.line ?? 1) - 1, field: '(YAML)', message: `the YAML cannot be read: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, hint: 'check indentation, colons and quotes on that line (text with ": " in it needs quotes).' });
  }
  const lineOf = (path: (string | number)[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number] } | undefined;
      if (node?.range) return firstLine + lineCounter.linePos(node.range[0]).line - 1;
    }
    return firstLine;
  };
  return { data: doc.errors.length ? undefined : doc.toJS(), lineOf };
}

function schemaProblems(issues: z.core.$ZodIssue[], file: string, lineOf: (path: (string | number)[]) => number, prefix: (string | number)[] = []) {
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || '(frontmatter)';
    problems.push({ file: display(file), line: lineOf(path), field, message: issue.message, hint: 'see the example in README.md ("Adding a briefing", "Adding a recommendation").' });
  }
}

/** The body must be MDX that Astro's MDX parser (Sätteri) accepts; its error names the line. */
async function checkMdx(body: string, file: string, bodyStartLine: number) {
  try {
    await mdxToMdast(body);
  } catch (error) {
    const message = (error as Error).message;
    const [, line, column] = /^(\d+):(\d+):/.exec(message) ?? [];
    const fileLine = line ? bodyStartLine + Number(line) - 1 : undefined;
    problems.push({
      file: `${display(file)}${fileLine ? `:${fileLine}:${column}` : ''}`,
      field: '(MDX body)',
      message: message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\(\d+:\d+\)/, ''),
      hint: 'close every tag you open (<em>…</em>), write a literal < or { as \\< or \\{, and close components with />.',
    });
  }
}

async function readEntries<T>(dir: string, collection: 'briefings' | 'recommendations', schema: z.ZodType<T>): Promise<Entry<T>[]> {
  if (!existsSync(dir)) return [];
  const entries: Entry<T>[] = [];
  const seen = new Map<string, string[]>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).sort()) {
    const file = join(dir, name);
    const id = idFromPath(name);
    seen.set(id, [...(seen.get(id) ?? []), display(file)]);
    const text = readFileSync(file, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    if (!match) {
      problems.push({ file: display(file), line: 1, field: '(frontmatter)', message: 'the file has no frontmatter.', hint: 'start it with a line "---", the fields, and another "---".' });
      continue;
    }
    const { data, lineOf } = parseYaml(match[1]!, file, 2);
    const parsed = data === undefined ? undefined : schema.safeParse(data ?? {});
    if (!parsed?.success) {
      if (parsed) schemaProblems(parsed.error.issues, file, lineOf);
      unreadable.add(id);
      continue;
    }
    const body = text.slice(match[0].length);
    await checkMdx(body, file, match[0].split('\n').length);
    entries.push({ id, data: parsed.data, filePath: display(file), body });
  }
  for (const [id, paths] of seen) {
    if (paths.length > 1) problems.push({ file: paths[1]!, field: '(file name)', message: duplicateIdMessage(collection, id, paths).split(' Fix: ')[0]!, hint: 'rename one of the files; the file name is the id and part of a permanent URL.' });
  }
  return entries;
}

function readList<T>(file: string, schema: z.ZodType<T>): Entry<T>[] {
  if (!existsSync(file)) {
    problems.push({ file: display(file), field: '(file)', message: 'the file is missing.', hint: 'create it; see README.md.' });
    return [];
  }
  const { data, lineOf } = parseYaml(readFileSync(file, 'utf8'), file, 1);
  if (data === undefined) return [];
  if (!Array.isArray(data)) {
    problems.push({ file: display(file), line: 1, field: '(file)', message: 'expected a YAML list of entries ("- id: …").', hint: 'start each entry with "- id:".' });
    return [];
  }
  const entries: Entry<T>[] = [];
  const ids = new Set<string>();
  data.forEach((item: unknown, i: number) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) return schemaProblems(parsed.error.issues, file, lineOf, [i]);
    const id = (item as { id: string }).id;
    if (ids.has(id)) problems.push({ file: display(file), line: lineOf([i, 'id']), field: `[${i}].id`, message: `the id "${id}" is used twice.`, hint: 'give each entry its own id.' });
    ids.add(id);
    entries.push({ id, data: parsed.data, filePath: display(file) });
  });
  return entries;
}

const content = {
  briefings: await readEntries(join(CONTENT_DIR, 'briefings'), 'briefings', schemas.briefing),
  recommendations: await readEntries(join(CONTENT_DIR, 'recommendations'), 'recommendations', schemas.recommendation),
  tags: readList(join(CONTENT_DIR, 'tags.yaml'), schemas.tag),
  actors: readList(join(CONTENT_DIR, 'actors.yaml'), schemas.actor),
  permalinks: existsSync(join(CONTENT_DIR, REGISTRY_FILE)) ? (JSON.parse(readFileSync(join(CONTENT_DIR, REGISTRY_FILE), 'utf8')) as string[]) : [],
} as unknown as ContentInput;
problems.push(
  ...findProblems(content, display(CONTENT_DIR)).filter(
    (p) => ![...unreadable].some((id) => p.message.includes(`id "${id}"`) || p.message.includes(`/${id}/`)),
  ),
);

if (problems.length > 0) {
  console.error(formatProblems(problems).replace('; nothing was built.', '.'));
  process.exit(1);
}
console.log(`The content is valid: ${content.briefings.length} briefings, ${content.recommendations.length} recommendations, ${content.tags.length} tags, ${content.actors.length} actors.`);
