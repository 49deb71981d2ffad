/** The site's sections, in the order the header's nav and the footer list them. */
import type { UiKey } from '../i18n/index.ts';
import { routes } from './urls.ts';

export const SECTIONS: readonly { href: string; key: UiKey }[] = [
  { href: routes.briefings, key: 'nav.briefings' },
  { href: routes.recommendations, key: 'nav.recommendations' },
  { href: routes.compare, key: 'nav.compare' },
  { href: routes.tags, key: 'nav.tags' },
  { href: routes.actors, key: 'nav.actors' },
];
