/** Hands `items` to `task` in consecutive batches, one batch at a time: parallel I/O, bounded memory. */
export async function inBatches<T>(items: readonly T[], task: (batch: T[]) => Promise<unknown>, size = 32): Promise<void> {
  for (let i = 0; i < items.length; i += size) await task(items.slice(i, i + size));
}
