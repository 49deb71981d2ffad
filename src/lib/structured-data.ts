/**
 * JSON-LD for link previews and search engines: an Article for a briefing, a CreativeWork for a
 * recommendation, with author and publisher taken from the provenance (never invented).
 */
import type { BriefingData, RecommendationData } from './types.ts';
import { ANALYST } from './vocabulary.ts';

type Json = Record<string, unknown>;

function analystOf(briefing: Pick<BriefingData, 'analyst'>): Json {
  return { '@type': 'Person', name: briefing.analyst.name, description: briefing.analyst.affiliation };
}

/** The original analysis the briefing summarises, as far as it is known. */
function originalOf(briefing: Pick<BriefingData, 'analyst' | 'original'>): Json {
  return {
    '@type': 'CreativeWork',
    ...(briefing.original.title ? { name: briefing.original.title } : {}),
    author: analystOf(briefing),
    publisher: { '@type': 'Organization', name: briefing.original.publisher },
    // ISO 8601 at the precision known: "2020-05" is a month, not a day.
    datePublished: briefing.original.published.date,
    inLanguage: briefing.original.language === 'English' ? 'en' : briefing.original.language,
  };
}

export function briefingJsonLd(briefing: Pick<BriefingData, 'title' | 'summary' | 'analyst' | 'original'>, url: string, image: string, siteName: string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: briefing.title,
    description: briefing.summary,
    url,
    image,
    inLanguage: 'en',
    author: analystOf(briefing),
    publisher: { '@type': 'Organization', name: briefing.original.publisher },
    datePublished: briefing.original.published.date,
    isBasedOn: originalOf(briefing),
    sourceOrganization: { '@type': 'Organization', name: siteName },
  };
}

export function recommendationJsonLd(
  rec: Pick<RecommendationData, 'title' | 'summary' | 'proposer'>,
  proposerName: string,
  briefing: Pick<BriefingData, 'title' | 'summary' | 'analyst' | 'original'>,
  urls: { recommendation: string; briefing: string; image: string },
  keywords: string[],
  siteName: string,
): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: rec.title,
    headline: rec.title,
    description: rec.summary,
    url: urls.recommendation,
    image: urls.image,
    inLanguage: 'en',
    keywords: keywords.join(', '),
    author: rec.proposer === ANALYST ? analystOf(briefing) : { '@type': 'Organization', name: proposerName },
    publisher: { '@type': 'Organization', name: briefing.original.publisher },
    isPartOf: { '@type': 'Article', headline: briefing.title, url: urls.briefing, author: analystOf(briefing) },
    isBasedOn: originalOf(briefing),
    sourceOrganization: { '@type': 'Organization', name: siteName },
  };
}
