import { describe, expect, it } from 'vitest';
import { rankSimilar } from '../../src/graph/similar';
import type { Recommendation } from '../../src/model/types';
import { recommendation } from '../support/content';

const refs = (...ids: string[]) => ids.map((id) => ({ id }));

/** The tag and actor indexes the ranking reads, in the order of `recs`. */
function indexes(recs: Recommendation[]) {
  const index = (key: 'tags' | 'actors') => {
    const map = new Map<string, Recommendation[]>();
    for (const rec of recs) for (const { id } of rec.data[key]) map.set(id, [...(map.get(id) ?? []), rec]);
    return map;
  };
  return { withTag: index('tags'), withActor: index('actors') };
}

function rank(recs: Recommendation[], id: string, excluded: string[] = [], limit = 5) {
  const { withTag, withActor } = indexes(recs);
  const rec = recs.find((r) => r.id === id)!;
  return rankSimilar(rec, withTag, withActor, new Set(excluded), limit).map((s) => [s.recommendation.id, Number(s.score.toFixed(4))]);
}

describe('similar recommendations', () => {
  it('counts 2 for a shared tag, 1/n for an actor n recommendations name, and 0.01 for another briefing', () => {
    const recs = [
      recommendation('me', 'a', { tags: refs('money', 'oil'), actors: refs('imf', 'iraq') }),
      recommendation('two-tags', 'a', { tags: refs('money', 'oil') }),
      recommendation('tag-elsewhere', 'b', { tags: refs('money') }),
      recommendation('rare-actor', 'a', { tags: refs('other'), actors: refs('imf') }),
      recommendation('common-actor', 'a', { tags: refs('other'), actors: refs('iraq') }),
      recommendation('common-too', 'b', { tags: refs('other'), actors: refs('iraq') }),
      recommendation('nothing', 'b', { tags: refs('other') }),
    ];
    expect(rank(recs, 'me')).toEqual([
      ['two-tags', 4],
      ['tag-elsewhere', 2.01],
      ['rare-actor', 0.5],
      ['common-too', 0.3433],
      ['common-actor', 0.3333],
    ]);
  });

  it('leaves out itself and the declared relations, and keeps the best `limit` by score, then id', () => {
    const recs = [
      recommendation('me', 'a', { tags: refs('money') }),
      recommendation('c', 'a', { tags: refs('money') }),
      recommendation('b', 'a', { tags: refs('money') }),
      recommendation('declared', 'b', { tags: refs('money') }),
    ];
    expect(rank(recs, 'me', ['declared'])).toEqual([
      ['b', 2],
      ['c', 2],
    ]);
    expect(rank(recs, 'me', [], 1)).toEqual([['declared', 2.01]]);
    expect(rank(recs, 'me', [], 0)).toEqual([]);
  });

  it('keeps the same best few as ranking every candidate, in a larger collection', () => {
    const tagIds = ['money', 'sanctions', 'allies'];
    const actorIds = ['imf', 'iraq'];
    const recs = Array.from({ length: 40 }, (_, i) =>
      recommendation(`r${i}`, i % 2 ? 'a' : 'b', {
        order: i,
        tags: tagIds.filter((_, t) => (i * 7 + t * 3) % 5 < 2 + t).map((id) => ({ id })),
        actors: actorIds.filter((_, a) => (i + a) % 3 === 0).map((id) => ({ id })),
      }),
    );
    for (const rec of recs) {
      const all = rank(recs, rec.id, [], 1000);
      const sorted = [...all].sort((x, y) => Number(y[1]) - Number(x[1]) || String(x[0]).localeCompare(String(y[0])));
      expect(all).toEqual(sorted);
      expect(rank(recs, rec.id, [], 5)).toEqual(all.slice(0, 5));
    }
  });
});
