/**
 * Places the header's results panel under the search box and keeps it inside the viewport at any
 * width and with any fonts: the box can sit anywhere in the header, so the panel is measured from
 * it on opening and whenever the window or the box changes size, never laid out by a fixed CSS side.
 * (Floating UI does this too, but would add 5.7 KB gzip to the first search for the same result.)
 */

/** Space between the box and the panel, and kept free at the viewport's edges, in px. */
const GAP = 6;
const EDGE = 8;
/** The widest the panel gets, in rem: results read best at a line length the box alone lacks. */
const WIDEST_REM = 36;
/** Never shorter than this, in px, so a short viewport still shows a result or two. */
const LOWEST = 160;

export interface Placement {
  left: number;
  top: number;
  width: number;
  maxHeight: number;
}

/**
 * Where the panel goes, in viewport px: right-aligned with the box, shifted to stay inside the
 * viewport, as wide as it may be, and no taller than the space left below the box.
 */
export function placement(anchor: { left: number; right: number; bottom: number }, viewport: { width: number; height: number }, rem: number): Placement {
  const width = Math.max(0, Math.min(WIDEST_REM * rem, viewport.width - 2 * EDGE));
  const left = Math.min(Math.max(EDGE, anchor.right - width), viewport.width - EDGE - width);
  const top = anchor.bottom + GAP;
  const maxHeight = Math.max(LOWEST, Math.min(viewport.height - top - EDGE, viewport.height * 0.7));
  return { left, top, width, maxHeight };
}

/** Starts placing `panel` under `anchor`; returns the function that stops it. */
export function placePanel(anchor: HTMLElement, panel: HTMLElement): () => void {
  const update = () => {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const root = document.documentElement;
    const at = placement(anchor.getBoundingClientRect(), { width: root.clientWidth, height: innerHeight }, rem);
    // The panel is absolutely positioned in its parent: convert from viewport px.
    const parent = (panel.offsetParent ?? root).getBoundingClientRect();
    panel.style.left = `${at.left - parent.left}px`;
    panel.style.top = `${at.top - parent.top}px`;
    panel.style.width = `${at.width}px`;
    panel.style.maxHeight = `${at.maxHeight}px`;
  };
  update();
  const resized = new ResizeObserver(update);
  resized.observe(anchor);
  addEventListener('resize', update);
  return () => {
    resized.disconnect();
    removeEventListener('resize', update);
  };
}
