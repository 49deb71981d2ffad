/** What each shared link's preview image shows, computed once from the site model. */
import type { SiteModel } from '../graph/graph.ts';
import { t } from '../i18n/index.ts';
import { createRoutes } from '../lib/urls.ts';

export const OG_IMAGE = { width: 1200, height: 630 } as const;

export interface PreviewCard {
  /** Small line above the title: what the page is ("Briefing", "Recommendation · its proposer"), or the site's name. */
  kind: string;
  title: string;
  /** One or two lines under the title: analyst, briefing. */
  lines: string[];
  siteName: string;
}

/** One image to publish: its site path (without the base) and what it shows. */
export interface PreviewImage {
  path: string;
  card: PreviewCard;
}

const paths = createRoutes('/');

/** Where a page's preview image is, without the base path. */
export const previewImagePath = {
  briefing: (id: string) => paths.path(`/og/briefings/${id}.png`),
  recommendation: (id: string) => paths.path(`/og/recommendations/${id}.png`),
  site: paths.path('/og/site.png'),
};

/**
 * Every preview image of the site: the site's own, then one per briefing and per recommendation,
 * published under each former id too: posts shared before a rename keep their image. The same
 * card is drawn once and the copies are links to it.
 */
export function previewImages(site: SiteModel, siteName: string, siteDescription: string): PreviewImage[] {
  return [
    { path: previewImagePath.site, card: { kind: siteName, title: siteDescription, lines: [], siteName } },
    ...site.briefings.flatMap((b) => {
      const card = {
        kind: t('preview.briefing'),
        title: b.data.title,
        lines: [t('preview.analyst', { name: b.data.analyst.name, affiliation: b.data.analyst.affiliation })],
        siteName,
      };
      return [b.id, ...b.data.formerIds].map((id) => ({ path: previewImagePath.briefing(id), card }));
    }),
    ...site.recommendations.flatMap((r) => {
      const card = { kind: t('preview.recommendation', { proposer: r.proposerName }), title: r.data.title, lines: [r.briefing.data.title], siteName };
      return [r.id, ...r.data.formerIds].map((id) => ({ path: previewImagePath.recommendation(id), card }));
    }),
  ];
}
