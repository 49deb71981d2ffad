/**
 * The JSON-LD of every built page, checked against schema.org's vocabulary (the schema-dts types,
 * by the TypeScript compiler: unknown types and properties are errors), and against the record:
 * the pages are this site's work, based on the translation, never the original's publisher's.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot, testBuildsDir } from '../support/build-site';
import { htmlFiles, sitePathOf } from '../support/dist';

const dist = inject('siteDir');

interface Block {
  page: string;
  data: Record<string, unknown>;
}

function blocks(): Block[] {
  return htmlFiles(dist).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => ({
      page: sitePathOf(dist, file),
      data: JSON.parse(m[1]!) as Record<string, unknown>,
    })),
  );
}

describe('structured data', () => {
  const all = blocks();

  it('is on every briefing and recommendation page', () => {
    const pages = new Set(all.map((b) => b.page));
    expect([...pages].filter((p) => /^\/(briefings|recommendations)\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(15);
  });

  it('uses only types and properties schema.org defines', () => {
    const dir = join(testBuildsDir, 'json-ld');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'blocks.ts');
    writeFileSync(
      file,
      [
        "import type { Thing, WithContext } from 'schema-dts';",
        ...all.map((b, i) => `// ${b.page}\nexport const block${i}: WithContext<Thing> = ${JSON.stringify(b.data, null, 1)};`),
      ].join('\n'),
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      types: [],
      typeRoots: [join(projectRoot, 'node_modules')],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
      const page = readFileSync(file, 'utf8')
        .split('\n')
        .slice(0, at)
        .reverse()
        .find((line) => line.startsWith('// '));
      return `${page ?? '?'}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
    expect(problems).toEqual([]);
  }, 60_000);

  it("makes each page the site's own work, and never gives the summary's or a report's words to the original's publisher", () => {
    for (const { page, data } of all.filter((b) => b.page.startsWith('/briefings/') || b.page.startsWith('/recommendations/'))) {
      expect(data.author, page).toMatchObject({ '@type': 'Organization', name: 'Briefing Room' });
      expect(data.publisher, page).toMatchObject({ '@type': 'Organization', name: 'Briefing Room' });
      const based = data.isBasedOn as { translationOfWork: { isBasedOn: { author: { '@type': string }; datePublished: string } } };
      expect(based.translationOfWork.isBasedOn.author['@type'], page).toBe('Person');
      expect(based.translationOfWork.isBasedOn.datePublished, page).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('gives the Hannah original no title and its outlet no name: neither is known', () => {
    const hannah = all.find((b) => b.page === '/briefings/hannah-foreign-policy-2020/')!.data;
    const translation = (hannah.isBasedOn as { translationOfWork: Record<string, unknown> & { isBasedOn: Record<string, unknown> } }).translationOfWork;
    expect(translation).not.toHaveProperty('publisher');
    expect(translation.isBasedOn).not.toHaveProperty('name');
    expect(translation.isBasedOn).not.toHaveProperty('url');
  });

  it("credits the Atlantic Council's proposals to the report the editors identified, not to Brookings", () => {
    for (const id of ['distance-iraq-from-us-iran-conflict', 'tehran-should-restrain-its-iraqi-agents']) {
      const data = all.find((b) => b.page === `/recommendations/${id}/`)!.data;
      expect(data.citation, id).toMatchObject({ '@type': 'Report', publisher: { '@type': 'Organization', name: 'Atlantic Council' } });
      expect(String(data.creditText), id).toContain('Atlantic Council report');
    }
  });
});
