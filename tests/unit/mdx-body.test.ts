import { describe, expect, it } from 'vitest';
import { bodyOutline } from '../../src/model/mdx-body';
import { placedProposers } from '../../src/model/checks';
import { contentsOrder } from '../../src/lib/reading';

const body = [
  'Intro',
  '',
  '## Context',
  '',
  '<Recommendations',
  "  proposer='atlantic-council-report'",
  '/>',
  '',
  '```mdx',
  '## Not a heading',
  '<Recommendations proposer="in-code" />',
  '```',
  '',
  '## Other views ##',
  'Text <Recommendations proposer="analyst" title="a > b" /> and <Recommendations />',
  '### Deeper',
].join('\n');

describe('a briefing body', () => {
  it('yields its ## headings and placements in order, a tag over several lines and either quote style included, with the line each starts on', () => {
    expect(bodyOutline(body)).toEqual([
      { kind: 'heading', text: 'Context', line: 3 },
      { kind: 'recommendations', proposer: 'atlantic-council-report', line: 5 },
      { kind: 'heading', text: 'Other views', line: 14 },
      { kind: 'recommendations', proposer: 'analyst', line: 15 },
      { kind: 'recommendations', proposer: null, line: 15 },
    ]);
  });

  it('is read the same way by the checks and by the contents list', () => {
    expect(placedProposers(body)).toEqual([
      { proposer: 'atlantic-council-report', line: 5 },
      { proposer: 'analyst', line: 15 },
      { proposer: null, line: 15 },
    ]);
    const headings = [
      { depth: 2, slug: 'context', text: 'Context' },
      { depth: 2, slug: 'other-views', text: 'Other views' },
      { depth: 3, slug: 'deeper', text: 'Deeper' },
    ];
    expect(contentsOrder(body, headings)).toEqual([
      { kind: 'heading', id: 'context', text: 'Context' },
      { kind: 'group', proposer: 'atlantic-council-report' },
      { kind: 'heading', id: 'other-views', text: 'Other views' },
      { kind: 'group', proposer: 'analyst' },
    ]);
  });
});
