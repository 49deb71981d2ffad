/**
 * Arriving from a search result: marks the words it carried (?highlight=…) with Pagefind's
 * highlighter, loaded from under the base path only then, and brings the target section into view.
 */
const base = import.meta.env.BASE_URL;

export async function loadHighlighter(): Promise<void> {
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as {
    default: new (options: object) => unknown;
  };
  new PagefindHighlight({
    highlightParam: 'highlight',
    // Our stylesheet styles the marks; Pagefind's injected <style> would be a second source.
    addStyles: false,
    markContext: document.querySelector('main'),
    // The default skips [data-pagefind-ignore], which would leave recommendation sections unmarked;
    // tag chips and "open"/"copy" links are navigation, not the text the reader searched.
    markOptions: {
      className: 'pagefind-highlight',
      exclude: ['nav', 'nav *', 'body > header', 'body > header *', '[data-no-highlight]', '[data-no-highlight] *'],
    },
  });
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  target?.scrollIntoView({ block: 'start' });
}
