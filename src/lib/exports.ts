/**
 * Every recommendation as data: /recommendations.json (described by /recommendations.schema.json,
 * generated from the schema below so the two cannot drift) and /recommendations.csv, same rows.
 */
import { z } from 'astro/zod';
import type { SiteModel } from '../graph/graph.ts';
import { absoluteUrl, createRoutes, type Routes } from './urls.ts';

export const RecommendationRow = z.object({
  id: z.string().describe('Stable id; also the last part of the permalink.'),
  permalink: z.string().describe('Absolute URL of the recommendation’s own page.'),
  title: z.string().describe('Short title.'),
  summary: z.string().describe('One sentence: what is proposed.'),
  briefing: z.object({ id: z.string(), title: z.string(), url: z.string().describe('Absolute URL of the briefing.') }),
  analyst: z.string().describe('Author of the analysis the briefing summarises.'),
  proposer: z.string().describe('Who makes the proposal: the analyst, or a report the briefing cites.'),
  tags: z.array(z.object({ id: z.string(), label: z.string() })),
  actors: z.array(z.object({ id: z.string(), label: z.string() })),
  relations: z
    .array(
      z.object({
        recommendation: z.string().describe('Id of the related recommendation.'),
        relation: z.string().describe('As seen from this recommendation: "Agrees with", "Contrasts with", "Extends" or "Extended by".'),
        note: z.string(),
      }),
    )
    .describe('Declared in either recommendation; listed on both.'),
});
export type RecommendationRow = z.infer<typeof RecommendationRow>;

export const RecommendationsExport = z.object({
  $schema: z.string().describe('URL of this JSON Schema.'),
  site: z.string(),
  recommendations: z.array(RecommendationRow),
});

export function recommendationRows(site: SiteModel, origin: string, routes: Routes = createRoutes('/')): RecommendationRow[] {
  return site.recommendations.map((rec) => ({
    id: rec.id,
    permalink: absoluteUrl(routes.recommendation(rec.id), origin),
    title: rec.data.title,
    summary: rec.data.summary,
    briefing: { id: rec.briefing.id, title: rec.briefing.data.title, url: absoluteUrl(routes.briefing(rec.briefing.id), origin) },
    analyst: rec.briefing.data.analyst.name,
    proposer: rec.proposerName,
    tags: rec.tags.map((tag) => ({ id: tag.id, label: tag.data.label })),
    actors: rec.actors.map((actor) => ({ id: actor.id, label: actor.data.label })),
    relations: rec.relations.map((view) => ({ recommendation: view.otherId, relation: view.label, note: view.note })),
  }));
}

export const CSV_COLUMNS = [
  'id',
  'permalink',
  'title',
  'summary',
  'briefing_id',
  'briefing_title',
  'analyst',
  'proposer',
  'tags',
  'actors',
  'relations',
] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @, a tab or a carriage return as a formula
 * (=HYPERLINK can leak other cells); OWASP's CSV Injection advice is to prefix such a cell with "'",
 * also when whitespace comes first. A leading "-" is neutralised too, so a negative number would gain
 * a "'"; none of our fields holds one. CSV only: the JSON keeps the exact text.
 */
function neutraliseFormula(value: string): string {
  return /^(?:[\t\r]|\s*[=+\-@])/.test(value) ? `'${value}` : value;
}

/**
 * RFC 4180: every field quoted, quotes doubled, CRLF line ends; lists joined with "; ". Each list
 * item is neutralised too, as a reader may split the cell at "; ".
 */
export function toCsv(rows: RecommendationRow[]): string {
  const quote = (value: string) => `"${neutraliseFormula(value).replace(/"/g, '""')}"`;
  const list = (items: string[]) => items.map(neutraliseFormula).join('; ');
  const lines = rows.map((row) =>
    [
      row.id,
      row.permalink,
      row.title,
      row.summary,
      row.briefing.id,
      row.briefing.title,
      row.analyst,
      row.proposer,
      list(row.tags.map((t) => t.label)),
      list(row.actors.map((a) => a.label)),
      list(row.relations.map((r) => `${r.relation} ${r.recommendation}`)),
    ]
      .map(quote)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
