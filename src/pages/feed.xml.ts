import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../i18n';
import { loadSite } from '../graph/load';
import { formatPartialDate } from '../lib/provenance';
import { absoluteUrl, routes, siteOrigin } from '../lib/urls';
import { FEED_BRIEFINGS } from '../site.config';

/** An RSS feed of the newest briefings. Items carry no pubDate: the originals are dated to the month at best. */
export const GET: APIRoute = async ({ site }) => {
  const origin = siteOrigin(site);
  const model = await loadSite();
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: absoluteUrl(routes.home, origin),
    items: model.briefings.slice(0, FEED_BRIEFINGS).map((b) => ({
      title: b.data.title,
      link: absoluteUrl(routes.briefing(b.id), origin),
      description: t('feed.itemDescription', {
        summary: b.data.summary,
        publisher: b.data.original.publisher,
        published: formatPartialDate(b.data.original.published),
        analyst: b.data.analyst.name,
        translation: b.data.reportedBy.translation,
        language: b.data.reportedBy.language,
      }),
    })),
  });
};
