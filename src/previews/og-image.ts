/**
 * Preview images for links shared in chats and posts: 1200×630 PNGs drawn at build time with
 * satori (layout to SVG) and resvg (SVG to PNG), in Inter from @fontsource — a font file from npm,
 * so every machine draws the same image and nothing is fetched.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

import { OG_IMAGE, type PreviewCard } from './previews.ts';

const require = createRequire(import.meta.url);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  // satori reads TTF, OTF and WOFF, not WOFF2.
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Inter',
      data: await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | Node[] | string } };
const box = (style: Record<string, unknown>, children: Node['props']['children']): Node => ({ type: 'div', props: { style, children } });

/** Long titles get a smaller size so they fit in three lines. */
function titleSize(title: string): number {
  return title.length > 90 ? 46 : title.length > 55 ? 56 : 68;
}

/** Bumped when the drawing changes, so cached images from an older design are not reused. */
const DESIGN_VERSION = 1;

/** The cache key of a card: a hash of everything the image shows. */
export function previewKey(card: PreviewCard): string {
  return createHash('sha256').update(JSON.stringify({ DESIGN_VERSION, card })).digest('hex');
}

export async function drawPreview(card: PreviewCard): Promise<Buffer> {
  const content = box({ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '56px 72px 56px 56px' }, [
    box({ display: 'flex', justifyContent: 'space-between', fontSize: 26, fontWeight: 700 }, [
      box({ display: 'flex', letterSpacing: 2, textTransform: 'uppercase', color: '#92400e' }, card.kind),
      box({ display: 'flex', color: '#0c4a6e' }, card.siteName),
    ]),
    box({ display: 'flex', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.12, letterSpacing: -1 }, card.title),
    box(
      { display: 'flex', flexDirection: 'column', fontSize: 28, color: '#44403c', lineHeight: 1.35, minHeight: 38 },
      card.lines.map((line) => box({ display: 'flex' }, line)),
    ),
  ]);
  const tree = box({ display: 'flex', width: OG_IMAGE.width, height: OG_IMAGE.height, backgroundColor: '#fafaf9', fontFamily: 'Inter', color: '#1c1917' }, [
    box({ display: 'flex', width: 24, height: '100%', backgroundColor: '#f59e0b' }, []),
    content,
  ]);
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { ...OG_IMAGE, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_IMAGE.width } }).render().asPng();
}
