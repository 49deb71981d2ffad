import { describe, expect, it } from 'vitest';
import { ContentError, assertValidContent, findProblems, placedProposers } from '../../src/model/checks';
import { briefing, content, recommendation } from '../support/content';

describe('content validation', () => {
  it('accepts sound content', () => {
    expect(findProblems(content())).toEqual([]);
  });

  it('names the file and field of an unknown tag, and lists the known ones', () => {
    const problems = findProblems(content({ recommendations: [recommendation('a-one', 'a', { tags: [{ id: 'sanctoins' }] })] }));
    expect(problems).toEqual([
      {
        file: 'content/recommendations/a/a-one.mdx',
        field: 'tags[0]',
        message: 'no tag has the id "sanctoins".',
        hint: 'use an id from content/tags.yaml (militias, sanctions), or add the tag there first.',
      },
    ]);
  });

  it('reports an unknown actor and an unknown briefing', () => {
    const problems = findProblems(content({ recommendations: [recommendation('a-one', 'a', { actors: [{ id: 'baghdad' }] }), recommendation('x-one', 'x')] }));
    expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
      ['content/recommendations/a/a-one.mdx', 'actors[0]', 'no actor has the id "baghdad".'],
      ['content/recommendations/x/x-one.mdx', 'briefing', 'no briefing has the id "x".'],
    ]);
  });

  it('reports a broken related id and a relation to itself', () => {
    const problems = findProblems(
      content({
        recommendations: [
          recommendation('a-one', 'a', { related: [{ recommendation: { id: 'b-two' }, relation: 'agrees', note: 'n' }] }),
          recommendation('b-one', 'b', { related: [{ recommendation: { id: 'b-one' }, relation: 'agrees', note: 'n' }] }),
        ],
      }),
    );
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'related[0].recommendation: no recommendation has the id "b-two".',
      'related[0].recommendation: a recommendation cannot be related to itself.',
    ]);
  });

  it('refuses a relation declared in both files', () => {
    const problems = findProblems(
      content({
        recommendations: [
          recommendation('a-one', 'a', { related: [{ recommendation: { id: 'b-one' }, relation: 'agrees', note: 'n' }] }),
          recommendation('b-one', 'b', { related: [{ recommendation: { id: 'a-one' }, relation: 'agrees', note: 'n' }] }),
        ],
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/recommendations/b/b-one.mdx',
      message: expect.stringContaining('already declared in content/recommendations/a/a-one.mdx'),
    });
  });

  it('checks the proposer against the briefing and its cited sources', () => {
    const cited = briefing('a', { citedSources: [{ id: 'atlantic-council-report', name: 'Atlantic Council report', description: 'd' }] });
    const ok = recommendation('a-two', 'a', { order: 2, proposer: 'atlantic-council-report' });
    const bad = recommendation('a-three', 'a', { order: 3, proposer: 'wsj' });
    const problems = findProblems(
      content({ briefings: [cited, briefing('b')], recommendations: [recommendation('a-one', 'a'), ok, bad, recommendation('b-one', 'b')] }),
    );
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/recommendations/a/a-three.mdx proposer']);
    expect(problems[0]?.hint).toContain('atlantic-council-report');
  });

  it('catches two recommendations at one position, a misfiled file and a badly formed id', () => {
    const misfiled = { ...recommendation('b-two', 'b', { order: 1 }), filePath: 'content/recommendations/a/b-two.mdx' };
    const problems = findProblems(
      content({ recommendations: [recommendation('a-one', 'a'), recommendation('Bad_Id', 'b', { order: 2 }), recommendation('b-one', 'b'), misfiled] }),
    );
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      '(file name): "Bad_Id" is not a valid id: use lowercase letters, digits and single hyphens, e.g. "bad-id".',
      'briefing: the file sits in the folder "a" but belongs to the briefing "b".',
      'order: order 1 is also used by "b-one" in the same briefing.',
    ]);
  });

  it('checks where a briefing places its recommendations', () => {
    expect(placedProposers('Intro\n\n<Recommendations proposer="analyst" />\n\nMore\n<Recommendations />')).toEqual([
      { proposer: 'analyst', line: 3 },
      { proposer: null, line: 6 },
    ]);
    const problems = findProblems(content({ briefings: [briefing('a', {}, '<Recommendations proposer="someone" />'), briefing('b')] }));
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/briefings/a.mdx body (line 1 after the frontmatter)']);
  });

  it('reports every problem at once, each with its fix', () => {
    const broken = content({ recommendations: [recommendation('a-one', 'a', { tags: [{ id: 'x' }], actors: [{ id: 'y' }] })] });
    expect(() => assertValidContent(broken)).toThrow(ContentError);
    try {
      assertValidContent(broken);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/^The content has 2 problems; nothing was built\./);
      expect(message).toContain('- content/recommendations/a/a-one.mdx: field "tags[0]": no tag has the id "x".\n  Fix: ');
      expect(message).toContain('field "actors[0]": no actor has the id "y".');
    }
  });
});
