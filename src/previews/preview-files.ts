/**
 * Publishes the preview images into a built site. Drawing is the slowest step of a build, so each
 * image is cached by a hash of what it shows (a folder outside dist/, safe to delete), only missing
 * ones are drawn, on every core at once, and published files are hard links to the cache.
 */
import { availableParallelism } from 'node:os';
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { inBatches } from '../lib/batches.ts';
import { previewKey } from './og-image.ts';
import type { PreviewCard, PreviewImage } from './previews.ts';

export interface PreviewOptions {
  cacheDir: string;
  /** Worker threads to draw with; defaults to the machine's cores. */
  workers?: number;
}

export async function writePreviewImages(outDir: string, images: PreviewImage[], options: PreviewOptions): Promise<{ drawn: number; reused: number }> {
  await mkdir(options.cacheDir, { recursive: true });
  const placed = images.map(({ path, card }) => ({ card, target: join(outDir, path), cached: join(options.cacheDir, `${previewKey(card)}.png`) }));
  const missing = new Map<string, PreviewCard>();
  for (const { card, cached } of placed) if (!missing.has(cached) && !existsSync(cached)) missing.set(cached, card);
  await draw(
    [...missing].map(([file, card]) => ({ file, card })),
    options.workers ?? availableParallelism(),
  );
  for (const dir of new Set(placed.map(({ target }) => dirname(target)))) await mkdir(dir, { recursive: true });
  // A hard link costs no copy; across file systems (a cache on another disk) copy instead. Whatever
  // is in the way goes first: writing through an old link would change the cached image.
  const publish = async ({ cached, target }: (typeof placed)[number]) => {
    await rm(target, { force: true });
    await link(cached, target).catch(() => copyFile(cached, target));
  };
  await inBatches(placed, (batch) => Promise.all(batch.map(publish)));
  return { drawn: missing.size, reused: images.length - missing.size };
}

async function draw(jobs: { file: string; card: PreviewCard }[], workers: number): Promise<void> {
  if (jobs.length === 0) return;
  // Each worker loads the fonts and the layout engine once; a few images do not pay for a second one.
  const count = Math.max(1, Math.min(workers, Math.ceil(jobs.length / 8)));
  const shares = Array.from({ length: count }, (_, i) => jobs.filter((_, j) => j % count === i));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((done, fail) => {
          const worker = new Worker(new URL('./preview-worker.ts', import.meta.url), { workerData: share });
          worker.once('error', fail);
          worker.once('exit', (code) => (code === 0 ? done() : fail(new Error(`a preview image worker stopped with code ${code}`))));
        }),
    ),
  );
}
