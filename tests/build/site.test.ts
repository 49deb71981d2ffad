/**
 * What the built site (the real content) contains: a page per recommendation, anchored sections,
 * cross-links that resolve, provenance and editor's notes readers can see, and no garbled names.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, readPage, sitePathOf, textOf } from '../support/dist';
import { projectRoot } from '../support/build-site';
import { THEME_SCRIPT } from '../../src/lib/theme-script';
import { BUILD_MARKER } from '../../scripts/build/output-folder';

const dist = inject('siteDir');
const contentDir = join(projectRoot, 'content');

/** Recommendations as the content folder has them: id → briefing id (the folder). */
const recommendations = new Map<string, string>(
  readdirSync(join(contentDir, 'recommendations')).flatMap((briefingId) =>
    readdirSync(join(contentDir, 'recommendations', briefingId)).map((file) => [file.replace(/\.mdx$/, ''), briefingId] as [string, string]),
  ),
);
/** Every module a page loads before any interaction: its scripts and their static imports. */
function staticClosure(dir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(dir, path), 'utf8');
    // Static imports only ("import x from './a.js'", "import './a.js'"); import() waits for use.
    for (const [, spec] of code.matchAll(/import(?:[\w\s{},*]*from)?\s*["'`](\.\/[^"'`]+)["'`]/g)) {
      visit(join(path, '..', spec!));
    }
  };
  entries.forEach((src) => visit(src));
  return [...seen];
}

const briefingIds = readdirSync(join(contentDir, 'briefings')).map((file) => file.replace(/\.mdx$/, ''));

describe('pages', () => {
  it('still has the briefings it launched with, each with as many recommendations as its source makes', () => {
    // Facts of the sources (8 proposals in Alaaldin's, 6 in Hannah's): a new briefing changes neither.
    for (const [briefingId, count] of [
      ['alaaldin-brookings-2020', 8],
      ['hannah-foreign-policy-2020', 6],
    ] as const) {
      expect(briefingIds).toContain(briefingId);
      expect(
        [...recommendations.values()].filter((b) => b === briefingId),
        briefingId,
      ).toHaveLength(count);
    }
  });

  it('builds a page for every recommendation, linking back to its section in the briefing', () => {
    for (const [id, briefingId] of recommendations) {
      const page = readPage(dist, `/recommendations/${id}/`);
      const back = page.querySelector(`a[href="/briefings/${briefingId}/#${id}"]`);
      expect(back, `${id} links back to its section`).not.toBeNull();
      expect(textOf(page.querySelector('h1')).length, `${id} has a title`).toBeGreaterThan(0);
      expect(page.querySelector(`a[href="/briefings/${briefingId}/"]`), `${id} names its briefing`).not.toBeNull();
    }
  });

  it('anchors every recommendation in its briefing by its id, with a link to its own page and a contents entry', () => {
    for (const [id, briefingId] of recommendations) {
      const page = readPage(dist, `/briefings/${briefingId}/`);
      const section = page.getElementById(id);
      expect(section?.tagName, `#${id} in ${briefingId}`).toBe('SECTION');
      expect(section?.querySelector(`a[href="/recommendations/${id}/"]`), `#${id} links to its page`).not.toBeNull();
      expect(page.querySelector(`nav a[href="/briefings/${briefingId}/#${id}"]`), `contents link to #${id}`).not.toBeNull();
      expect(page.querySelectorAll(`[id="${id}"]`)).toHaveLength(1);
    }
  });

  it('lists every briefing on the home page with analyst, summary and recommendation count', () => {
    const home = readPage(dist, '/');
    for (const briefingId of briefingIds) {
      const card = home.querySelector(`a[href="/briefings/${briefingId}/"]`)?.closest('article');
      expect(card, briefingId).toBeTruthy();
      const count = [...recommendations.values()].filter((b) => b === briefingId).length;
      expect(textOf(card)).toContain(`${count} recommendations`);
    }
    expect(textOf(home.querySelector('article'))).toMatch(/Ranj Alaaldin|John Hannah/);
    expect(home.querySelectorAll('a[href^="/tags/"]').length).toBeGreaterThanOrEqual(10);
  });

  it('lists every recommendation, grouped by briefing', () => {
    const page = readPage(dist, '/recommendations/');
    for (const [id, briefingId] of recommendations) {
      const link = page.querySelector(`a[href="/recommendations/${id}/"]`);
      expect(link, id).not.toBeNull();
      expect(link?.closest('section')?.querySelector(`h2 a[href="/briefings/${briefingId}/"]`), `${id} under its briefing`).not.toBeNull();
    }
  });

  it('gives every page a specific title, a description and a language', () => {
    const titles = new Set<string>();
    for (const file of htmlFiles(dist)) {
      const { document } = { document: readPage(dist, sitePathOf(dist, file)) };
      const title = textOf(document.querySelector('title'));
      expect(title, file).not.toBe('');
      expect(titles.has(title), `duplicate title "${title}"`).toBe(false);
      titles.add(title);
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content'), file).toBeTruthy();
      expect(document.documentElement.getAttribute('lang')).toBe('en');
      expect(document.querySelector('header nav a[href="/recommendations/"]'), `${file} has the site navigation`).not.toBeNull();
    }
  });

  it('ships reading pages only small islands (search loader, highlighter loader, copy): no search interface, engine or index until search is used', () => {
    for (const file of htmlFiles(dist)) {
      if (file.endsWith('/search/index.html')) continue;
      const page = readPage(dist, sitePathOf(dist, file));
      // One inline script only: the theme, which must run before the first paint.
      const inline = [...page.querySelectorAll('script:not([src]):not([type="application/ld+json"])')];
      expect(
        inline.map((s) => s.textContent ?? '').filter((code) => !code.includes("localStorage.getItem('theme')")),
        file,
      ).toEqual([]);
      expect(
        inline.reduce((n, s) => n + (s.textContent?.length ?? 0), 0),
        file,
      ).toBeLessThan(400);
      const loaded = staticClosure(
        dist,
        [...page.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
      );
      for (const chunk of loaded) {
        expect(chunk, file).not.toMatch(/search-ui|pagefind/);
      }
      const bytes = loaded.reduce((sum, chunk) => sum + gzipSync(readFileSync(join(dist, chunk))).length, 0);
      expect(bytes, `${file} loads ${loaded.join(', ')}`).toBeLessThan(3072);
    }
  });

  it('offers the recommendation list on the 404 page', () => {
    const page = readPage(dist, '/404.html');
    expect(page.querySelector('main a[href="/recommendations/"]')).not.toBeNull();
  });
});

describe('links', () => {
  it('cross-links tags and actors both ways', () => {
    const rec = readPage(dist, '/recommendations/engage-pmf-splinter-factions/');
    expect(rec.querySelector('a[href="/tags/militias/"]')).not.toBeNull();
    expect(rec.querySelector('a[href="/actors/popular-mobilization-forces/"]')).not.toBeNull();
    const tagPage = readPage(dist, '/tags/militias/');
    expect(tagPage.querySelector('a[href="/recommendations/engage-pmf-splinter-factions/"]')).not.toBeNull();
    const actorPage = readPage(dist, '/actors/popular-mobilization-forces/');
    expect(actorPage.querySelector('main a[href="/recommendations/engage-pmf-splinter-factions/"]')).not.toBeNull();
  });

  it('shows a relation on both recommendations, with its note and the other briefing', () => {
    const declared = readPage(dist, '/recommendations/help-kadhimi-with-governance/');
    const related = declared.querySelector('section[aria-labelledby="related"]');
    expect(textOf(related)).toContain('Contrasts with');
    expect(textOf(related)).toContain('IMF and World Bank');
    expect(related?.querySelector('a[href="/recommendations/use-leverage-sanctions-and-strikes/"]')).not.toBeNull();
    expect(related?.querySelector('a[href="/briefings/hannah-foreign-policy-2020/"]')).not.toBeNull();
    const other = readPage(dist, '/recommendations/use-leverage-sanctions-and-strikes/');
    expect(other.querySelector('section[aria-labelledby="related"] a[href="/recommendations/help-kadhimi-with-governance/"]')).not.toBeNull();
  });

  it('links previous and next within a briefing', () => {
    const page = readPage(dist, '/recommendations/lower-expectations-on-iran-proxies/');
    expect(page.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/recommendations/engage-pmf-splinter-factions/');
    expect(page.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/recommendations/help-kadhimi-with-governance/');
  });
});

describe('provenance and fidelity', () => {
  it('shows the provenance chain of each briefing', () => {
    const brookings = textOf(readPage(dist, '/briefings/alaaldin-brookings-2020/').querySelector('aside[aria-labelledby="provenance"]'));
    expect(brookings).toContain('Brookings Institution');
    expect(brookings).toContain('How the US should approach the strategic dialogue with Iraq');
    expect(brookings).toContain('Alhurra');
    expect(brookings).toContain('English machine translation');
    expect(brookings).toContain('May 2020 (month only');
    const hannah = textOf(readPage(dist, '/briefings/hannah-foreign-policy-2020/').querySelector('aside[aria-labelledby="provenance"]'));
    expect(hannah).toContain('Not named in the text');
    expect(hannah).toContain('Not known to us');
    expect(hannah).toContain('May 2020 (month only, inferred from the text)');
  });

  it('attributes cited proposals to the report that makes them', () => {
    const page = readPage(dist, '/recommendations/distance-iraq-from-us-iran-conflict/');
    expect(textOf(page.querySelector('main dl'))).toContain('Proposed by Atlantic Council report');
    expect(textOf(page.querySelector('main dl'))).toContain('Ranj Alaaldin');
  });

  it("prints mended names in the text, and the garbled forms only in editor's notes", () => {
    const garbled = [
      'Al-Kazemi',
      'Al-Kazimi',
      'Aladdin',
      'John Hana',
      'Brookings Research Center',
      'the crowd',
      'the engineer',
      'wounding strikes',
      'Kurdish paper',
      '(Reuters)',
    ];
    for (const briefingId of briefingIds) {
      const page = readPage(dist, `/briefings/${briefingId}/`);
      // The provenance panel and the notes quote the translation on purpose.
      page.querySelector('section[aria-labelledby="editors-notes"]')?.remove();
      page.querySelector('aside[aria-labelledby="provenance"]')?.remove();
      // So does a title's label, which says what heading the translation prints when we mend it.
      for (const label of page.querySelectorAll('[data-voice="heading"]')) label.remove();
      const text = textOf(page.querySelector('main'));
      for (const word of garbled) expect(text, `${briefingId} still says "${word}"`).not.toContain(word);
    }
  });

  it("shows readers every editor's note, on the briefing and on the recommendation it concerns", () => {
    const notes = textOf(readPage(dist, '/briefings/alaaldin-brookings-2020/').querySelector('section[aria-labelledby="editors-notes"]'));
    for (const source of [
      'Rang Aladdin',
      'Al-Kazemi',
      'Kurdish paper',
      'rather than demanding that Iraq be fully resolved',
      'He believes that Tehran should',
    ]) {
      expect(notes).toContain(source);
    }
    const rec = textOf(readPage(dist, '/recommendations/use-leverage-sanctions-and-strikes/').querySelector('section[aria-labelledby="notes"]'));
    expect(rec).toContain('wounding strikes against militia leaders');
    expect(rec).toContain('painful strikes against militia leaders');
  });

  it('lists every alias of an actor, Arabic script marked as such', () => {
    const page = readPage(dist, '/actors/mustafa-al-kadhimi/');
    const aliases = page.querySelector('section[aria-labelledby="aliases"]');
    for (const alias of ['Al-Kazemi', 'Al-Kazimi', 'Kazemi', 'Kadhimi']) expect(textOf(aliases)).toContain(alias);
    const arabic = aliases?.querySelector('[lang="ar"]');
    expect(arabic?.getAttribute('dir')).toBe('rtl');
    expect(textOf(aliases)).toContain('الكاظمي');
    expect(page.querySelectorAll('main a[href^="/recommendations/"]').length).toBeGreaterThanOrEqual(5);
  });
});

describe('output', () => {
  it('leaves no staging or intermediate folders behind', () => {
    // The build stages beside dist/ (.dist.staging, .dist.previous), and Astro works inside it (.prerender).
    expect(readdirSync(join(dist, '..')).filter((name) => name.startsWith('.dist.'))).toEqual([]);
    // The one dotfile is the build's marker, which lets the next build know the folder is its own.
    expect(readdirSync(dist).filter((name) => name.startsWith('.'))).toEqual([BUILD_MARKER]);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('</html>');
  });
});

describe('content security policy', () => {
  it('allows exactly one inline script, the theme script, which every page carries byte for byte', () => {
    const scriptSrc = /script-src ([^;]*)/.exec(readFileSync(join(dist, '_headers'), 'utf8'))?.[1] ?? '';
    expect(scriptSrc.split(' ').filter((source) => source.startsWith("'sha256-"))).toEqual([
      `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`,
    ]);
    for (const file of htmlFiles(dist)) {
      const inline = [...readFileSync(file, 'utf8').matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/gi)].map(
        (m) => m[1],
      );
      expect(inline, sitePathOf(dist, file)).toEqual([THEME_SCRIPT]);
    }
  });
});

describe('actors named only in a narrative', () => {
  it('link from their page to the briefings whose text names them (Pompeo, the Quds Force)', () => {
    for (const id of ['mike-pompeo', 'quds-force']) {
      const page = readPage(dist, `/actors/${id}/`);
      const links = [...page.querySelectorAll('section[aria-labelledby="named-in"] a')].map((a) => a.getAttribute('href'));
      expect(links, id).toEqual(['/briefings/alaaldin-brookings-2020/']);
    }
    expect(readPage(dist, '/actors/sunni-factions/').querySelector('section[aria-labelledby="named-in"]')).toBeNull();
  });
});
