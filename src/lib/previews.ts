/** What each shared link's preview image and metadata say, computed once from the site model. */
import type { SiteModel } from './model.ts';
import type { PreviewCard } from './og-image.ts';
import { createRoutes } from './urls.ts';

const paths = createRoutes('/');

export function previewCards(site: SiteModel, siteName: string): { kind: 'briefings' | 'recommendations'; id: string; card: PreviewCard }[] {
  return [
    ...site.briefings.map((b) => ({
      kind: 'briefings' as const,
      id: b.id,
      card: { kind: 'Briefing', title: b.data.title, lines: [`${b.data.analyst.name}, ${b.data.analyst.affiliation}`], siteName },
    })),
    ...site.recommendations.map((r) => {
      const b = site.briefing(r.data.briefing.id);
      return {
        kind: 'recommendations' as const,
        id: r.id,
        card: { kind: `Recommendation · ${site.proposerName(r)}`, title: r.data.title, lines: [b.data.title], siteName },
      };
    }),
  ];
}

/** Where a page's preview image is, without the base path. */
export const previewImagePath = {
  briefing: (id: string) => paths.path(`/og/briefings/${id}.png`),
  recommendation: (id: string) => paths.path(`/og/recommendations/${id}.png`),
  site: paths.path('/og/site.png'),
};
