// One writer of workshop.json at a time, across processes: the console and `sim workshop` run side by
// side. A lock file made with O_EXCL (`wx`) is the one thing every filesystem makes atomic; whoever
// made it reads, changes and renames the workshop, then removes it. Everything under the lock is
// synchronous, so within one process the writers are serialised by the event loop as well, and a
// lock is held for milliseconds only.
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { PRIVATE_FILE_MODE } from '../private-files.js';

/** A lock this old was left by a process that died while holding it (it is held for milliseconds). */
const STALE_MS = 10_000;
/** Longer than STALE_MS, so a waiter always outlives a stale lock before it gives up. */
const GIVE_UP_MS = 15_000;
const RETRY_MS = 2;

const pause = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  // A synchronous wait: the callers change the file in one synchronous step (the console's handlers too).
  Atomics.wait(pause, 0, 0, ms);
}

export function workshopLockFile(file: string): string {
  return `${file}.lock`;
}

function tryLock(lock: string): boolean {
  try {
    const fd = openSync(lock, 'wx', PRIVATE_FILE_MODE);
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

function removeIfStale(lock: string): void {
  try {
    if (Date.now() - statSync(lock).mtimeMs > STALE_MS) rmSync(lock, { force: true });
  } catch {
    // Gone between the two calls: its holder finished.
  }
}

export function withWorkshopLock<T>(file: string, work: () => T): T {
  const lock = workshopLockFile(file);
  const start = Date.now();
  while (!tryLock(lock)) {
    if (Date.now() - start > GIVE_UP_MS)
      throw new Error(`${lock} blijft bezet; verwijder het als geen console of sim workshop meer draait`);
    removeIfStale(lock);
    sleep(RETRY_MS);
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}
