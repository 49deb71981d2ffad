/**
 * The briefing's contents list (BriefingContents.astro): marks the entry of the section being
 * read, the last one whose top has passed a third of the way down the window; none above the first.
 */
export function initContents(nav: HTMLElement): void {
  const targets = [...nav.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')]
    .map((link) => ({ link, target: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
    .filter((entry): entry is { link: HTMLAnchorElement; target: HTMLElement } => entry.target !== null);
  if (targets.length === 0) return;

  let queued = false;
  const update = () => {
    queued = false;
    const line = window.innerHeight / 3;
    // At the top the reader is still on the introduction, not in the first section.
    let current: (typeof targets)[number] | undefined;
    for (const entry of targets) if (entry.target.getBoundingClientRect().top <= line) current = entry;
    for (const { link } of targets) {
      if (link === current?.link) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  const schedule = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(update);
    }
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule);
  update();
}
