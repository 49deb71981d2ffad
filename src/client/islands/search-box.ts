/**
 * The header search box (SiteSearch.astro): on first focus, "/" or Ctrl/Cmd+K, loads the search
 * interface and warms the engine; until then nothing of search is fetched.
 */
export function initSearchBox(input: HTMLInputElement, panel: HTMLElement): void {
  let mounted: Promise<void> | undefined;
  const start = () => (mounted ??= import('../search/search-ui').then(({ mountHeaderSearch }) => mountHeaderSearch(input, panel)));

  input.addEventListener('focus', () => void start());
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
    const shortcut = (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
    if (shortcut) {
      event.preventDefault();
      input.focus();
    }
  });
}
