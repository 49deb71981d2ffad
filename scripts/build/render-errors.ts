/**
 * Astro names the page that failed to render ("Caught error rendering /briefings/x/: …"), but an
 * editor needs the file: this maps each failed page to the content files it is built from.
 */
import { COLLECTION_FILES } from '../../src/model/collection-files.ts';
import type { ContentInput } from '../../src/model/types.ts';

export function failedPages(log: string, base = '/'): string[] {
  const pages = [...log.matchAll(/Caught error rendering (\S+?):? /g)].map((m) => m[1]!);
  return [...new Set(pages.map((page) => `/${page.slice(page.startsWith(base) ? base.length : 0).replace(/^\/+/, '')}`))];
}

/** The content files a page is built from, as the content checker names them (`shownDir`/…). */
export function filesBehind(page: string, content: ContentInput, shownDir: string): string[] {
  const [, kind, id] = /^\/(?:og\/)?(briefings|recommendations|tags|actors)\/([^/.]+)/.exec(page) ?? [];
  const fileOf = (entry: { filePath?: string | undefined }) => entry.filePath;
  if (kind === 'briefings') {
    const briefing = content.briefings.find((b) => b.id === id);
    const recs = content.recommendations.filter((r) => r.data.briefing.id === id);
    return [briefing, ...recs].map((e) => e && fileOf(e)).filter((f): f is string => Boolean(f));
  }
  if (kind === 'recommendations') {
    const rec = content.recommendations.find((r) => r.id === id);
    const briefing = rec && content.briefings.find((b) => b.id === rec.data.briefing.id);
    return [rec, briefing].map((e) => e && fileOf(e)).filter((f): f is string => Boolean(f));
  }
  if (kind === 'tags') return [`${shownDir}/${COLLECTION_FILES.tags}`];
  if (kind === 'actors') return [`${shownDir}/${COLLECTION_FILES.actors}`];
  return [];
}

/** What the build prints after Astro's own error, one line per failed page. */
export function renderErrorHelp(log: string, content: ContentInput, shownDir: string, base = '/'): string | undefined {
  const lines = failedPages(log, base).map((page) => {
    const files = filesBehind(page, content, shownDir);
    return files.length
      ? `- ${page} is built from ${files.join(', ')}: look there first; the error above says what went wrong.`
      : `- ${page} failed in the site's own code, not in the content (the error above says where).`;
  });
  return lines.length ? `Pages that failed to render:\n${lines.join('\n')}` : undefined;
}
