import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxPolicyProblems, urlScheme, type MdxNode } from '../../src/model/mdx-policy';

const problems = async (body: string, components: string[] = ['Recommendations']) =>
  mdxPolicyProblems((await mdxToMdast(body)) as unknown as MdxNode, components).map((p) => `${p.line}: ${p.message}`);

describe('what an MDX body may contain', () => {
  it("accepts Markdown, the site's component and inert inline HTML", async () => {
    expect(
      await problems(
        'Text with *emphasis*, [a link](https://example.org/) and [a page](/tags/).\n\n<abbr title="Popular Mobilization Forces">PMF</abbr>\n\n<Recommendations proposer="analyst" />\n\n![A map](/og/site.png)',
      ),
    ).toEqual([]);
  });

  it('refuses code: imports, exports and expressions', async () => {
    expect(await problems("import fs from 'node:fs'\n\nText {process.env.HOME}.")).toEqual([
      '1: content may not import or export code.',
      '3: {process.env.HOME} is code, which content may not contain.',
    ]);
    expect(await problems('export const x = 1')).toEqual(['1: content may not import or export code.']);
  });

  it('refuses script, style, iframe and other active HTML, once each', async () => {
    expect(await problems('<script>alert(1)</script>\n\n<iframe src="https://evil.example/"></iframe>\n\n<img src="x" />\n\n<form><input /></form>')).toEqual([
      '1: <script> is not allowed in content.',
      '3: <iframe> is not allowed in content.',
      '5: <img> is not allowed in content.',
      '7: <form> is not allowed in content.',
    ]);
  });

  it('refuses event handlers, attribute expressions and spreads on allowed elements', async () => {
    expect(await problems('<span onclick="alert(1)">a</span> <abbr title={x}>b</abbr> <em {...props}>c</em> <span style="color:red">d</span>')).toEqual([
      '1: <span> may not carry an event handler "onclick".',
      '1: title={…} on <abbr> is code, which content may not contain.',
      '1: <em {…}> spreads code into the element, which content may not contain.',
      '1: <span> may not carry the attribute "style".',
    ]);
  });

  it("refuses components the site does not provide, and the site's own where it does not belong", async () => {
    expect(await problems('<Foo />\n\n<Recommendations proposer="analyst" onload="x" />')).toEqual([
      '1: <Foo> is not a component the site provides here.',
      '3: <Recommendations> may not carry an event handler "onload".',
    ]);
    expect(await problems('<Recommendations proposer="analyst" />', [])).toEqual(['1: <Recommendations> is not a component the site provides here.']);
  });

  it('refuses links and images whose URL would run code, however they are disguised', async () => {
    expect(
      await problems('[a](javascript:alert(1)) [b](JavaScript:alert(1)) ![c](data:text/html,x)\n\n[d]: vbscript:x\n\n[ok](mailto:a@example.org) [ok](#x)'),
    ).toEqual([
      '1: a javascript: URL is not allowed in content (it can run code when followed).',
      '1: a javascript: URL is not allowed in content (it can run code when followed).',
      '1: a data: URL is not allowed in content (it can run code when followed).',
      '3: a vbscript: URL is not allowed in content (it can run code when followed).',
    ]);
    expect(urlScheme(' java\tscript:alert(1)')).toBe('javascript');
    expect(urlScheme('/briefings/x/')).toBeUndefined();
  });
});
