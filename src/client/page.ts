/**
 * The one script of every page: small islands, each started only where its markup is. One file
 * keeps a first visit to a few requests; the search interface and engine stay behind import().
 */
import { initContents } from './islands/contents';
import { initCopy } from './islands/copy';
import { initSearchBox } from './islands/search-box';
import { initThemeToggle } from './islands/theme';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);

// A renamed entry's old URL (RedirectNotice.astro): go on keeping the query (search highlights)
// and the fragment (a section), both of which its no-script meta refresh would drop.
const movedTo = $<HTMLAnchorElement>('a[data-moved-to]');
if (movedTo) location.replace(movedTo.pathname + location.search + location.hash);

const themeButton = $<HTMLButtonElement>('[data-theme-toggle]');
if (themeButton) initThemeToggle(themeButton);

// A link reached by Tab in the phone's sideways-scrolling nav is brought wholly into view:
// browsers leave a half-shown one where it is.
$('body > header nav ul')?.addEventListener('focusin', (event) => (event.target as HTMLElement).scrollIntoView({ block: 'nearest', inline: 'nearest' }));

const searchInput = $<HTMLInputElement>('#site-search');
const searchPanel = $('#site-search-panel');
if (searchInput && searchPanel) initSearchBox(searchInput, searchPanel);

if (document.querySelector('[data-copy-link], [data-copy-from]')) initCopy();

const searchPage = $('[data-search-page]');
if (searchPage) void import('./search/search-ui').then(({ mountSearchPage }) => mountSearchPage(searchPage));

const contents = $('[data-contents]');
if (contents) initContents(contents);

// Arriving from a search result: mark the words it carried (the highlighter loads only then).
if (!movedTo && new URLSearchParams(location.search).has('highlight')) void import('./search/highlight').then(({ loadHighlighter }) => loadHighlighter());

// Beside the text the folded boxes are shown by CSS: open them, so the control says so too.
const folds = document.querySelectorAll<HTMLDetailsElement>('details.fold');
if (folds.length > 0) {
  const wide = matchMedia('(min-width: 64rem)');
  const unfold = () => folds.forEach((fold) => (fold.open = wide.matches));
  unfold();
  wide.addEventListener('change', unfold);
}
