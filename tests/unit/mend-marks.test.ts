import { describe, expect, it } from 'vitest';
import { markMends, markedNotes, mendMarks, reportMarked } from '../../src/lib/mend-marks';

const notes = [
  { source: 'wounding strikes', printed: 'painful strikes', reason: 'Arabic mujia means painful.' },
  { source: 'Rang Aladdin; Aladdin', printed: 'Ranj Alaaldin; Alaaldin', reason: 'The name is garbled.' },
  { source: '(Reuters)', printed: '(omitted from the text)', reason: 'Captions.' },
];
const marks = mendMarks(notes, 'note-x', 3, (note, number) => `Editor's note ${number}: the translation reads “${note.source}”`);

describe('marks where the translation was mended', () => {
  it("makes one mark per printed form, none for a bracketed description, numbered within the recommendation's order", () => {
    expect(marks.map((m) => [m.words, m.note, m.number])).toEqual([
      ['painful strikes', 'note-x-1', '3.1'],
      ['Ranj Alaaldin', 'note-x-2', '3.2'],
      ['Alaaldin', 'note-x-2', '3.2'],
    ]);
    expect(mendMarks(notes, 'note-b', undefined, () => '').map((m) => m.number)).toEqual(['1', '2', '2']);
  });

  it("puts a numbered marker after the first occurrence only, linking to the note; the note's first marker carries the id its back link needs", () => {
    const html = '<p>He proposes painful strikes. Ranj Alaaldin says painful strikes again; Alaaldin too.</p>';
    const { html: out, marked } = markMends(html, marks);
    expect(out).toBe(
      '<p>He proposes painful strikes<sup data-pagefind-ignore data-mend><a href="#note-x-1" id="note-x-1-ref" aria-label="Editor\'s note 3.1: the translation reads “wounding strikes”">3.1</a></sup>. ' +
        'Ranj Alaaldin<sup data-pagefind-ignore data-mend><a href="#note-x-2" id="note-x-2-ref" aria-label="Editor\'s note 3.2: the translation reads “Rang Aladdin; Aladdin”">3.2</a></sup> says painful strikes again; ' +
        'Alaaldin<sup data-pagefind-ignore data-mend><a href="#note-x-2" aria-label="Editor\'s note 3.2: the translation reads “Rang Aladdin; Aladdin”">3.2</a></sup> too.</p>',
    );
    expect([...marked]).toEqual(['note-x-1', 'note-x-2']);
  });

  it('never marks inside a tag, an attribute, a link or code, nor part of a word', () => {
    const html = '<img alt="painful strikes"><a href="/x/">painful strikes</a> <code>Alaaldin</code> Alaaldins <p>painful strikes</p>';
    const { html: out, marked } = markMends(html, marks);
    expect(out.startsWith('<img alt="painful strikes"><a href="/x/">painful strikes</a> <code>Alaaldin</code> Alaaldins <p>painful strikes<sup')).toBe(true);
    expect(out.match(/data-mend/g)).toHaveLength(1);
    expect([...marked]).toEqual(['note-x-1']);
  });
});

describe('which notes a page marked', () => {
  it('answers a notes list rendered before its text was marked, once it is', async () => {
    const page = {};
    const answer = markedNotes(page, 'note-x');
    reportMarked(page, 'note-x', new Set(['note-x-2']));
    expect([...(await answer)]).toEqual(['note-x-2']);
    // Another page's notes of the same prefix are its own.
    const other = {};
    reportMarked(other, 'note-x', new Set());
    expect([...(await markedNotes(other, 'note-x'))]).toEqual([]);
  });

  it('fails, naming the prefix, when no text of the page is marked for the list', async () => {
    await expect(markedNotes({}, 'note-lost', 10)).rejects.toThrow('Editor\'s notes "note-lost" are listed on a page with no <Mended prefix="note-lost">');
  });
});
