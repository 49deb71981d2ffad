/**
 * The theme button (ThemeToggle.astro): a toggle between the theme the system gives and its
 * opposite. A system, light, dark cycle spent the first click of every reader whose system was
 * already light on no visible change; here every click changes what is seen. Choosing the system's
 * own theme forgets the choice, so the page follows the system again; only its opposite is stored.
 */
type Theme = 'light' | 'dark';

const systemDark = matchMedia('(prefers-color-scheme: dark)');
const system = (): Theme => (systemDark.matches ? 'dark' : 'light');

export function initThemeToggle(button: HTMLButtonElement): void {
  const root = document.documentElement;
  const shown = (): Theme => (root.dataset.theme === 'light' || root.dataset.theme === 'dark' ? root.dataset.theme : system());
  const show = () => button.setAttribute('aria-pressed', String(shown() === 'dark'));
  button.hidden = false;
  show();
  // A system that turns dark at dusk changes what a page following it shows.
  systemDark.addEventListener('change', show);
  button.addEventListener('click', () => {
    const next: Theme = shown() === 'dark' ? 'light' : 'dark';
    const follow = next === system();
    if (follow) delete root.dataset.theme;
    else root.dataset.theme = next;
    show();
    // Storage can be refused (private modes, blocked cookies): the choice then lasts for this page.
    try {
      if (follow) localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
    } catch {}
  });
}
