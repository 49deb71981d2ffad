import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePreviewImages } from '../../src/previews/preview-files';
import type { PreviewCard, PreviewImage } from '../../src/previews/previews';

const card = (title: string): PreviewCard => ({ kind: 'Briefing', title, lines: ['An analyst'], siteName: 'Briefing Room' });
const pngSize = (file: string) => {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

describe('writePreviewImages', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'previews-cache-'));
  const images: PreviewImage[] = [
    { path: '/og/site.png', card: card('The site') },
    { path: '/og/briefings/a.png', card: card('Briefing A') },
    { path: '/og/briefings/same-as-a.png', card: card('Briefing A') },
  ];

  it('draws each different image once, in worker threads, into the cache and the site', async () => {
    const out = mkdtempSync(join(tmpdir(), 'previews-out-'));
    expect(await writePreviewImages(out, images, { cacheDir, workers: 2 })).toEqual({ drawn: 2, reused: 1 });
    for (const { path } of images) expect(pngSize(join(out, path))).toEqual({ width: 1200, height: 630 });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('reuses the cache on the next build and redraws only what changed', async () => {
    const out = mkdtempSync(join(tmpdir(), 'previews-out-'));
    expect(await writePreviewImages(out, images, { cacheDir })).toEqual({ drawn: 0, reused: 3 });
    const changed = images.map((image, i) => (i === 1 ? { ...image, card: card('Briefing A, retitled') } : image));
    const again = mkdtempSync(join(tmpdir(), 'previews-out-'));
    expect(await writePreviewImages(again, changed, { cacheDir })).toEqual({ drawn: 1, reused: 2 });
    expect(readFileSync(join(again, '/og/briefings/a.png')).equals(readFileSync(join(out, '/og/briefings/a.png')))).toBe(false);
    expect(statSync(join(again, '/og/site.png')).size).toBe(statSync(join(out, '/og/site.png')).size);
  });

  it('fails (and so fails the build) when an image cannot be drawn', async () => {
    const broken = [{ path: '/og/x.png', card: { kind: 'Briefing', title: 'x', siteName: 'y' } as unknown as PreviewCard }];
    await expect(writePreviewImages(mkdtempSync(join(tmpdir(), 'previews-out-')), broken, { cacheDir })).rejects.toThrow();
  });
});
