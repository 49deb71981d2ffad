import { describe, expect, it } from 'vitest';
import { describeRecommendationCount } from '../../src/lib/proposer-count';

const group = (name: string, isAnalyst: boolean, count: number) => ({ name, isAnalyst, recommendations: Array.from({ length: count }) });

describe('a briefing’s recommendation count', () => {
  it('says whose they are when the analyst’s are not all of them', () => {
    expect(describeRecommendationCount([group('Ranj Alaaldin', true, 6), group('Atlantic Council report', false, 2)])).toBe(
      '8 recommendations: 6 by Ranj Alaaldin, 2 from the Atlantic Council report',
    );
    expect(
      describeRecommendationCount([group('Ranj Alaaldin', true, 1), group('Atlantic Council report', false, 1), group('Wall Street Journal report', false, 1)]),
    ).toBe('3 recommendations: 1 by Ranj Alaaldin, 1 from the Atlantic Council report, 1 from the Wall Street Journal report');
  });

  it('is the plain count when they are all the analyst’s', () => {
    expect(describeRecommendationCount([group('John Hannah', true, 6)])).toBe('6 recommendations');
    expect(describeRecommendationCount([group('John Hannah', true, 1)])).toBe('1 recommendation');
    expect(describeRecommendationCount([])).toBe('0 recommendations');
  });

  it('names the cited report when it makes every one of them', () => {
    expect(describeRecommendationCount([group('Atlantic Council report', false, 2)])).toBe('2 recommendations from the Atlantic Council report');
    expect(describeRecommendationCount([group('Atlantic Council report', false, 1)])).toBe('1 recommendation from the Atlantic Council report');
  });
});
