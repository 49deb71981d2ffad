import { en } from './en.ts';
import { fill } from './fill.ts';

export type UiKey = keyof typeof en;

/** A UI string, with {placeholders} filled from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return fill(en[key], vars);
}

/** "1 recommendation" / "3 recommendations". */
export function countRecommendations(count: number): string {
  return count === 1 ? t('count.recommendationsOne') : t('count.recommendations', { count });
}

/** A list page's title: the list's own on page 1, "Title (page 2 of 5)" after. */
export function pagedTitle(title: string, page: { number: number; count: number }): string {
  return page.number === 1 ? title : t('pagination.title', { title, number: page.number, count: page.count });
}
