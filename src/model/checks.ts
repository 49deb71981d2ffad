/**
 * Cross-entry checks the per-entry schema cannot make: every reference resolves, ids are unique and
 * well formed, relations are declared once. All problems are collected and reported together, each
 * naming the file and field and saying how to fix it, so an editor fixes everything in one pass.
 */
import { idHint, isValidId } from './ids.ts';
import { REGISTRY_FILE, parsePermalink, producedPermalinks } from './permalinks.ts';
import { pairKey } from '../graph/relations.ts';
import type { ContentInput, Entry } from './types.ts';
import { ANALYST } from './vocabulary.ts';
import { placements } from './mdx-body.ts';

export interface ContentProblem {
  /** Source file, relative to the project root. */
  file: string;
  /** Line in the file, where known. */
  line?: number;
  /** The frontmatter field (with index) at fault. */
  field: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it, in one sentence. */
  hint: string;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Every problem, one per item, under a line that counts them and says what followed (e.g. "nothing was built"). */
export function formatProblems(problems: ContentProblem[], outcome = 'nothing was built'): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = problems.map((p) => `- ${p.file}${p.line ? `:${p.line}` : ''}: field "${p.field}": ${p.message}\n  Fix: ${p.hint}`);
  return `The content has ${count}${outcome ? `; ${outcome}` : ''}.\n${lines.join('\n')}`;
}

/** Entries that exist but could not be read: they are reported once, not again by every reference to them. */
export interface Unreadable {
  briefings: Set<string>;
  recommendations: Set<string>;
  /** Lists (tags.yaml, actors.yaml) that could not be read at all. */
  lists?: Set<'tags' | 'actors'>;
}

/** `<Recommendations proposer="…" />` placements in a briefing body (the site model reads them too). */
export const placedProposers = placements;

const fileOf = (entry: Entry<unknown>, fallback: string) => entry.filePath ?? fallback;

function listIds(entries: { id: string }[]): string {
  const ids = entries.map((e) => e.id).sort();
  return ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, …` : ids.join(', ');
}

export function findProblems(
  content: ContentInput,
  contentDir = 'content',
  unreadable: Unreadable = { briefings: new Set(), recommendations: new Set() },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const briefings = new Map(content.briefings.map((b) => [b.id, b]));
  const recommendations = new Map(content.recommendations.map((r) => [r.id, r]));
  const tagIds = new Set(content.tags.map((t) => t.id));
  const actorIds = new Set(content.actors.map((a) => a.id));

  for (const briefing of content.briefings) {
    const file = fileOf(briefing, `${contentDir}/briefings/${briefing.id}.mdx`);
    if (!isValidId(briefing.id)) {
      problems.push({ file, field: '(file name)', message: idHint(briefing.id), hint: 'rename the file; the file name is the briefing id and its URL.' });
    }
    const sourceIds = new Set<string>();
    briefing.data.citedSources.forEach((source, i) => {
      if (source.id === ANALYST || sourceIds.has(source.id)) {
        problems.push({
          file,
          field: `citedSources[${i}].id`,
          message: `the id "${source.id}" is ${source.id === ANALYST ? "reserved for the briefing's own analyst" : 'used twice'}.`,
          hint: 'give each cited source its own id, e.g. "atlantic-council-report".',
        });
      }
      sourceIds.add(source.id);
    });
    for (const { proposer, line } of placedProposers(briefing.body ?? '')) {
      if (proposer === null) {
        problems.push({
          file,
          field: `body (line ${line} after the frontmatter)`,
          message: '<Recommendations /> has no proposer.',
          hint: `write <Recommendations proposer="${ANALYST}" /> or use the id of one of the briefing's citedSources.`,
        });
      } else if (proposer !== ANALYST && !sourceIds.has(proposer)) {
        problems.push({
          file,
          field: `body (line ${line} after the frontmatter)`,
          message: `<Recommendations proposer="${proposer}" /> names no proposer of this briefing.`,
          hint: `use "${ANALYST}" or one of the citedSources ids (${[...sourceIds].join(', ') || 'none declared'}).`,
        });
      }
    }
  }

  const orders = new Map<string, Map<number, string>>();
  const declaredPairs = new Map<string, string>();
  for (const rec of content.recommendations) {
    const file = fileOf(rec, `${contentDir}/recommendations/${rec.data.briefing.id}/${rec.id}.mdx`);
    const briefing = briefings.get(rec.data.briefing.id);
    if (!isValidId(rec.id)) {
      problems.push({
        file,
        field: '(file name)',
        message: idHint(rec.id),
        hint: 'rename the file; the file name is the recommendation id and its permanent URL.',
      });
    }
    if (!briefing) {
      if (!unreadable.briefings.has(rec.data.briefing.id))
        problems.push({
          file,
          field: 'briefing',
          message: `no briefing has the id "${rec.data.briefing.id}".`,
          hint: `use the file name (without .mdx) of a briefing in ${contentDir}/briefings/: ${listIds(content.briefings) || 'none yet'}.`,
        });
    } else {
      const folder = rec.filePath?.split('/').slice(-2, -1)[0];
      if (rec.filePath && folder !== briefing.id) {
        problems.push({
          file,
          field: 'briefing',
          message: `the file sits in the folder "${folder}" but belongs to the briefing "${briefing.id}".`,
          hint: `move it to ${contentDir}/recommendations/${briefing.id}/, or correct the briefing field.`,
        });
      }
      const seen = orders.get(briefing.id) ?? new Map<number, string>();
      const other = seen.get(rec.data.order);
      if (other) {
        problems.push({
          file,
          field: 'order',
          message: `order ${rec.data.order} is also used by "${other}" in the same briefing.`,
          hint: 'give each recommendation of a briefing its own position (1, 2, 3, …).',
        });
      }
      seen.set(rec.data.order, rec.id);
      orders.set(briefing.id, seen);
      const sources = briefing.data.citedSources.map((s) => s.id);
      if (rec.data.proposer !== ANALYST && !sources.includes(rec.data.proposer)) {
        problems.push({
          file,
          field: 'proposer',
          message: `"${rec.data.proposer}" is neither "${ANALYST}" nor a cited source of the briefing "${briefing.id}".`,
          hint: `write "${ANALYST}" for the briefing's own analyst, or add the report to the briefing's citedSources and use its id${sources.length ? ` (${sources.join(', ')})` : ''}.`,
        });
      }
    }
    if (!unreadable.lists?.has('tags')) checkRefs(rec.data.tags, tagIds, 'tags', 'tag', `${contentDir}/tags.yaml`, content.tags);
    if (!unreadable.lists?.has('actors')) checkRefs(rec.data.actors, actorIds, 'actors', 'actor', `${contentDir}/actors.yaml`, content.actors);
    rec.data.related.forEach(({ recommendation }, i) => {
      const field = `related[${i}].recommendation`;
      if (recommendation.id === rec.id) {
        problems.push({ file, field, message: 'a recommendation cannot be related to itself.', hint: 'remove this entry.' });
      } else if (!recommendations.has(recommendation.id)) {
        if (unreadable.recommendations.has(recommendation.id)) return;
        problems.push({
          file,
          field,
          message: `no recommendation has the id "${recommendation.id}".`,
          hint: 'use the file name (without .mdx) of an existing recommendation, or remove this relation.',
        });
      } else {
        const key = pairKey(rec.id, recommendation.id);
        const first = declaredPairs.get(key);
        if (first) {
          problems.push({
            file,
            field,
            message: `the relation with "${recommendation.id}" is already declared in ${first}.`,
            hint: 'declare a relation in one of the two files only; both pages show it.',
          });
        } else {
          declaredPairs.set(key, file);
        }
      }
    });

    function checkRefs(refs: { id: string }[], known: Set<string>, field: string, noun: string, where: string, all: { id: string }[]) {
      const seen = new Set<string>();
      refs.forEach(({ id }, i) => {
        if (!known.has(id)) {
          problems.push({
            file,
            field: `${field}[${i}]`,
            message: `no ${noun} has the id "${id}".`,
            hint: `use an id from ${where} (${listIds(all)}), or add the ${noun} there first.`,
          });
        } else if (seen.has(id)) {
          problems.push({ file, field: `${field}[${i}]`, message: `"${id}" is listed twice.`, hint: 'list each once.' });
        }
        seen.add(id);
      });
    }
  }
  checkFormerIds(content, contentDir, problems);
  checkRegistry(content, contentDir, problems, unreadable);
  return problems;
}

/** A former id redirects its old URL; it may not be any entry's current id or another's former id. */
function checkFormerIds(content: ContentInput, contentDir: string, problems: ContentProblem[]) {
  for (const [kind, entries] of [
    ['briefing', content.briefings],
    ['recommendation', content.recommendations],
  ] as const) {
    const current = new Set(entries.map((e) => e.id));
    const claimed = new Map<string, string>();
    for (const entry of entries) {
      const file = fileOf(entry, `${contentDir}/${kind}s/${entry.id}.mdx`);
      entry.data.formerIds.forEach((old, i) => {
        const field = `formerIds[${i}]`;
        if (current.has(old)) {
          problems.push({
            file,
            field,
            message: `"${old}" is the id of a current ${kind}, so its URL cannot redirect here.`,
            hint: `remove it from formerIds, or rename that ${kind}.`,
          });
        } else if (claimed.has(old)) {
          problems.push({
            file,
            field,
            message: `"${old}" is also a former id of ${claimed.get(old)}.`,
            hint: 'an old URL can redirect to one place only: keep it in one file.',
          });
        } else {
          claimed.set(old, file);
        }
      });
    }
  }
}

/** Every URL ever published must still be produced, as a page or a redirect. */
function checkRegistry(content: ContentInput, contentDir: string, problems: ContentProblem[], unreadable: Unreadable) {
  if (!content.permalinks) return;
  const { pages, redirects } = producedPermalinks(content);
  const produced = new Set([...pages, ...redirects.keys()]);
  const file = `${contentDir}/${REGISTRY_FILE}`;
  content.permalinks.forEach((url, i) => {
    const named = parsePermalink(url);
    if (!named) {
      problems.push({
        file,
        field: `[${i}]`,
        message: `"${url}" is not a briefing or recommendation URL.`,
        hint: 'list URLs as "/briefings/<id>/" or "/recommendations/<id>/".',
      });
    } else if (!produced.has(url) && !unreadable[`${named.kind}s`].has(named.id)) {
      problems.push({
        file,
        field: `[${i}]`,
        message: `the published URL ${url} would no longer exist: no ${named.kind} has the id "${named.id}".`,
        hint: `if you renamed it, add "${named.id}" to the renamed ${named.kind}'s formerIds so the old URL redirects; published URLs are never removed.`,
      });
    }
  });
}

/** Throws one ContentError listing every problem, or returns when the content is sound. */
export function assertValidContent(content: ContentInput, contentDir?: string): void {
  const problems = findProblems(content, contentDir);
  if (problems.length > 0) throw new ContentError(problems);
}
