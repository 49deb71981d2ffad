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
