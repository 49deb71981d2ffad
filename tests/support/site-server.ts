/** Serves the built site on 127.0.0.1, port 0, for browser tests; one server per test file. */
import { inject } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/build/serve';

export function serveBuiltSite(): Promise<StaticServer> {
  return serveStatic({ root: inject('siteDir'), port: 0 });
}

/** One page of each kind the site has, for audits that must cover them all. */
export const PAGE_KINDS = {
  home: '/',
  briefings: '/briefings/',
  briefing: '/briefings/alaaldin-brookings-2020/',
  recommendations: '/recommendations/',
  recommendation: '/recommendations/help-kadhimi-with-governance/',
  tags: '/tags/',
  tag: '/tags/sanctions/',
  actors: '/actors/',
  actor: '/actors/mustafa-al-kadhimi/',
  compare: '/compare/',
  about: '/about/',
  search: '/search/?q=sanctions',
  notFound: '/no-such-page/',
} as const;
