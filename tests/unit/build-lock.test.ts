import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildRunning, takeLock } from '../../scripts/build/build-lock';

const lockPath = () => join(mkdtempSync(join(tmpdir(), 'br-lock-')), 'build.lock');

describe('the build lock', () => {
  it("is held by one build: a second is refused with the first one's PID, until it is released", () => {
    const path = lockPath();
    const release = takeLock(path);
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
    // Another live process holds it: pretend by writing the PID of this test's parent.
    writeFileSync(path, String(process.ppid));
    expect(() => takeLock(path)).toThrow(new BuildRunning(process.ppid));
    expect(() => takeLock(path)).toThrow(`Another build (PID ${process.ppid}) is running in this project. Wait for it to finish, then build again.`);
    writeFileSync(path, String(process.pid));
    release();
    expect(existsSync(path)).toBe(false);
  });

  it('is taken over when the build that held it no longer runs', () => {
    const path = lockPath();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(path, gone);
    const release = takeLock(path);
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
    release();
  });
});
