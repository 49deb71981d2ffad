/**
 * The one content checker: `npm run validate` prints what it finds, and `npm run build` runs it
 * before Astro starts and stops on the same problems, so the two agree on every input by
 * construction. It reads the content through the one content reader (content-reader.ts: the
 * collections' own file patterns, YAML as Astro parses it), applies the collections' own schemas, the
 * MDX policy and the cross-entry checks, and reports every problem with file, line, field and fix.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { mdxToMdast } from 'satteri';
import { COLLECTION_FILES } from '../../src/model/collection-files.ts';
import { duplicateId, idFromPath } from '../../src/model/ids.ts';
import { mdxPolicyProblems, type MdxNode } from '../../src/model/mdx-policy.ts';
import { REGISTRY_FILE, unrecordedPermalinks } from '../../src/model/permalinks.ts';
import { readRegistry } from '../../src/model/registry-file.ts';
import { contentSchemas, type CollectionName } from '../../src/model/schemas.ts';
import type { ContentInput, Entry } from '../../src/model/types.ts';
import { findProblems, type ContentProblem } from '../../src/model/checks.ts';
import { collectionFiles, parseYaml, readText, splitFrontmatter } from './content-reader.ts';

// Outside Astro a reference is just the id, shaped as Astro shapes it.
const schemas = contentSchemas((collection: CollectionName) => z.string().transform((id) => ({ id, collection })));

export interface ContentCheck {
  content: ContentInput;
  problems: ContentProblem[];
  /** Every entry file read, relative to the content folder: the build notices moves with it. */
  files: string[];
}

const README_HINT = 'see the example in README.md ("Adding a briefing", "Adding a recommendation").';

/** Edit distance, for "did you mean": misspelt keys are a letter or two away from the real one. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export function nearestKey(key: string, known: string[]): string | undefined {
  const lower = key.toLowerCase();
  const scored = known.map((k) => ({ k, d: k.toLowerCase() === lower ? 0 : distance(lower, k.toLowerCase()) })).sort((x, y) => x.d - y.d);
  const best = scored[0];
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.k : undefined;
}

/** The keys an object schema accepts at `path` (array indexes and wrappers stepped through). */
function keysAt(schema: z.ZodType, path: (string | number)[]): string[] {
  let node: unknown = schema;
  const def = (n: unknown) => (n as { _zod: { def: Record<string, unknown> } })._zod.def;
  const unwrap = () => {
    for (;;) {
      const d = def(node);
      if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(d.type as string)) node = d.innerType;
      else if (d.type === 'pipe') node = d.in;
      else return d;
    }
  };
  for (const step of path) {
    const d = unwrap();
    if (d.type === 'object') node = (d.shape as Record<string, unknown>)[String(step)];
    else if (d.type === 'array') node = d.element;
    if (!node) return [];
  }
  const d = unwrap();
  return d.type === 'object' ? Object.keys(d.shape as object) : [];
}

const fieldName = (path: (string | number)[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || '(frontmatter)';

class Checker {
  readonly problems: ContentProblem[] = [];
  /** Ids of entries that could not be read: problems that only follow from them are not repeated. */
  readonly unreadable = { briefings: new Set<string>(), recommendations: new Set<string>(), lists: new Set<'tags' | 'actors'>() };
  readonly files: string[] = [];
  readonly contentDir: string;
  readonly shownDir: string;
  constructor(contentDir: string, shownDir: string) {
    this.contentDir = contentDir;
    this.shownDir = shownDir;
  }

  shown(path: string) {
    return `${this.shownDir}/${path}`;
  }

  /** YAML as Astro reads it (timestamps included), with line numbers; failures become problems. */
  yaml(text: string, file: string, firstLine: number) {
    const { doc, lineCounter } = parseYaml(text);
    for (const error of doc.errors) {
      this.problems.push({
        file,
        line: firstLine + (error.linePos?.[0]?.line ?? 1) - 1,
        field: '(YAML)',
        message: `the YAML cannot be read: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        hint: 'check indentation, colons and quotes on that line (text with ": " in it needs quotes).',
      });
    }
    const lineOf = (path: (string | number)[]) => {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number] } | undefined;
        if (node?.range) return firstLine + lineCounter.linePos(node.range[0]).line - 1;
      }
      return firstLine;
    };
    const keyLine = (path: (string | number)[], key: string) => {
      const parent = path.length ? doc.getIn(path, true) : doc.contents;
      const pair = (parent as { items?: { key?: { value?: unknown; range?: [number, number] } }[] } | null)?.items?.find((item) => item.key?.value === key);
      return pair?.key?.range ? firstLine + lineCounter.linePos(pair.key.range[0]).line - 1 : lineOf(path);
    };
    if (doc.errors.length) return { data: undefined, lineOf, keyLine };
    try {
      return { data: doc.toJS({ maxAliasCount: 50 }) as unknown, lineOf, keyLine };
    } catch (error) {
      this.problems.push({ file, line: firstLine, field: '(YAML)', message: `the YAML cannot be read: ${(error as Error).message}.`, hint: 'write the values out instead of repeating them through aliases (*name).' });
      return { data: undefined, lineOf, keyLine };
    }
  }

  schema<T>(schema: z.ZodType<T>, data: unknown, file: string, where: { lineOf: (p: (string | number)[]) => number; keyLine: (p: (string | number)[], key: string) => number }, prefix: (string | number)[] = []) {
    const parsed = schema.safeParse(data ?? {});
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const path = issue.path as (string | number)[];
      if (issue.code === 'unrecognized_keys') {
        const known = keysAt(schema, path);
        for (const key of issue.keys) {
          const near = nearestKey(key, known);
          this.problems.push({
            file,
            line: where.keyLine([...prefix, ...path], key),
            field: fieldName([...prefix, ...path, key]),
            message: `is not a field${path.length ? ` of ${fieldName([...prefix, ...path])}` : ''}, so its value would be lost.`,
            hint: near ? `did you mean "${near}"? Rename the key.` : `use one of ${known.join(', ')}, or remove it.`,
          });
        }
      } else {
        this.problems.push({ file, line: where.lineOf([...prefix, ...path]), field: fieldName([...prefix, ...path]), message: issue.message, hint: README_HINT });
      }
    }
    return undefined;
  }

  /** The body must be MDX that Astro's parser accepts and that stays within the MDX policy. */
  async body(body: string, file: string, bodyStartLine: number, components: string[]) {
    let tree: MdxNode;
    try {
      tree = (await mdxToMdast(body)) as unknown as MdxNode;
    } catch (error) {
      const message = (error as Error).message;
      const [, line, column] = /^(\d+):(\d+):/.exec(message) ?? [];
      const fileLine = line ? bodyStartLine + Number(line) - 1 : undefined;
      this.problems.push({
        file: `${file}${fileLine ? `:${fileLine}:${column}` : ''}`,
        field: '(MDX body)',
        message: message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\(\d+:\d+\)/, ''),
        hint: 'close every tag you open (<em>…</em>), write a literal < or { as \\< or \\{, and close components with />.',
      });
      return;
    }
    for (const problem of mdxPolicyProblems(tree, components)) {
      this.problems.push({ file, line: bodyStartLine + problem.line - 1, field: '(MDX body)', message: problem.message, hint: problem.hint });
    }
  }

  /** Files in a collection's folder that the collection would not read: said, never dropped. */
  strays(collection: 'briefings' | 'recommendations', names: string[], entries: Set<string>) {
    for (const name of names) {
      const base = name.split('/').pop()!;
      if (base.startsWith('.') || entries.has(name)) continue;
      const path = `${COLLECTION_FILES[collection].folder}/${name}`;
      if (/\.mdx$/i.test(base) && collection === 'briefings') {
        this.problems.push({ file: this.shown(path), field: '(file)', message: 'a briefing in a subfolder is not read, so it would be missing from the site.', hint: `move it to ${this.shownDir}/briefings/ itself.` });
      } else if (/\.(mdx|md|markdown)$/i.test(base)) {
        this.problems.push({ file: this.shown(path), field: '(file)', message: 'is not read: only files ending in ".mdx" (lowercase) are entries, so this one would be missing from the site.', hint: `rename it to ${base.replace(/\.[^.]+$/, '.mdx')}.` });
      }
    }
  }

  async entries<T>(collection: 'briefings' | 'recommendations', schema: z.ZodType<T>): Promise<Entry<T>[]> {
    const folder = join(this.contentDir, COLLECTION_FILES[collection].folder);
    const files = collectionFiles(this.contentDir, collection);
    this.strays(collection, files.all, new Set(files.entries));
    const entries: Entry<T>[] = [];
    const seen = new Map<string, string[]>();
    for (const name of files.entries) {
      const path = `${COLLECTION_FILES[collection].folder}/${name}`;
      const file = this.shown(path);
      this.files.push(path);
      const id = idFromPath(name);
      seen.set(id, [...(seen.get(id) ?? []), file]);
      const parts = splitFrontmatter(readText(join(folder, name)));
      if (!parts) {
        this.problems.push({ file, line: 1, field: '(frontmatter)', message: 'the file has no frontmatter.', hint: 'start it with a line "---", the fields, and another "---".' });
        this.unreadable[collection].add(id);
        continue;
      }
      const yaml = this.yaml(parts.yaml, file, 2);
      const data = yaml.data === undefined ? undefined : this.schema(schema, yaml.data, file, yaml);
      const { body } = parts;
      await this.body(body, file, parts.bodyStartLine, collection === 'briefings' ? ['Recommendations'] : []);
      if (data === undefined) {
        this.unreadable[collection].add(id);
        continue;
      }
      entries.push({ id, data, filePath: file, body });
    }
    for (const [id, paths] of seen) {
      if (paths.length > 1) {
        this.problems.push({ file: paths[1]!, field: '(file name)', ...duplicateId(collection, id, paths) });
      }
    }
    return entries;
  }

  list<T>(kind: 'tags' | 'actors', schema: z.ZodType<T>): Entry<T>[] {
    const name = COLLECTION_FILES[kind];
    const file = this.shown(name);
    const path = join(this.contentDir, name);
    if (!existsSync(path)) {
      this.problems.push({ file, field: '(file)', message: 'the file is missing.', hint: 'create it; see README.md.' });
      return [];
    }
    const yaml = this.yaml(readText(path), file, 1);
    if (yaml.data === undefined || !Array.isArray(yaml.data)) this.unreadable.lists.add(kind);
    if (yaml.data === undefined) return [];
    if (!Array.isArray(yaml.data)) {
      this.problems.push({ file, line: 1, field: '(file)', message: 'expected a YAML list of entries ("- id: …").', hint: 'start each entry with "- id:".' });
      return [];
    }
    const entries: Entry<T>[] = [];
    const ids = new Set<string>();
    yaml.data.forEach((item: unknown, i: number) => {
      const data = this.schema(schema, item, file, yaml, [i]);
      if (data === undefined) return;
      const id = (item as { id: string }).id;
      if (ids.has(id)) this.problems.push({ file, line: yaml.lineOf([i, 'id']), field: `[${i}].id`, message: `the id "${id}" is used twice.`, hint: 'give each entry its own id.' });
      ids.add(id);
      entries.push({ id, data, filePath: file });
    });
    return entries;
  }
}

/**
 * Reads and checks the content folder; `shownDir` is how file names are printed (relative to the
 * project). A deploy build (`publishing`, i.e. SITE_URL set) also refuses pages the registry of
 * published URLs does not list yet, so what is published is always what is protected.
 */
export async function checkContent(contentDir: string, { shownDir = relative(process.cwd(), contentDir) || contentDir, publishing = false } = {}): Promise<ContentCheck> {
  const checker = new Checker(contentDir, shownDir.replace(/^\.\//, ''));
  const registry = readRegistry(contentDir, checker.shown('').replace(/\/$/, ''));
  checker.problems.push(...registry.problems);
  const content: ContentInput = {
    briefings: await checker.entries('briefings', schemas.briefing),
    recommendations: await checker.entries('recommendations', schemas.recommendation),
    tags: checker.list('tags', schemas.tag),
    actors: checker.list('actors', schemas.actor),
    permalinks: registry.problems.length ? undefined : registry.urls,
  } as unknown as ContentInput;
  checker.problems.push(...findProblems(content, checker.shown('').replace(/\/$/, ''), checker.unreadable));
  if (publishing && content.permalinks) {
    for (const url of unrecordedPermalinks(content.permalinks, content)) {
      checker.problems.push({
        file: checker.shown(REGISTRY_FILE),
        field: '(list)',
        message: `${url} would be published but is not recorded, so a later rename could break it unnoticed.`,
        hint: `run npm run permalinks:update and commit ${checker.shown(REGISTRY_FILE)} with the content.`,
      });
    }
  }
  return { content, problems: checker.problems, files: checker.files };
}
