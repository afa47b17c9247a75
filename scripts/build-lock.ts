import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readTextIfPresent } from '../src/build/file-digests.ts';

/**
 * Takes the lock file at `path` (created exclusively, holding this process's id), waiting while another live
 * process holds it. A lock left by a process that no longer runs (killed mid-build) is taken over.
 * Resolves to the function that releases it.
 *
 * Why: Astro writes its generated modules (`.astro/content-assets.mjs`, types…) into the project folder, not the
 * output folder, so two builds of one checkout at once (parallel test files, a build beside a benchmark) overwrite
 * each other's files and fail with errors that say nothing of the cause.
 */
export async function acquireLock(
  path: string,
  { onWait, pollMs = 200 }: { onWait?: (holder: number) => void; pollMs?: number } = {},
): Promise<() => void> {
  mkdirSync(dirname(path), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      const token = `${process.pid} ${randomUUID()}`;
      writeFileSync(path, token, { flag: 'wx' });
      // Safe to call again, or after the lock was taken over: it removes only the lock it took.
      return () => {
        if (readTextIfPresent(path) === token) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = lockHolder(path);
    if (holder !== undefined && !isRunning(holder)) {
      rmSync(path, { force: true });
      continue;
    }
    if (!announced && holder !== undefined) onWait?.(holder);
    announced = true;
    await sleep(pollMs);
  }
}

/** The process id in the lock file ("<pid> <token>"); undefined while it is being written or once it is gone. */
function lockHolder(path: string): number | undefined {
  const pid = Number(readTextIfPresent(path)?.split(' ')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
