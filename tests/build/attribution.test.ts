/**
 * Issue 14, item 5: on every built list page (tags, actors, all recommendations, and their
 * page/n pages in the paged variant build), each recommendation is listed and counted under who
 * proposes it, never a cited report's proposal under the analyst's name. The expectation comes
 * from the content files, not from the site's code.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/build-site';
import { htmlFiles, readPage, sitePathOf, textOf } from '../support/dist';
import { VARIANT } from '../support/global-setup';
import { readProposals, type ProposalRow } from '../support/proposals';

const { briefings, recommendations: recs } = readProposals(join(projectRoot, 'content'));
const recById = new Map(recs.map((r) => [r.id, r]));
/** The recommendations a cited report proposes: what the defect counted as the analyst's. */
const citedProposals = recs.filter((r) => r.proposer !== 'analyst');

const countText = (n: number) => (n === 1 ? '1 recommendation' : `${n} recommendations`);

/** The list a page belongs to, and the recommendations of the whole list. */
function listOf(path: string): { list: string; members: ProposalRow[] } | undefined {
  const m = /^\/(tags|actors)\/([a-z0-9-]+)\/(?:page\/\d+\/)?$/.exec(path);
  if (m) return { list: `/${m[1]}/${m[2]}/`, members: recs.filter((r) => (m[1] === 'tags' ? r.tags : r.actors).includes(m[2]!)) };
  if (/^\/recommendations\/(?:page\/\d+\/)?$/.test(path)) return { list: '/recommendations/', members: recs };
  return undefined;
}

const builds = [
  { name: 'one-page build', dir: inject('siteDir'), base: '/' },
  { name: `paged build (pages of ${VARIANT.pageSize})`, dir: inject('variantDir'), base: VARIANT.base },
];

describe.each(builds)('list pages of the $name', ({ dir, base }) => {
  const pages = htmlFiles(dir)
    .map((file) => sitePathOf(dir, file))
    .flatMap((path) => {
      const list = listOf(path);
      return list ? [{ path, ...list }] : [];
    });

  it('has content with cited-source proposals and list pages to check', () => {
    expect(citedProposals.map((r) => r.id)).toContain('tehran-should-restrain-its-iraqi-agents');
    expect(pages.some((p) => p.path.includes('/page/'))).toBe(base !== '/');
    expect(pages.some((p) => p.path.startsWith('/tags/'))).toBe(true);
    expect(pages.some((p) => p.path.startsWith('/actors/'))).toBe(true);
  });

  it('lists and counts every recommendation under its own proposer, with its briefing, never a cited one under the analyst', () => {
    const listed = new Map<string, string[]>();
    for (const { path, list, members } of pages) {
      const page = readPage(dir, path);
      const summary = page.querySelector('main dl');
      const headings = [...page.querySelectorAll('main h3[id^="from-"]')];
      for (const heading of headings) {
        // A group is its heading's parent: a section on tag and actor pages, a part of the briefing's section on /recommendations/.
        const section = heading.parentElement!;
        const name = textOf(heading).split(' · ')[0];
        const ids = [...section.querySelectorAll('article > :is(h2, h3, h4) > a')].map((a) => a.getAttribute('href')!.slice(base.length).split('/')[1]!);
        expect(ids.length, `${path} ${name}`).toBeGreaterThan(0);
        const group = recById.get(ids[0]!)!;
        for (const id of ids) {
          const rec = recById.get(id)!;
          expect(`${rec.briefing} ${rec.proposerName}`, `${path}: "${id}" is listed under "${name}"`).toBe(`${group.briefing} ${name}`);
        }
        const whole = members.filter((r) => r.briefing === group.briefing && r.proposer === group.proposer).length;
        const cited = group.proposer !== 'analyst';
        // All recommendations sit under their briefing's heading already; elsewhere the group names it.
        const detail = path.startsWith('/recommendations/')
          ? `${cited ? 'cited in this briefing · ' : ''}${countText(whole)}`
          : `${cited ? 'cited in ' : ''}${briefings.get(group.briefing)!.title} · ${countText(whole)}`;
        expect(textOf(heading), path).toBe(`${name} · ${detail}`);
        if (summary) {
          const link = summary.querySelector(`a[href="#${heading.id}"]`);
          expect(textOf(link), `${path}: count for ${name}`).toBe(countText(whole));
          expect(textOf(link?.closest('dd')?.previousElementSibling), `${path}: name beside the count`).toBe(name);
          expect(textOf(link?.closest('dd')), path).toContain(`${cited ? 'cited in' : 'in'} “${briefings.get(group.briefing)!.title}”`);
        }
        listed.set(list, [...(listed.get(list) ?? []), ...ids]);
      }
      // Nothing counted on the page that its groups do not show.
      if (summary) expect(summary.querySelectorAll('dt').length, path).toBe(headings.length);
    }
    // Across its pages, each list shows each of its recommendations once, in some proposer's group.
    for (const { list, members } of pages) {
      expect([...(listed.get(list) ?? [])].sort(), list).toEqual(members.map((r) => r.id).sort());
    }
  });
});

describe('the tag "Security of US personnel"', () => {
  it("groups the Atlantic Council's proposal under the Atlantic Council report, and counts none for Ranj Alaaldin", () => {
    const page = readPage(inject('siteDir'), '/tags/security-of-us-personnel/');
    const title = 'Six options for Washington to “reset its relationship” with Baghdad';
    const headings = [...page.querySelectorAll('main section[aria-labelledby^="from-"] > h3')].map((h) => textOf(h));
    expect(headings).toEqual([
      `Atlantic Council report · cited in ${title} · 1 recommendation`,
      'John Hannah · The strategic dialogue may be the last chance to save the US–Iraq partnership · 1 recommendation',
    ]);
    const group = page.querySelector('main section[aria-labelledby="from-alaaldin-brookings-2020--atlantic-council-report"]');
    expect(group?.querySelector('a[href="/recommendations/tehran-should-restrain-its-iraqi-agents/"]')).not.toBeNull();
    const summary = textOf(page.querySelector('main dl'));
    expect(summary).toContain(`Atlantic Council report 1 recommendation cited in “${title}”`);
    expect(textOf(page.querySelector('main'))).not.toContain('Ranj Alaaldin');
  });
});
