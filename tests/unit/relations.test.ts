import { describe, expect, it } from 'vitest';
import { pairKey, relationLabel, resolveRelations } from '../../src/graph/relations';
import { recommendation } from '../support/content';

describe('relations', () => {
  it('shows a relation declared once on both recommendations, from each side', () => {
    const recs = [
      recommendation('a', 'x', { related: [{ recommendation: { id: 'b' }, relation: 'extends', note: 'A builds on B.' }] }),
      recommendation('b', 'y'),
      recommendation('c', 'y', { related: [{ recommendation: { id: 'a' }, relation: 'contrasts', note: 'C against A.' }] }),
    ];
    const views = resolveRelations(recs);
    expect(views.get('a')).toEqual([
      { otherId: 'b', relation: 'extends', incoming: false, label: 'Extends', note: 'A builds on B.' },
      { otherId: 'c', relation: 'contrasts', incoming: true, label: 'Contrasts with', note: 'C against A.' },
    ]);
    expect(views.get('b')).toEqual([{ otherId: 'a', relation: 'extends', incoming: true, label: 'Extended by', note: 'A builds on B.' }]);
    expect(views.get('c')?.map((v) => v.otherId)).toEqual(['a']);
  });

  it('labels symmetric relations the same both ways, and extends by its direction', () => {
    expect([relationLabel('agrees', false), relationLabel('agrees', true)]).toEqual(['Agrees with', 'Agrees with']);
    expect([relationLabel('contrasts', false), relationLabel('contrasts', true)]).toEqual(['Contrasts with', 'Contrasts with']);
    expect([relationLabel('extends', false), relationLabel('extends', true)]).toEqual(['Extends', 'Extended by']);
  });

  it('keys a pair the same in either order', () => {
    expect(pairKey('a', 'b')).toBe(pairKey('b', 'a'));
    expect(pairKey('a', 'b')).not.toBe(pairKey('a', 'c'));
  });
});
