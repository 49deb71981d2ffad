/** Copy controls (CopyButton.astro): copy a permalink or a text, and say so on the control and to screen readers. */
import { formatDateOnly } from '../../i18n/dates';

/** How long a control says it copied before it shows its label again. */
const SAID_FOR_MS = 4000;

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
  status.setAttribute('aria-live', 'polite');
  status.className = 'sr-only';
  document.body.append(status);
  document.querySelectorAll<HTMLElement>('[data-copy-from]').forEach((button) => (button.hidden = false));
  const labels = new WeakMap<HTMLElement, { text: string; timer?: ReturnType<typeof setTimeout> }>();

  const say = (trigger: HTMLElement, message: string) => {
    const label = labels.get(trigger) ?? { text: trigger.textContent ?? '' };
    labels.set(trigger, label);
    clearTimeout(label.timer);
    trigger.textContent = message;
    label.timer = setTimeout(() => (trigger.textContent = label.text), SAID_FOR_MS);
    status.textContent = message;
  };

  // The clipboard refused: put the link's own address (a briefing page's address bar shows the
  // briefing's) where the reader can copy it by hand, already selected.
  const offer = (trigger: HTMLElement) => {
    if (trigger.dataset.copyLink) {
      let field = trigger.nextElementSibling?.matches('[data-copy-fallback]') ? trigger.nextElementSibling.querySelector('input') : null;
      if (!field) {
        const label = document.createElement('label');
        label.dataset.copyFallback = '';
        label.className = 'copy-fallback';
        const text = document.createElement('span');
        text.textContent = trigger.dataset.failed ?? '';
        field = document.createElement('input');
        field.type = 'text';
        field.readOnly = true;
        field.value = trigger.dataset.copyLink;
        field.className = 'copy-field';
        label.append(text, field);
        trigger.after(label);
      }
      field.focus();
      field.select();
      return;
    }
    const source = trigger.dataset.copyFrom ? document.getElementById(trigger.dataset.copyFrom) : null;
    if (source) getSelection()?.selectAllChildren(source);
    status.textContent = trigger.dataset.failed ?? '';
  };

  document.addEventListener('click', async (event) => {
    const trigger = (event.target as Element | null)?.closest<HTMLElement>('[data-copy-link], [data-copy-from]');
    // A modified click opens the link in a new tab or window, as the reader asked.
    if (!trigger || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // A link copies the canonical URL it carries, so Copy link and the citations give one address.
    const text = trigger.dataset.copyFrom
      ? (document.getElementById(trigger.dataset.copyFrom)?.textContent ?? '').trim()
      : trigger.dataset.copyLink || new URL(trigger.getAttribute('href') ?? '', location.href).href;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      offer(trigger);
      return;
    }
    say(trigger, trigger.dataset.copied ?? '');
  });
}
