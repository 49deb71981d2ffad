/**
 * Preloaded into the `astro build` child (node --import): when the build script that started it
 * dies, even by SIGKILL, the child is re-parented, and then it stops instead of writing on alone.
 */
const startedBy = process.ppid;
setInterval(() => {
  if (process.ppid !== startedBy) process.exit(1);
}, 250).unref();

export {};
