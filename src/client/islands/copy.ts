/** Copy controls (CopyButton.astro): copy a permalink or a text, and say so to screen readers. */
import { formatDateOnly } from '../../i18n/dates';

export function initCopy(): void {
  // Citations name the day they are read: the reader's today, not the build's.
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  document
    .querySelectorAll<HTMLElement>('[data-accessed]')
    .forEach((slot) => (slot.textContent = (slot.dataset.accessed ?? '').replace('{date}', slot.dataset.style === 'long' ? formatDateOnly(iso) : iso)));
  // One live region for every copy on the page, made at load so announcements are heard.
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'sr-only';
  document.body.append(status);
  document.querySelectorAll<HTMLElement>('[data-copy-from]').forEach((button) => (button.hidden = false));

  document.addEventListener('click', async (event) => {
    const trigger = (event.target as Element | null)?.closest<HTMLElement>('[data-copy-link], [data-copy-from]');
    // A modified click opens the link in a new tab or window, as the reader asked.
    if (!trigger || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // A link copies the canonical URL it carries, so Copy link and the citations give one address.
    const text = trigger.dataset.copyFrom
      ? (document.getElementById(trigger.dataset.copyFrom)?.textContent ?? '').trim()
      : trigger.dataset.copyLink || new URL(trigger.getAttribute('href') ?? '', location.href).href;
    let message = trigger.dataset.copied ?? '';
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      message = trigger.dataset.failed ?? '';
    }
    status.textContent = message;
    trigger.dataset.state = message === trigger.dataset.copied ? 'copied' : 'failed';
    setTimeout(() => delete trigger.dataset.state, 2500);
  });
}
