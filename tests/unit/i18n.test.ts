/**
 * Every word a reader sees comes from src/i18n/: a second language is then a second dictionary, not a
 * hunt through pages. These tests read the source for the English that can reasonably be spotted:
 * titles, alt texts and other reader-facing attributes, markup text, and phrases in the modules that
 * write for readers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { enDates } from '../../src/i18n/en-dates';
import { enSearch } from '../../src/i18n/en-search';
import { formatDateOnly } from '../../src/i18n/dates';
import { t } from '../../src/i18n';

const src = join(import.meta.dirname, '../../src');
const sources = (under: string, ext: RegExp) =>
  readdirSync(join(src, under), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => join(under, f));
const read = (file: string) => readFileSync(join(src, file), 'utf8');

/** Two or more words of letters in a row: a phrase, as class lists and ids (with their hyphens) are not. */
const PHRASE = /(?:^|[\s(“"'])[A-Za-z][a-z]+(?:['’]s)? [a-z]{2,}(?=[\s,.;:!?)”"']|$)/;
/** A single word, for places where even one is a label: an alt text, a title, markup text. */
const WORD = /[A-Za-z]{2,}/;

/** Comments, and messages to the site's developers (thrown errors), which readers never see. */
function withoutComments(code: string): string {
  return code
    .replace(/\{?\/\*[\s\S]*?\*\/\}?/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1')
    .replace(/new Error\((?:[^()]|\([^()]*\))*\)/g, '');
}

/** String and template literals, each template's ${…} parts blanked: what is left is written words. */
function literals(code: string): string[] {
  return [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0].slice(1, -1).replace(/\$\{[^}]*\}/g, ' '));
}

/** An .astro file's markup with every {expression} removed (braces nest), for its text and attributes. */
function markupOf(astro: string): string {
  const body = astro.replace(/^---[\s\S]*?\n---/, '').replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
  let out = '';
  let depth = 0;
  for (const ch of withoutComments(body)) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** A dictionary key, e.g. 'actor.pageTitle', is a name, not a word for readers. */
const KEY = /^[a-z][\w-]*(\.[\w-]*)+$/;
/** Labels no identifier could be: 'year' or 'inferred' are labels and stable values at once. */
const LABELS = new Set<string>(Object.values(en).filter((label) => !/^[a-z][a-z-]*$/.test(label)));

/** The {…} expression given to each reader-facing attribute, braces balanced. */
function attributeExpressions(code: string): { name: string; expression: string }[] {
  const found: { name: string; expression: string }[] = [];
  for (const match of code.matchAll(/\b(title|alt|aria-label|placeholder|label|description|intro|eyebrow|heading)=\{/g)) {
    let depth = 1;
    let i = match.index + match[0].length;
    for (; i < code.length && depth > 0; i++) depth += code[i] === '{' ? 1 : code[i] === '}' ? -1 : 0;
    found.push({ name: match[1]!, expression: code.slice(match.index + match[0].length, i - 1) });
  }
  return found;
}

const astroFiles = [...sources('pages', /\.astro$/), ...sources('components', /\.astro$/), ...sources('layouts', /\.astro$/)];
const READER_ATTRIBUTES =
  /\b(title|alt|aria-label|aria-description|placeholder|label|description|intro|eyebrow|heading)=(?:"([^"]*)"|\{`([^`]*)`\}|\{'([^']*)'\}|\{"([^"]*)"\})/g;

describe('words live in src/i18n/', () => {
  it('no page, component or layout writes a title, an alt text or another reader-facing attribute in English', () => {
    const found: string[] = [];
    for (const file of astroFiles) {
      const code = withoutComments(read(file));
      for (const match of code.matchAll(READER_ATTRIBUTES)) {
        const text = (match[2] ?? match[3] ?? match[4] ?? match[5] ?? '').replace(/\$\{[^}]*\}/g, ' ');
        if (WORD.test(text)) found.push(`${file}: ${match[0]}`);
      }
      // A title built in an expression: `${label} (tag)`, or a phrase passed to a helper.
      for (const { name, expression } of attributeExpressions(code)) {
        for (const text of literals(expression)) if (WORD.test(text) && !KEY.test(text.trim())) found.push(`${file}: ${name}={${expression}}`);
      }
      // Preview images' alt texts and titles are given as object fields in the frontmatter.
      for (const match of code.matchAll(/\b(alt|title):\s*(`[^`]*`|'[^']*'|"[^"]*")/g)) {
        if (WORD.test(literals(match[2]!)[0] ?? '')) found.push(`${file}: ${match[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('no page, component or layout has English text in its markup', () => {
    const found: string[] = [];
    for (const file of astroFiles) {
      const text = markupOf(read(file)).replace(/<[^>]*>/g, ' ');
      for (const word of text.match(/[A-Za-z]{2,}[^<>{}\n]*/g) ?? []) found.push(`${file}: ${word.trim()}`);
    }
    expect(found).toEqual([]);
  });

  it('the modules that write for readers take their phrases from the dictionary', () => {
    const modules = [
      'lib/provenance.ts',
      'lib/citation.ts',
      'previews/previews.ts',
      'lib/structured-data.ts',
      'pages/feed.xml.ts',
      ...sources('client', /\.ts$/),
    ];
    const found: string[] = [];
    for (const file of modules) {
      // Selectors and markup (`body > header`, `a[href]`) are not words for readers.
      // schema.org types ('@type': 'Person') are vocabulary of the format, not words for readers.
      for (const text of literals(withoutComments(read(file)).replace(/'@type':\s*'[^']*'/g, ''))) {
        if ((PHRASE.test(text) && !/[<>[\]#*=]/.test(text)) || LABELS.has(text)) found.push(`${file}: ${text}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('no logic compares a value with a label: labels change with the language, the values it keys on must not', () => {
    const found: string[] = [];
    for (const file of [...sources('.', /\.(ts|astro)$/)].filter((f) => !f.startsWith('i18n/'))) {
      const code = withoutComments(read(file));
      for (const match of code.matchAll(/(?:[!=]==?\s*('[^'\n]*'|"[^"\n]*"|`[^`]*`))|(?:('[^'\n]*'|"[^"\n]*"|`[^`]*`)\s*[!=]==?)/g)) {
        const text = (match[1] ?? match[2] ?? '').slice(1, -1);
        if (LABELS.has(text)) found.push(`${file}: ${match[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('spot-checks catch what they are for', () => {
    // The scanners above pass on an empty list; here they are shown to find English when it is there.
    expect(PHRASE.test('stated in the text')).toBe(true);
    expect(PHRASE.test('mt-1 text-sm text-stone-700')).toBe(false);
    expect([...'<img alt="A map of Iraq" />'.matchAll(READER_ATTRIBUTES)]).toHaveLength(1);
    expect(
      markupOf('---\nconst x = 1;\n---\n<p>{t("a")}</p><p>Hello there</p>')
        .replace(/<[^>]*>/g, ' ')
        .trim(),
    ).toBe('Hello there');
    expect(literals(withoutComments("throw new Error('no such page'); const a = `Proposal ${x}, in`;"))).toEqual(['Proposal  , in']);
    expect(attributeExpressions('<B title={pagedTitle(`${x} (tag)`, page)} />')).toEqual([{ name: 'title', expression: 'pagedTitle(`${x} (tag)`, page)' }]);
    expect(KEY.test('actor.pageTitle') && !KEY.test('Briefing') && LABELS.has('Briefing')).toBe(true);
  });
});

describe('the dictionary', () => {
  it('holds the search and date words the browser carries, under the same keys', () => {
    for (const [key, value] of Object.entries({ ...enSearch, ...enDates })) expect(en[key as keyof typeof en], key).toBe(value);
  });

  it('labels every kind of search record', () => {
    expect(t('search.kind.briefing')).toBe('Briefing');
    expect(t('search.kind.recommendation')).toBe('Recommendation');
  });

  it('writes a date only as precisely as it is known, with the month in words', () => {
    expect(formatDateOnly('2020')).toBe('2020');
    expect(formatDateOnly('2020-05')).toBe('May 2020');
    expect(formatDateOnly('2020-12-01')).toBe('1 December 2020');
  });
});
