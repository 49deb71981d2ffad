/**
 * Preview images for links shared in chats and posts: 1200×630 PNGs drawn at build time with
 * satori (layout to SVG) and resvg (SVG to PNG), in Inter from @fontsource — a font file from npm,
 * so every machine draws the same image and nothing is fetched.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export const OG_IMAGE = { width: 1200, height: 630 } as const;

export interface PreviewCard {
  /** Small line above the title, e.g. "Recommendation" or "Briefing". */
  kind: string;
  title: string;
  /** One or two lines under the title: analyst, briefing. */
  lines: string[];
  siteName: string;
}

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

/**
 * Drawing is the slowest step of a build, so each image is cached by a hash of what it shows, in a
 * folder outside dist/ that is safe to delete (OG_CACHE_DIR, default .cache/og).
 */
export async function renderPreview(card: PreviewCard): Promise<Buffer> {
  const dir = process.env.OG_CACHE_DIR ?? '.cache/og';
  const key = createHash('sha256').update(JSON.stringify({ DESIGN_VERSION, card })).digest('hex');
  const cached = join(dir, `${key}.png`);
  const hit = await readFile(cached).catch(() => undefined);
  if (hit) return hit;
  const png = await drawPreview(card);
  await mkdir(dir, { recursive: true });
  await writeFile(cached, png);
  return png;
}

async function drawPreview(card: PreviewCard): Promise<Buffer> {
  const content = box(
    { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '56px 72px 56px 56px' },
    [
      box({ display: 'flex', justifyContent: 'space-between', fontSize: 26, fontWeight: 700 }, [
        box({ display: 'flex', letterSpacing: 2, textTransform: 'uppercase', color: '#92400e' }, card.kind),
        box({ display: 'flex', color: '#0c4a6e' }, card.siteName),
      ]),
      box({ display: 'flex', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.12, letterSpacing: -1 }, card.title),
      box(
        { display: 'flex', flexDirection: 'column', fontSize: 28, color: '#44403c', lineHeight: 1.35, minHeight: 38 },
        card.lines.map((line) => box({ display: 'flex' }, line)),
      ),
    ],
  );
  const tree = box({ display: 'flex', width: OG_IMAGE.width, height: OG_IMAGE.height, backgroundColor: '#fafaf9', fontFamily: 'Inter', color: '#1c1917' }, [
    box({ display: 'flex', width: 24, height: '100%', backgroundColor: '#f59e0b' }, []),
    content,
  ]);
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { ...OG_IMAGE, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_IMAGE.width } }).render().asPng();
}
