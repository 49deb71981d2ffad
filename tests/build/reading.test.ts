/** Cross-linking and reading aids in the built site: compare, actor links, related, counts, print, reading time. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readPage, textOf } from '../support/dist';
import { sharedBuild } from '../support/shared-build';

const dist = inject('siteDir');

describe('compare', () => {
  const page = readPage(dist, '/compare/');
  const rows = [...page.querySelectorAll('tbody')];

  it("has a row per topic and a column per briefing, each cell listing that briefing's recommendations", () => {
    const columns = [...page.querySelectorAll('thead th a')].map((a) => a.getAttribute('href'));
    const alaaldin = columns.indexOf('/briefings/alaaldin-brookings-2020/');
    const hannah = columns.indexOf('/briefings/hannah-foreign-policy-2020/');
    expect(alaaldin).toBeGreaterThanOrEqual(0);
    expect(hannah).toBeGreaterThanOrEqual(0);
    const sanctions = rows.find((row) => row.querySelector('th[scope="row"] a[href="/tags/sanctions/"]'))!;
    const cells = [...sanctions.querySelectorAll('tr:first-child td')];
    expect(cells).toHaveLength(columns.length);
    expect(cells[alaaldin]?.querySelector('a[href="/recommendations/help-kadhimi-with-governance/"]')).not.toBeNull();
    expect(cells[hannah]?.querySelector('a[href="/recommendations/use-leverage-sanctions-and-strikes/"]')).not.toBeNull();
    expect(cells[hannah]?.querySelector('a[href="/recommendations/help-kadhimi-with-governance/"]')).toBeNull();
  });

  it('shows where the analyses meet and split, with the notes', () => {
    const text = textOf(page.querySelector('table'));
    expect(text).toContain('Support or pressure');
    expect(text).toContain('need not be the same sanctions');
    expect(text).toMatch(/Help with conditions contrasts with Use the leverage/);
    expect(text).toMatch(/Lower expectations agrees with Limited and realistic demands/);
  });

  it('is linked from every briefing', () => {
    for (const id of ['alaaldin-brookings-2020', 'hannah-foreign-policy-2020']) {
      expect(readPage(dist, `/briefings/${id}/`).querySelector('main a[href="/compare/"]'), id).not.toBeNull();
    }
  });
});

describe('cross-links', () => {
  it("links the first mention of each actor in a recommendation's text, once per section", () => {
    const page = readPage(dist, '/recommendations/lower-expectations-on-iran-proxies/');
    const body = page.querySelector('main article .prose')!;
    expect(textOf(body).match(/al-Kadhimi/g)?.length).toBe(2);
    expect(body.querySelectorAll('a[href="/actors/mustafa-al-kadhimi/"]')).toHaveLength(1);
    expect(body.querySelector('a[href="/actors/abu-mahdi-al-muhandis/"]')?.textContent).toBe('al-Muhandis');
    const briefing = readPage(dist, '/briefings/alaaldin-brookings-2020/');
    expect(briefing.querySelectorAll('section.recommendation')).toHaveLength(8);
    for (const section of briefing.querySelectorAll('section.recommendation')) {
      const hrefs = [...section.querySelectorAll('.prose a[href^="/actors/"]')].map((a) => a.getAttribute('href'));
      expect(new Set(hrefs).size, section.id).toBe(hrefs.length);
    }
  });

  it('lists declared relations first, then recommendations sharing topics or actors', () => {
    const related = readPage(dist, '/recommendations/help-kadhimi-with-governance/').querySelector('section[aria-labelledby="related"]')!;
    const kinds = [...related.querySelectorAll('li > p:first-child')].map((p) => textOf(p));
    expect(kinds.slice(0, 1)).toEqual(['Contrasts with']);
    expect(kinds.slice(1).length).toBeGreaterThan(0);
    expect(new Set(kinds.slice(1))).toEqual(new Set(['Shares topics or actors']));
  });

  it("counts each proposer's recommendations, with their briefing, on tag and actor pages", () => {
    const tag = textOf(readPage(dist, '/tags/militias/').querySelector('main dl'));
    // content/: three recommendations of each briefing carry the militias tag, one of Alaaldin's
    // briefing the Atlantic Council's; one of Alaaldin's own names the Kurdistan Region.
    expect(tag).toMatch(/Ranj Alaaldin\s*2 recommendations in “Six options/);
    expect(tag).toMatch(/Atlantic Council report\s*1 recommendation cited in “Six options/);
    expect(tag).toMatch(/John Hannah\s*3 recommendations in “The strategic dialogue/);
    const actor = readPage(dist, '/actors/kurdistan-region/');
    expect(textOf(actor.querySelector('main dl'))).toMatch(/Ranj Alaaldin\s*1 recommendation in “Six options/);
    expect(actor.querySelector('main section[aria-labelledby="from-alaaldin-brookings-2020"]')).not.toBeNull();
    expect(actor.querySelector('main section[aria-labelledby="from-hannah-foreign-policy-2020"]'), 'Hannah names no Kurdistan Region').toBeNull();
  });
});

describe('reading', () => {
  it('shows the reading time and a contents list that covers sections and recommendations', () => {
    const page = readPage(dist, '/briefings/alaaldin-brookings-2020/');
    expect(textOf(page.querySelector('article header'))).toMatch(/\d+ min read/);
    const contents = [...page.querySelectorAll('nav[data-contents] a')].map((a) => a.getAttribute('href'));
    expect(contents).toContain('#other-views');
    expect(contents).toContain('/briefings/alaaldin-brookings-2020/#distance-iraq-from-us-iran-conflict');
    expect(contents.at(-1)).toBe('#editors-notes');
    for (const href of contents) expect(page.getElementById(href!.split('#')[1]!), href!).not.toBeNull();
  });

  it("prints each recommendation's permalink under it", () => {
    const page = readPage(dist, '/briefings/hannah-foreign-policy-2020/');
    expect(page.querySelectorAll('section.recommendation')).toHaveLength(6);
    for (const section of page.querySelectorAll('section.recommendation')) {
      expect(textOf(section.querySelector('p.print\\:block')), section.id).toMatch(new RegExp(`^Permalink: https?://[^ ]+/recommendations/${section.id}/$`));
    }
  });
});

describe("reading aids of a briefing whose text is known (the base fixture's second briefing)", () => {
  let page: Document;
  beforeAll(async () => {
    const built = await sharedBuild(['base']);
    expect(built.ok, built.output).toBe(true);
    page = readPage(built.outDir, '/briefings/second-briefing/');
  });

  it('gives the reading time as the words of the briefing and its recommendations over 220, rounded', () => {
    // 4 words of narrative, 1 of heading, 3 paragraphs of 22 twelve-word sentences, 7 in second-rec: 804.
    const minutes = Math.round(804 / 220);
    expect(minutes).toBe(4);
    expect(textOf(page.querySelector('article header'))).toContain(`${minutes} min read`);
  });

  it('lists in its contents the group a tag written over several lines places', () => {
    const contents = [...page.querySelectorAll('nav[data-contents] a')].map((a) => a.getAttribute('href'));
    expect(contents).toEqual(['#context', '/briefings/second-briefing/#second-rec', '#editors-notes']);
  });
});
