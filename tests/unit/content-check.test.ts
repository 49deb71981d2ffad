import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nearestKey } from '../../scripts/content/content-check';
import { collectionFiles, indexContent, parseYaml } from '../../scripts/content/content-reader';
import { isCalendarDate } from '../../src/model/schemas';

describe("the content checker's suggestions", () => {
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

describe('the content reader', () => {
  it("lists the entry files the collections' glob patterns match, and no other", () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-reader-'));
    const files = [
      'briefings/a.mdx',
      'briefings/.hidden.mdx',
      'briefings/B.MDX',
      'briefings/drafts/c.mdx',
      'recommendations/a/one.mdx',
      'recommendations/2020/a/two.mdx',
      'recommendations/a/three.md',
    ];
    for (const file of files) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), '---\n---\n');
    }
    writeFileSync(join(dir, 'tags.yaml'), '- id: sanctions\n  label: Sanctions\n- id: militias\n  label: Militias\n');
    expect(collectionFiles(dir, 'briefings').entries).toEqual(['a.mdx']);
    expect(collectionFiles(dir, 'recommendations').entries).toEqual(['2020/a/two.mdx', 'a/one.mdx']);
    expect(indexContent(dir)).toEqual({
      briefings: ['a'],
      recommendations: [
        { id: 'two', path: 'recommendations/2020/a/two.mdx' },
        { id: 'one', path: 'recommendations/a/one.mdx' },
      ],
      tags: ['sanctions', 'militias'],
    });
    rmSync(dir, { recursive: true });
  });

  it('parses YAML as Astro does: an unquoted date is a date', () => {
    expect(parseYaml('date: 2020-05-12').doc.toJS().date).toBeInstanceOf(Date);
  });
});
