/** The theme button (ThemeToggle.astro): cycles system, light, dark, and remembers the choice. */
const ORDER = ['system', 'light', 'dark'] as const;
type Theme = (typeof ORDER)[number];

export function initThemeToggle(button: HTMLButtonElement): void {
  const root = document.documentElement;
  const current = (): Theme => (root.dataset.theme === 'light' || root.dataset.theme === 'dark' ? root.dataset.theme : 'system');
  const show = (theme: Theme) => {
    button.textContent = button.dataset[`label${theme[0]!.toUpperCase()}${theme.slice(1)}`] ?? theme;
  };
  button.hidden = false;
  show(current());
  button.addEventListener('click', () => {
    const next = ORDER[(ORDER.indexOf(current()) + 1) % ORDER.length]!;
    if (next === 'system') delete root.dataset.theme;
    else root.dataset.theme = next;
    show(next);
    // Storage can be refused (private modes, blocked cookies): the choice then lasts for this page.
    try {
      if (next === 'system') localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
    } catch {}
  });
}
