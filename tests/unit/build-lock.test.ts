import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../scripts/build-lock.ts';
import { tempDir } from '../setup/temp-dir.ts';

const lockPath = () => join(tempDir('build-lock-'), 'sub', 'build.lock');

describe('acquireLock', () => {
  it('lets one holder in at a time, in turn', async () => {
    const path = lockPath();
    const order: string[] = [];
    const releaseFirst = await acquireLock(path);
    expect(readFileSync(path, 'utf-8')).toMatch(new RegExp(`^${process.pid} `));
    let waitedFor: number | undefined;
    const second = acquireLock(path, { pollMs: 10, onWait: (holder) => (waitedFor = holder) }).then((release) => {
      order.push('second in');
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    order.push('first out');
    releaseFirst();
    const releaseSecond = await second;
    expect(order).toEqual(['first out', 'second in']);
    expect(waitedFor).toBe(process.pid);
    releaseFirst(); // a second call must not remove the lock the other holder now has
    expect(existsSync(path)).toBe(true);
    releaseSecond();
    expect(existsSync(path)).toBe(false);
  });

  it('takes over a lock whose holder no longer runs', async () => {
    const path = lockPath();
    await acquireLock(path); // creates the folder
    const exited = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf-8' });
    writeFileSync(path, exited.stdout);
    let waited = false;
    const release = await acquireLock(path, { pollMs: 10, onWait: () => (waited = true) });
    expect(waited).toBe(false);
    expect(readFileSync(path, 'utf-8')).toMatch(new RegExp(`^${process.pid} `));
    release();
  });
});
