import { describe, expect, it } from 'vitest';
import { markMends, mendMarks } from '../../src/lib/mend-marks';

const notes = [
  { source: 'wounding strikes', printed: 'painful strikes', reason: 'Arabic mujia means painful.' },
  { source: 'Rang Aladdin; Aladdin', printed: 'Ranj Alaaldin; Alaaldin', reason: 'The name is garbled.' },
  { source: '(Reuters)', printed: '(omitted from the text)', reason: 'Captions.' },
];
const marks = mendMarks(
  notes,
  (i) => `#note-x-${i + 1}`,
  (note) => `Editor's note: the translation reads “${note.source}”`,
);

describe('marks where the translation was mended', () => {
  it('makes one mark per printed form, none for a bracketed description', () => {
    expect(marks.map((m) => [m.words, m.href])).toEqual([
      ['painful strikes', '#note-x-1'],
      ['Ranj Alaaldin', '#note-x-2'],
      ['Alaaldin', '#note-x-2'],
    ]);
  });

  it('puts a marker after the first occurrence only, linking to the note', () => {
    const html = '<p>He proposes painful strikes. Ranj Alaaldin says painful strikes again; Alaaldin too.</p>';
    expect(markMends(html, marks)).toBe(
      '<p>He proposes painful strikes<sup data-pagefind-ignore data-mend><a href="#note-x-1" aria-label="Editor\'s note: the translation reads “wounding strikes”">†</a></sup>. ' +
        'Ranj Alaaldin<sup data-pagefind-ignore data-mend><a href="#note-x-2" aria-label="Editor\'s note: the translation reads “Rang Aladdin; Aladdin”">†</a></sup> says painful strikes again; ' +
        'Alaaldin<sup data-pagefind-ignore data-mend><a href="#note-x-2" aria-label="Editor\'s note: the translation reads “Rang Aladdin; Aladdin”">†</a></sup> too.</p>',
    );
  });

  it('never marks inside a tag, an attribute, a link or code, nor part of a word', () => {
    const html = '<img alt="painful strikes"><a href="/x/">painful strikes</a> <code>Alaaldin</code> Alaaldins <p>painful strikes</p>';
    const out = markMends(html, marks);
    expect(out.startsWith('<img alt="painful strikes"><a href="/x/">painful strikes</a> <code>Alaaldin</code> Alaaldins <p>painful strikes<sup')).toBe(true);
    expect(out.match(/data-mend/g)).toHaveLength(1);
  });
});
