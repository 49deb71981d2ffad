import { describe, expect, it } from 'vitest';
import { failedPages, renderErrorHelp } from '../../scripts/build/render-errors';
import { content, recommendation } from '../support/content';

const site = () => content({ recommendations: [recommendation('a-one', 'a'), recommendation('b-one', 'b')] });

describe("render errors, in the editor's terms", () => {
  it('finds the pages Astro says failed, under the base path too', () => {
    const log =
      '12:00:01 [ERROR] [build] Caught error rendering /sub/briefings/a/: Error: x\n  at render (file.js:1:1)\n[ERROR] Caught error rendering /sub/recommendations/a-one/: TypeError: y';
    expect(failedPages(log, '/sub/')).toEqual(['/briefings/a/', '/recommendations/a-one/']);
    expect(failedPages('Build complete')).toEqual([]);
  });

  it('names the content files each failed page is built from', () => {
    const log =
      'Caught error rendering /recommendations/a-one/: Error: x\nCaught error rendering /tags/sanctions/: Error: y\nCaught error rendering /compare/: Error: z';
    expect(renderErrorHelp(log, site(), 'content')).toBe(
      [
        'Pages that failed to render:',
        '- /recommendations/a-one/ is built from content/recommendations/a/a-one.mdx, content/briefings/a.mdx: look there first; the error above says what went wrong.',
        '- /tags/sanctions/ is built from content/tags.yaml: look there first; the error above says what went wrong.',
        "- /compare/ failed in the site's own code, not in the content (the error above says where).",
      ].join('\n'),
    );
    expect(renderErrorHelp('Caught error rendering /briefings/a/: Error: x', site(), 'content')).toContain(
      '/briefings/a/ is built from content/briefings/a.mdx, content/recommendations/a/a-one.mdx:',
    );
  });
});
