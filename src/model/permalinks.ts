/**
 * Published URLs are a promise: the registry (content/permalinks.json) lists every briefing and
 * recommendation URL ever published, and each must still be produced, as a page or a redirect.
 */
import { createRoutes } from '../lib/urls.ts';

/** URLs without the base path: the registry must not change when the site moves. */
const paths = createRoutes('/');

export const REGISTRY_FILE = 'permalinks.json';

export interface PermalinkSource {
  briefings: { id: string; data: { formerIds: string[] } }[];
  recommendations: { id: string; data: { formerIds: string[] } }[];
}

/** The permalinks the content produces now: current pages first, then redirects from former ids. */
export function producedPermalinks(content: PermalinkSource): { pages: string[]; redirects: Map<string, string> } {
  const pages = [...content.briefings.map((b) => paths.briefing(b.id)), ...content.recommendations.map((r) => paths.recommendation(r.id))];
  const redirects = new Map<string, string>();
  for (const b of content.briefings) for (const old of b.data.formerIds) redirects.set(paths.briefing(old), paths.briefing(b.id));
  for (const r of content.recommendations) for (const old of r.data.formerIds) redirects.set(paths.recommendation(old), paths.recommendation(r.id));
  return { pages, redirects };
}

/** The registry after publishing: what it had, plus every page produced now. Never shorter. */
export function updatedRegistry(registry: string[], content: PermalinkSource): string[] {
  return [...new Set([...registry, ...producedPermalinks(content).pages])].sort();
}

/** Pages the content produces that the registry does not list yet: a rename could break them unnoticed. */
export function unrecordedPermalinks(registry: string[], content: PermalinkSource): string[] {
  const recorded = new Set(registry);
  return producedPermalinks(content).pages.filter((url) => !recorded.has(url));
}

/** What a registry URL names: "/recommendations/x/" → { kind: 'recommendation', id: 'x' }. */
export function parsePermalink(url: string): { kind: 'briefing' | 'recommendation'; id: string } | undefined {
  const match = /^\/(briefings|recommendations)\/([^/]+)\/$/.exec(url);
  if (!match) return undefined;
  return { kind: match[1] === 'briefings' ? 'briefing' : 'recommendation', id: match[2]! };
}
