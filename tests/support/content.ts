/** Small, valid content as plain data, for tests of the pure modules. Override what a test is about. */
import type { Actor, Briefing, BriefingData, ContentInput, Recommendation, RecommendationData, Tag } from '../../src/model/types';

export function briefing(id: string, data: Partial<BriefingData> = {}, body = '<Recommendations proposer="analyst" />'): Briefing {
  return {
    id,
    filePath: `content/briefings/${id}.mdx`,
    body,
    data: {
      title: `Briefing ${id}`,
      summary: 'A summary.',
      analyst: { name: `Analyst of ${id}`, affiliation: 'Fellow', affiliationBasis: 'stated' },
      original: { publisher: 'Review', published: { date: '2020-05', basis: 'inferred' }, language: 'English' },
      reportedBy: { outlet: null, language: 'Arabic', translation: 'English machine translation' },
      citedSources: [],
      editorNotes: [],
      formerIds: [],
      ...data,
    },
  };
}

export function recommendation(id: string, briefingId: string, data: Partial<RecommendationData> = {}): Recommendation {
  return {
    id,
    filePath: `content/recommendations/${briefingId}/${id}.mdx`,
    data: {
      briefing: { id: briefingId },
      order: 1,
      title: `Recommendation ${id}`,
      titleFrom: 'editors',
      summary: 'Do something.',
      tags: [{ id: 'sanctions' }],
      actors: [],
      proposer: 'analyst',
      related: [],
      editorNotes: [],
      formerIds: [],
      ...data,
    },
  };
}

export const tag = (id: string, label = id): Tag => ({ id, filePath: 'content/tags.yaml', data: { id, label, description: 'A tag.' } });

export const actor = (id: string, label = id, aliases: string[] = []): Actor => ({
  id,
  filePath: 'content/actors.yaml',
  data: { id, label, kind: 'person', description: 'An actor.', aliases },
});

export function content(parts: Partial<ContentInput> = {}): ContentInput {
  return {
    briefings: [briefing('a'), briefing('b')],
    recommendations: [recommendation('a-one', 'a'), recommendation('b-one', 'b')],
    tags: [tag('sanctions', 'Sanctions'), tag('militias', 'Militias')],
    actors: [actor('iraq', 'Iraq')],
    ...parts,
  };
}
