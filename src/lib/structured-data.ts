/**
 * JSON-LD for link previews and search engines, typed against schema.org (schema-dts). Each page is
 * this site's own work (author and publisher: the site), based on the chain we actually have: an
 * English machine translation of an Arabic summary, which reported the original analysis. Nothing
 * is claimed that the provenance does not record: no title, outlet or URL we do not know.
 */
import type { Article, CreativeWork, Organization, Person, Report, WithContext } from 'schema-dts';
import type { BriefingData, CitedSource, RecommendationData } from '../model/types.ts';
import { ANALYST } from '../model/vocabulary.ts';
import { t } from '../i18n/index.ts';

type BriefingFacts = Pick<BriefingData, 'title' | 'summary' | 'analyst' | 'original' | 'reportedBy' | 'citedSources'>;

/** Languages as the content names them, as BCP 47 tags where we know the tag. */
const LANGUAGE_TAGS: Record<string, string> = { English: 'en', Arabic: 'ar' };
const languageTag = (name: string) => LANGUAGE_TAGS[name] ?? name;

function siteOrganization(siteName: string, siteUrl: string): Organization {
  return { '@type': 'Organization', name: siteName, url: siteUrl };
}

function analystOf(briefing: Pick<BriefingData, 'analyst'>): Person {
  return { '@type': 'Person', name: briefing.analyst.name, jobTitle: briefing.analyst.affiliation };
}

/** The original analysis, as far as it is known; "2020-05" is ISO 8601 for a month, not a day. */
function originalOf(briefing: BriefingFacts): CreativeWork {
  const { original } = briefing;
  return {
    '@type': 'CreativeWork',
    ...(original.title ? { name: original.title } : {}),
    ...(original.url ? { url: original.url } : {}),
    author: analystOf(briefing),
    publisher: { '@type': 'Organization', name: original.publisher },
    datePublished: original.published.date,
    inLanguage: languageTag(original.language),
  };
}

/** What we read: a machine translation of the outlet's summary of the original. */
function translationOf(briefing: BriefingFacts): CreativeWork {
  const { reportedBy } = briefing;
  return {
    '@type': 'CreativeWork',
    description: t('structured.translationOf', { translation: reportedBy.translation, language: reportedBy.language }),
    inLanguage: 'en',
    translationOfWork: {
      '@type': 'CreativeWork',
      description: reportedBy.outlet ? t('structured.summaryBy', { outlet: reportedBy.outlet }) : t('structured.summaryByUnnamed'),
      inLanguage: languageTag(reportedBy.language),
      ...(reportedBy.outlet ? { publisher: { '@type': 'Organization', name: reportedBy.outlet } } : {}),
      ...(reportedBy.url ? { url: reportedBy.url } : {}),
      isBasedOn: originalOf(briefing),
    },
  };
}

/** A report the summary cites: only what the editors identified, said to be their identification. */
function reportOf(source: CitedSource): Report {
  const id = source.identifiedAs;
  if (!id) return { '@type': 'Report', name: source.name, description: source.description };
  return {
    '@type': 'Report',
    name: id.title,
    ...(id.author ? { author: { '@type': 'Person', name: id.author } } : {}),
    publisher: { '@type': 'Organization', name: id.publisher },
    datePublished: id.published.date,
    ...(id.url ? { url: id.url } : {}),
    description: t('structured.identified', { source: source.name, basis: id.basis }),
  };
}

export function briefingJsonLd(briefing: BriefingFacts, url: string, image: string, site: { name: string; url: string }): WithContext<Article> {
  const us = siteOrganization(site.name, site.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: briefing.title,
    description: briefing.summary,
    url,
    image,
    inLanguage: 'en',
    author: us,
    publisher: us,
    creditText: t('structured.creditAnalysis', {
      analyst: briefing.analyst.name,
      publisher: briefing.original.publisher,
      translation: briefing.reportedBy.translation,
    }),
    isBasedOn: translationOf(briefing),
    ...(briefing.citedSources.length ? { citation: briefing.citedSources.map(reportOf) } : {}),
  };
}

export function recommendationJsonLd(
  rec: Pick<RecommendationData, 'title' | 'summary' | 'proposer'>,
  briefing: BriefingFacts,
  urls: { recommendation: string; briefing: string; image: string },
  keywords: string[],
  site: { name: string; url: string },
): WithContext<CreativeWork> {
  const us = siteOrganization(site.name, site.url);
  const source = rec.proposer === ANALYST ? undefined : briefing.citedSources.find((s) => s.id === rec.proposer);
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
    author: us,
    publisher: us,
    isPartOf: { '@type': 'Article', headline: briefing.title, url: urls.briefing },
    isBasedOn: translationOf(briefing),
    // Whose proposal it is: the analyst's own, or the report the summary cites.
    creditText: source
      ? t('structured.creditCited', { source: source.name, analyst: briefing.analyst.name })
      : t('structured.creditAnalyst', { analyst: briefing.analyst.name, publisher: briefing.original.publisher }),
    ...(source ? { citation: reportOf(source) } : {}),
  };
}
