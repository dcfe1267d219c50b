// glibc's malloc settings for the chain's process (docs/security.md, "Memory after slow clients
// go"). With the @duo-sim/malloc addon (native/malloc) `npm start` sets them in its own process
// with mallopt, before the chain allocates much. Without it (not built: no compiler), glibc reads
// them only from the environment, once, when a process starts, so `npm start` runs the chain in a
// child that has them (rerun-with-env.ts). The Dockerfile sets them, and the bench starts its chains
// with them.
//
// A fixed mmap threshold of 64 KiB: every block of 64 KiB or more is mapped apart and handed back
// to the system when it is freed. Node reads a socket 64 KiB at a time, and a request body of up to
// 1 MiB is one block, so what slow TLS connections hold is in such blocks; in glibc's main heap,
// among small blocks that live on, their holes stayed resident after the connections closed. With
// 1,000 slow connections the main heap grew by some 45 MB that did not come back with the default
// (bench/RESULTS.md). 16 KiB gave that memory back too, but made every TLS record's buffer a system
// call: the chain used about 35 % more CPU per bericht than with 64 KiB ("Where 100,000 berichten'
// memory goes", bench/RESULTS.md). A fixed value also stops glibc from raising the threshold to the
// largest block freed so far.
import { readFileSync } from 'node:fs';
import { mallocAddon, type MallocAddon } from '@duo-sim/malloc';

export const MALLOC_SETTINGS: Readonly<Record<string, string>> = Object.freeze({ MALLOC_MMAP_THRESHOLD_: '65536' });

/**
 * Whether this process runs on glibc (the settings mean nothing to musl or macOS's allocator): its
 * C library is mapped in. Cheaper than process.report, which takes tens of ms.
 */
export function onGlibc(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    return /\/libc\.so\.6$/m.test(readFileSync('/proc/self/maps', 'utf8'));
  } catch {
    return false;
  }
}

/** The settings `env` lacks; a value its user set is kept as it is. */
export function missingMallocSettings(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(MALLOC_SETTINGS).filter(([k]) => env[k] === undefined));
}

/**
 * Sets `missing` in this process with the addon (mallopt) and in process.env, so the processes it
 * starts (the console) get them as a re-run's would; what is left that only a new process can take.
 */
export function setMallocSettingsHere(
  missing: Record<string, string>,
  addon: MallocAddon | null = mallocAddon(),
): Record<string, string> {
  const left = { ...missing };
  const threshold = left.MALLOC_MMAP_THRESHOLD_;
  if (addon && threshold !== undefined && addon.setMmapThreshold(Number(threshold))) {
    process.env.MALLOC_MMAP_THRESHOLD_ = threshold;
    delete left.MALLOC_MMAP_THRESHOLD_;
  }
  return left;
}
