/**
 * Who proposes each recommendation, read straight from the content files' frontmatter, so tests of
 * attribution derive their expectations from the content and not from the site's own code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface BriefingRow {
  id: string;
  title: string;
  analyst: { name: string };
  citedSources: { id: string; name: string }[];
}

export interface ProposalRow {
  id: string;
  briefing: string;
  /** "analyst" or a cited source id, as written. */
  proposer: string;
  /** The analyst's or the cited report's name, as readers see it. */
  proposerName: string;
  tags: string[];
  actors: string[];
}

const frontmatter = (file: string) => (parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') ?? {}) as Record<string, unknown>;
const mdxFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({
      id: f
        .split('/')
        .pop()!
        .replace(/\.mdx$/, ''),
      file: join(dir, f),
    }));

export function readProposals(contentDir: string): { briefings: Map<string, BriefingRow>; recommendations: ProposalRow[] } {
  const briefings = new Map(
    mdxFiles(join(contentDir, 'briefings')).map(({ id, file }) => {
      const data = frontmatter(file) as Omit<BriefingRow, 'id'>;
      return [id, { id, title: data.title, analyst: data.analyst, citedSources: data.citedSources ?? [] }] as const;
    }),
  );
  const recommendations = mdxFiles(join(contentDir, 'recommendations')).map(({ id, file }) => {
    const data = frontmatter(file) as { briefing: string; proposer: string; tags?: string[]; actors?: string[] };
    const briefing = briefings.get(data.briefing);
    const proposerName = data.proposer === 'analyst' ? briefing?.analyst.name : briefing?.citedSources.find((s) => s.id === data.proposer)?.name;
    if (!proposerName) throw new Error(`${file}: no proposer "${data.proposer}" in the briefing "${data.briefing}".`);
    return { id, briefing: data.briefing, proposer: data.proposer, proposerName, tags: data.tags ?? [], actors: data.actors ?? [] };
  });
  return { briefings, recommendations };
}
