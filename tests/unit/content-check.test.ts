import { describe, expect, it } from 'vitest';
import { nearestKey } from '../../scripts/content/content-check';
import { isCalendarDate } from '../../src/model/schemas';

describe('the content checker\'s suggestions', () => {
  it('names the key an editor most likely meant', () => {
    const keys = ['briefing', 'order', 'title', 'sourceHeading', 'summary', 'tags', 'actors', 'proposer', 'related', 'editorNotes', 'formerIds'];
    expect(nearestKey('editorNote', keys)).toBe('editorNotes');
    expect(nearestKey('sourceheading', keys)).toBe('sourceHeading');
    expect(nearestKey('tag', keys)).toBe('tags');
    expect(nearestKey('propser', keys)).toBe('proposer');
    expect(nearestKey('colour', keys)).toBeUndefined();
  });
});

describe('dates', () => {
  it('are days of the calendar, at whatever precision is known', () => {
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2020-05')).toBe(true);
    expect(isCalendarDate('2020')).toBe(true);
    expect(isCalendarDate('2020-02-31')).toBe(false);
    expect(isCalendarDate('2019-02-29')).toBe(false);
    expect(isCalendarDate('2020-04-31')).toBe(false);
  });
});
