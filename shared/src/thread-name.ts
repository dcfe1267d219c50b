// Node leaves every thread named `node`; a named thread is told apart by `top -H` and the threads
// bench (scripts/src/bench/cpu.ts), which reads /proc/<pid>/task/*/comm.
import { access, writeFileSync } from 'node:fs';

/** Names the calling thread (Linux: 15 bytes at most); elsewhere it keeps its name. */
export function nameThread(name: string): void {
  // libuv's pool, shared by every thread of the process, starts its threads in the first thread that
  // uses it, and a new thread takes its creator's name: an async fs call starts it now (once per
  // process), before the rename, so the pool keeps `node` instead of carrying one service's name.
  access('/', () => {});
  try {
    writeFileSync('/proc/thread-self/comm', name.slice(0, 15));
  } catch {
    // Not Linux: the thread keeps its name.
  }
}
