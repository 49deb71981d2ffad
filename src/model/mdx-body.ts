/**
 * The one reading of a briefing body's outline: its `##` headings and its
 * `<Recommendations proposer="…" />` placements, in order, with the line each starts on. The
 * cross-entry checks (checks.ts), the site model (which groups are placed) and the contents list
 * (lib/reading.ts) all read it, so a tag one of them sees is never missed by another.
 */

export type BodyPart =
  | { kind: 'heading'; text: string; line: number }
  /** `proposer` is null when the tag names none. */
  | { kind: 'recommendations'; proposer: string | null; line: number };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}##[ \t]+(.*?)[ \t#]*$/;
const TAG = /<Recommendations\b/g;
const PROPOSER = /\bproposer\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** Where a tag that opens at `start` closes: the first `>` outside a quoted attribute value. */
function tagEnd(text: string, start: number): number {
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return text.length;
}

/** The body's headings of depth 2 and its placements, in reading order; lines count from 1, the body's first. */
export function bodyOutline(body: string): BodyPart[] {
  const lines = body.split('\n');
  // Text inside a fenced code block is shown as code: neither a heading nor a placement.
  const prose: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const open = FENCE.exec(line)?.[1];
    if (fence) {
      if (open && open[0] === fence[0] && open.length >= fence.length && line.trim() === open) fence = null;
      prose.push('');
    } else if (open) {
      fence = open;
      prose.push('');
    } else prose.push(line);
  }
  const text = prose.join('\n');
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (index: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= index) line++;
    return line + 1;
  };

  const found: { index: number; part: BodyPart }[] = [];
  prose.forEach((line, i) => {
    const heading = HEADING.exec(line);
    if (heading) found.push({ index: lineStarts[i]!, part: { kind: 'heading', text: heading[1]!, line: i + 1 } });
  });
  for (const match of text.matchAll(TAG)) {
    const tag = text.slice(match.index, tagEnd(text, match.index));
    const attr = PROPOSER.exec(tag);
    found.push({ index: match.index, part: { kind: 'recommendations', proposer: attr ? (attr[1] ?? attr[2]!) : null, line: lineAt(match.index) } });
  }
  return found.sort((a, b) => a.index - b.index).map(({ part }) => part);
}

/** The body's `<Recommendations />` placements, in order. */
export function placements(body: string): { proposer: string | null; line: number }[] {
  return bodyOutline(body).flatMap((part) => (part.kind === 'recommendations' ? [{ proposer: part.proposer, line: part.line }] : []));
}
