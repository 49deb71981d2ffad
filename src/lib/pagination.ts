/**
 * Long lists (briefings, all recommendations, a tag's or an actor's recommendations) are split into
 * pages so that no page grows with the size of the site. Page 1 is the list's own URL; page n is
 * "<list>/page/n/". Pure, so routes, pages and tests compute the same pages.
 */

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1, even when empty). */
  count: number;
  items: T[];
  /** Items in the whole list, and the 1-based position of this page's first item. */
  total: number;
  start: number;
  url: string;
  prev?: string;
  next?: string;
  /** Every page's URL, first to last, for the page links. */
  urls: string[];
}

/** The URL of page `number` of the list at `listUrl` (which ends in a slash). */
export function pageUrl(listUrl: string, number: number): string {
  return number <= 1 ? listUrl : `${listUrl}page/${number}/`;
}

/** The route parameter of a `[...page].astro` route: undefined for page 1, "page/n" after. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `page/${number}`;
}

export function paginate<T>(items: readonly T[], size: number, listUrl: string): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`A page size must be a whole number of at least 1, not ${size}.`);
  const count = Math.max(1, Math.ceil(items.length / size));
  const urls = Array.from({ length: count }, (_, i) => pageUrl(listUrl, i + 1));
  return urls.map((url, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    total: items.length,
    start: i * size + 1,
    url,
    prev: urls[i - 1],
    next: urls[i + 1],
    urls,
  }));
}

/** The page numbers a page's navigation shows: first, last, and two either side of the current one. */
export function pageLinks(current: number, count: number): (number | 'gap')[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? ['gap' as const, n] : [n]));
}

/** `getStaticPaths` entries for a list: one per page, with the page as a prop. */
export function listPaths<T, P extends Record<string, string | undefined>>(
  items: readonly T[],
  size: number,
  listUrl: string,
  params: P = {} as P,
): { params: P & { page: string | undefined }; props: { page: ListPage<T> } }[] {
  return paginate(items, size, listUrl).map((page) => ({ params: { ...params, page: pageParam(page.number) }, props: { page } }));
}
