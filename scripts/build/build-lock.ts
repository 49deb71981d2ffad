/**
 * One build at a time per output folder and cache: two builds sharing the staging folder and
 * Astro's cache would delete each other's files. A lock file holds the builder's PID; a lock
 * whose process is gone (killed, machine restarted) is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project's lock: builds share .astro/ at the project root, whatever their output folder. */
export const BUILD_LOCK = fileURLToPath(new URL('../../.cache/build.lock', import.meta.url));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class BuildRunning extends Error {
  readonly pid: number;
  constructor(pid: number) {
    super(`Another build (PID ${pid}) is running in this project. Wait for it to finish, then build again.`);
    this.pid = pid;
  }
}

/** Takes the lock at `path` or throws BuildRunning; returns the function that releases it. */
export function takeLock(path: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new BuildRunning(pid);
      rmSync(path, { force: true }); // left by a build that no longer runs
    }
  }
  throw new Error(`Could not take the build lock ${path}.`);
}
