/** A worker thread of writePreviewImages: draws its share of the missing images into the cache. */
import { rename, writeFile } from 'node:fs/promises';
import { workerData } from 'node:worker_threads';
import { drawPreview } from './og-image.ts';
import type { PreviewCard } from './previews.ts';

for (const { card, file } of workerData as { card: PreviewCard; file: string }[]) {
  // Written aside and renamed, so an interrupted build never leaves a half-written image in the cache.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, await drawPreview(card));
  await rename(partial, file);
}
