/** Every internal link and asset resolves, with its #fragment, on the default build and under a sub-path. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/build/serve';
import { VARIANT } from '../support/global-setup';
import { brokenLinks } from '../support/link-check';

describe.each([
  ['the default build', 'siteDir', '/'],
  [`the build under ${VARIANT.base}`, 'variantDir', VARIANT.base],
] as const)('links in %s', (_, dir, base) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic({ root: inject(dir), port: 0, base });
  });
  afterAll(() => server?.close());

  it('all resolve: pages, assets, preview images, canonical URLs and #fragments', async () => {
    // The 404 page and the machine-readable files are not linked from pages; start there too.
    const starts = ['404.html', 'search/', 'feed.xml', 'recommendations.json', 'recommendations.csv', 'sitemap-index.xml'];
    expect(await brokenLinks(server.url, starts)).toEqual([]);
  });
});
